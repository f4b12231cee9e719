package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationFinderTest {
    private final AbbreviationFinder finder = new AbbreviationFinder();

    @Test
    void longFormBeforeParenthesis() {
        assertThat(pairs("The singular Bayesian information criterion (sBIC) is evaluated."))
                .containsExactly("sBIC=singular Bayesian information criterion");
    }

    @Test
    void quotedLongFormAndPluralShortForm() {
        assertThat(pairs("i.e. we use 'RL from AI Feedback' (RLAIF). Large language models (LLMs) have been shown"))
                .containsExactly("RLAIF=RL from AI Feedback", "LLMs=Large language models");
    }

    @Test
    void shortFormBeforeParenthesisedLongForm() {
        assertThat(pairs("HAC-Net (Hybrid Attention-Based Convolutional Neural Network) obtains results."))
                .containsExactly("HAC-Net=Hybrid Attention-Based Convolutional Neural Network");
    }

    @Test
    void shortestLongFormIsTaken() {
        assertThat(pairs("Of particular interest are conditional generative adversarial networks (cGANs), which"))
                .containsExactly("cGANs=conditional generative adversarial networks");
        assertThat(pairs("images from Imaging Atmospheric Cherenkov Telescopes (IACTs), an important"))
                .containsExactly("IACTs=Imaging Atmospheric Cherenkov Telescopes");
    }

    @Test
    void dashesWrittenForParentheses() {
        assertThat(pairs("we propose VCNet-Variational Counter Net-a model architecture that combines"))
                .containsExactly("VCNet=Variational Counter Net");
        assertThat(pairs("In the process of building BLOOM--the Big Science Large Open-science Open-access "
                + "Multilingual language model--our goal is")).containsExactly(
                "BLOOM=Big Science Large Open-science Open-access Multilingual language model");
    }

    @Test
    void parenthesesThatAreNotAbbreviationsAreIgnored() {
        assertThat(pairs("13 programming languages (59 in total).")).isEmpty();
        assertThat(pairs("we achieve that (up to polylogarithmic factors) in a range")).isEmpty();
        assertThat(pairs("new (exponential-time) mechanisms")).isEmpty();
        assertThat(pairs("the model (see Figure 2) and the data (X)")).isEmpty();
    }

    private List<String> pairs(String text) {
        return finder.find(text).stream().map(a -> {
            assertThat(text.substring(a.longStart(), a.longEnd())).isEqualTo(a.longForm());
            assertThat(text.substring(a.shortStart(), a.shortStart() + a.shortForm().length()))
                    .isEqualTo(a.shortForm());
            return a.shortForm() + "=" + a.longForm();
        }).toList();
    }
}
