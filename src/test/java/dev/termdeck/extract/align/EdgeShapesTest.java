package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.TermKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese sides that gain or lose a word at an edge, on three tune digest-page abstracts with their translations:
 * arXiv 2509.04973, "by integrating a Structure-Aware State Encoding (SASE) module" / 该方法通过集成结构感知状态编码（SASE）
 * 模块, where the run back from the brackets takes 集成 ("integrating", the verb of the sentence, which HanLP tags a
 * verbal noun); arXiv 2508.14466, "Our dataset, dubbed Aria Navigation Dataset (AND)" / 称为Aria导航数据集（AND）, where
 * the run back stops at the Latin word Aria that the term and its short form start with; arXiv 2506.20936 (PhysRig),
 * "LBS introduces artifacts such as volume loss and unnatural deformations" / LBS存在体积损失和不自然变形等伪影, where
 * alignment finds 自然变形 and "natural", which the glossary does not translate alone, is learned as 自然. On the first,
 * the Chinese candidate 集成结构感知状态编码 defined with SASE loses the verb too.
 */
class EdgeShapesTest {
    private static BilingualFixture.Associated papers;

    @BeforeAll
    static void align(@TempDir Path dir) throws IOException {
        papers = BilingualFixture.Associated.load("edge-shapes.jsonl", dir);
    }

    @Test
    void aVerbalNounGluedOnThatRendersNoWordOfTheTermIsLeftOut() {
        PaperAligner.Bitext b = papers.paper(0);
        String term = "Structure-Aware State Encoding";
        TermCandidate c = new TermCandidate(Lang.EN, TermKeys.englishSingular(term), term, List.of(), "SASE", null, null,
                term, "test", 0, 1, 0.5);
        assertThat(new ShortFormRenderings(BilingualFixture.GLOSSARY, papers.assoc()).beside(b, c))
                .isEqualTo("结构感知状态编码");
    }

    @Test
    void aChineseCandidateWithTheVerbGluedOnBecomesTheRenderingOfTheEnglishTermDefinedWithItsShortForm() {
        TermCandidate unglued = unglued("集成结构感知状态编码", 0);
        assertThat(unglued.text()).isEqualTo("结构感知状态编码");
        assertThat(unglued.counterpart().text()).isEqualTo("Structure-Aware State Encoding");
        // A candidate without a verb glued on stays as it is.
        assertThat(unglued("结构感知状态编码", 2)).isNull();
    }

    /** The Chinese candidate {@code text} defined with SASE, written {@code skip} characters after 集成, unglued. */
    private static TermCandidate unglued(String text, int skip) {
        PaperAligner.Bitext b = papers.paper(0);
        String term = "Structure-Aware State Encoding";
        TermCandidate e = new TermCandidate(Lang.EN, TermKeys.englishSingular(term), term, List.of(), "SASE", null, null,
                term, "test", b.en.text.indexOf(term), 1, 0.5);
        TermCandidate c = new TermCandidate(Lang.ZH, TermKeys.of(text), text, List.of(), "SASE", null, null, text,
                "test@zh", b.zh.text.indexOf("集成结构感知状态编码") + skip, 1, 0.5);
        ShortFormRenderings shortForms = new ShortFormRenderings(BilingualFixture.GLOSSARY, papers.assoc());
        return new UngluedCandidates(new BesideEdges(BilingualFixture.GLOSSARY, papers.assoc())).of(b, c, List.of(e),
                en -> Counterpart.found(shortForms.beside(b, en), Counterpart.Evidence.ABBREVIATION, null),
                (t, en) -> Counterpart.found(en, Counterpart.Evidence.ABBREVIATION, null));
    }

    @Test
    void aLatinWordTheTermAndItsShortFormStartWithIsTakenBack() {
        assertThat(latinStart("Aria Navigation Dataset", "AND")).isEqualTo("Aria");
        // Not for a term that does not start with it, nor for a short form that does not.
        assertThat(latinStart("Navigation Dataset", "AND")).isEqualTo("导航");
        assertThat(latinStart("Aria Navigation Dataset", "NDS")).isEqualTo("导航");
    }

    @Test
    void theWordBeforeThatRendersThePrefixOfALearnedStemIsTakenBack() {
        PaperAligner.Bitext b = papers.paper(2);
        AlignedRenderings alignment = new AlignedRenderings(papers.assoc(), BilingualFixture.GLOSSARY,
                BilingualFixture.ZH);
        assertThat(alignment.chinese(b, TermOccurrences.occurrences(b.en, "unnatural deformation"), Set.of()))
                .isEqualTo("不自然变形");
    }

    /** The first word of the run 导航数据集（AND） once a Latin word before it is taken back. */
    private static String latinStart(String term, String abbr) {
        PaperText zh = papers.paper(1).zh;
        int at = zh.text.indexOf("导航数据集（AND）");
        int first = 0;
        while (zh.words.get(first).start() != at) {
            first++;
        }
        BesideEdges edges = new BesideEdges(BilingualFixture.GLOSSARY, papers.assoc());
        return zh.words.get(edges.withLatinStart(zh, term, abbr, first)).form();
    }
}
