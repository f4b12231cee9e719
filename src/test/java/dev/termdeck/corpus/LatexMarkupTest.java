package dev.termdeck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LaTeX markup in abstracts as plain text; sentences from the arXiv tune pages. */
class LatexMarkupTest {
    @Test
    void stylingCommandsKeepTheirArgument() {
        assertThat(CorpusText.clean("We introduce \\emph{CostNav}, a \\textbf{Micro-Navigation Economic Testbed} "
                + "that evaluates embodied agents through comprehensive cost-revenue analysis."))
                .isEqualTo("We introduce CostNav, a Micro-Navigation Economic Testbed that evaluates embodied agents "
                        + "through comprehensive cost-revenue analysis.");
    }

    @Test
    void inlineMathLosesItsDollarsAndItsStyling() {
        assertThat(CorpusText.clean("While finding $\\textit{global}$ optima of contrastive objectives is "
                + "$\\mathsf{NP}$-hard, the complexity of finding $\\textit{local}$ optima remains open."))
                .isEqualTo("While finding global optima of contrastive objectives is NP-hard, the complexity of "
                        + "finding local optima remains open.");
        assertThat(CorpusText.clean("based on $\\textit{contrastive information}$, often given"))
                .isEqualTo("based on contrastive information, often given");
    }

    @Test
    void aCommandWhoseBackslashBecameATabIsStillRead() {
        // "\textsf" written through a JSON escape: a tab, then "extsf{".
        assertThat(CorpusText.clean("证明了$\textsf{PLS}$-难度和$\textsf{CLS}$-难度。"))
                .isEqualTo("证明了PLS-难度和CLS-难度。");
    }

    @Test
    void dollarsOfPricesAndTextWithoutMarkupStayAsTheyAre() {
        String prices = "The service costs $5 and $10 a month, 3.3% more.";
        assertThat(LatexMarkup.strip(prices)).isSameAs(prices);
        assertThat(CorpusText.clean("an improvement of $3.3\\%$ over baselines"))
                .isEqualTo("an improvement of 3.3% over baselines");
        String plain = "Sparse-view 3D Gaussian Splatting (3DGS) often overfits to the training views.";
        assertThat(LatexMarkup.strip(plain)).isSameAs(plain);
    }
}
