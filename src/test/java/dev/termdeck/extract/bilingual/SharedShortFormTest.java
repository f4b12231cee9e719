package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.zh.HanLpChinese;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short form written {@code ~PD} in the glossary: the field's short form of the term, whose letters also stand for
 * other concepts, is shown on the card but a bare occurrence of the letters is never taken for the entry.
 */
class SharedShortFormTest {
    private static final HanLpChinese ZH = HanLpChinese.get();
    private static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();
    // arXiv 2512.00396 (tune): "We study on-device time-series analysis for gait detection in Parkinson's disease (PD)
    // from short windows of triaxial acceleration, ..." PD is also proportional-derivative control, policy
    // distillation, a persistence diagram, ...
    private static final String SENTENCE = "We study on-device time-series analysis for gait detection in Parkinson's"
            + " disease (PD) from short windows of triaxial acceleration, targeting resource-constrained wearables and"
            + " edge nodes.";

    @TempDir
    Path dir;

    @Test
    void theBundledEntryListsItsSharedShortFormButTheLettersDoNotFindIt() {
        GlossaryEntry pd = GLOSSARY.byEnglish("Parkinson's disease").orElseThrow();
        assertThat(pd.abbr()).isEqualTo("PD");
        assertThat(pd.sharedAbbr()).isTrue();
        assertThat(pd.linkedAbbr()).isNull();
        assertThat(GLOSSARY.byAbbr("PD")).doesNotContain(pd);
        // A short form the field writes for one concept still finds it.
        GlossaryEntry fl = GLOSSARY.byEnglish("federated learning").orElseThrow();
        assertThat(fl.sharedAbbr()).isFalse();
        assertThat(GLOSSARY.byAbbr("FL")).contains(fl);
    }

    @Test
    void lettersEveryHolderMarksSharedStillListTheirEntries() {
        // AD is anomaly detection, autonomous driving, automatic differentiation and Alzheimer's disease, none far
        // the more common: every entry marks it shared, so the letters alone find none, yet the linker still knows
        // them as four entries' short form ("Alzheimer's disease (AD)" does not meet 异常检测（AD）:
        // BilingualLinkerTest).
        assertThat(GLOSSARY.byAbbr("AD")).isEmpty();
        assertThat(GLOSSARY.withShortForm("AD")).extracting(GlossaryEntry::en)
                .contains("anomaly detection", "autonomous driving", "Alzheimer's disease");
        assertThat(GLOSSARY.withShortForm("FL")).extracting(GlossaryEntry::en).containsExactly("federated learning");
        assertThat(GLOSSARY.knownAs("AD")).extracting(GlossaryEntry::en)
                .contains("anomaly detection", "Alzheimer's disease");
        // BN is batch normalization and also a Bayesian network: both entries mark it shared, so the letters alone
        // find neither, and the linker knows them as both entries' short form.
        assertThat(GLOSSARY.byAbbr("BN")).isEmpty();
        assertThat(GLOSSARY.knownAs("BN")).extracting(GlossaryEntry::en)
                .containsExactlyInAnyOrder("batch normalization", "Bayesian network");
    }

    @Test
    void aBareSharedShortFormTakesNoDefinitionAndTheSpelledOutTermShowsIt() {
        BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);
        GlossaryDefinitions definitions = new GlossaryDefinitions(GLOSSARY);
        TermGroup spelledOut = new TermGroup(Lang.EN, TermKeys.of("Parkinson's disease"), "Parkinson's disease",
                List.of(), null, null, SENTENCE, false, List.of(new Source("p#1", Lang.EN, SENTENCE)), 1, 0.6,
                List.of());
        TermGroup bare = new TermGroup(Lang.EN, TermKeys.of("PD"), "PD", List.of(), null, null, SENTENCE, false,
                List.of(new Source("q#1", Lang.EN, SENTENCE)), 1, 0.5, List.of());

        assertThat(linker.entryOf(spelledOut)).map(GlossaryEntry::en).contains("Parkinson's disease");
        assertThat(linker.entryOf(bare)).isEmpty();

        List<Card> cards = linker.link(List.of(spelledOut, bare), List.of());
        Card parkinson = cards.stream().filter(c -> "Parkinson's disease".equals(c.term().en())).findFirst()
                .orElseThrow();
        assertThat(parkinson.abbr()).isEqualTo("PD");
        assertThat(parkinson.term().zh()).isEqualTo("帕金森病");
        assertThat(definitions.lookup(parkinson, Lang.EN).text()).startsWith("A progressive neurodegenerative");
        assertThat(cards).filteredOn(c -> "PD".equals(c.term().en()))
                .allSatisfy(c -> assertThat(c.term().zh()).isNotEqualTo("帕金森病"));
        assertThat(definitions.lookup(Card.builder("c").term(new Bilingual("PD", null)).build(), Lang.EN)).isNull();
        assertThat(definitions.lookup(Card.builder("c").term(new Bilingual("PD", "帕金森病")).build(), Lang.EN))
                .isNull();
    }

    @Test
    void aSharedShortFormIsShownOnlyWhereThePaperWritesIt() {
        // arXiv 2512.19673 (tune): "... Internal Modular Policies, which align with the self-attention and feed-forward
        // network (FFN) components within each layer." The paper never writes SA, which readers take for other things
        // (simulated annealing, sentiment analysis): the card shows no short form. (Mid-session judges: "DA" shown
        // for data augmentation, usually domain adaptation.)
        String sentence = "This decomposition reveals Internal Layer Policies, corresponding to contributions from"
                + " individual layers, and Internal Modular Policies, which align with the self-attention and"
                + " feed-forward network (FFN) components within each layer.";
        BilingualLinker linker = new BilingualLinker(GLOSSARY, ZH);
        TermGroup attention = new TermGroup(Lang.EN, TermKeys.of("self-attention"), "self-attention", List.of(), null,
                null, sentence, false, List.of(new Source("p#1", Lang.EN, sentence)), 1, 0.6, List.of());

        Card card = linker.link(List.of(attention), List.of()).get(0);

        assertThat(GLOSSARY.byEnglish("self-attention").orElseThrow().abbr()).isEqualTo("SA");
        assertThat(card.term().zh()).isEqualTo("自注意力");
        assertThat(card.abbr()).isNull();
    }

    @Test
    void aUsersGlossaryMarksASharedShortFormWithATilde() throws IOException {
        Path file = dir.resolve("class.tsv");
        Files.writeString(file, "camera response function\t相机响应函数\t~CRF\nconditional random field\t条件随机场\tCRF\n");
        Glossary user = new GlossaryReader(ZH).read(file);
        GlossaryEntry camera = user.byEnglish("camera response function").orElseThrow();
        assertThat(camera.abbr()).isEqualTo("CRF");
        assertThat(user.byAbbr("CRF")).extracting(GlossaryEntry::en).containsExactly("conditional random field");
        // Over the bundled glossary the mark is kept.
        assertThat(GLOSSARY.plus(user).byEnglish("camera response function").orElseThrow().sharedAbbr()).isTrue();

        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "camera response function\t相机响应函数\t~\n");
        assertThatThrownBy(() -> new GlossaryReader(ZH).read(bad)).isInstanceOf(TermdeckException.class)
                .hasMessageContaining("bad.tsv:1: '~' must be followed by the short form");
    }
}
