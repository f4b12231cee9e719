package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.zh.HanLpChinese;
import org.junit.jupiter.api.Test;

/**
 * A short form two dictionary entries share names the one the card's paper means: the one it spells out, else the
 * one whose definition's words it uses. A short form the paper spells out as something no entry is takes no entry.
 * Sentences of the shipped corpus and the arXiv tune half.
 */
class PaperShortFormTest {
    private static final Glossary GLOSSARY = new GlossaryReader(HanLpChinese.get()).builtIn();
    /**
     * The bundled glossary with LM and LDA written plain on both of their entries, as a user's glossary may write
     * them (the bundled file marks both LMs and both LDAs shared, "~"): two plain holders of one short form; and MPP
     * written plain on molecular property prediction, its one holder (the bundled file marks it shared too).
     */
    private static final Glossary PLAIN_PAIRS = GLOSSARY.plus(Glossary.of(java.util.stream.Stream.of(
                    "language model", "Levenberg-Marquardt algorithm", "latent Dirichlet allocation",
                    "linear discriminant analysis", "molecular property prediction")
            .map(en -> GLOSSARY.byEnglish(en).orElseThrow())
            .map(e -> new GlossaryEntry(e.en(), e.zh(), e.abbr(), e.zhVariants(), e.definition(), false))
            .toList()));
    private final GlossaryDefinitions definitions = new GlossaryDefinitions(GLOSSARY);
    private final GlossaryDefinitions plainPairs = new GlossaryDefinitions(PLAIN_PAIRS);

    @Test
    void thePapersLongFormPicksTheEntryOfASharedShortForm() {
        // LM is the language model and the Levenberg-Marquardt algorithm; the paper writes "large language models
        // (LMs)", so its "retrieval-augmented LMs" are retrieval-augmented language models.
        String paper = "Despite their impressive performance on diverse tasks, large language models (LMs) still "
                + "struggle with tasks requiring rich world knowledge, implying the limitations of relying solely on "
                + "their parameters to encode a wealth of world knowledge.";
        Card c = card("retrieval-augmented LM", "检索增强LM", "We then show that retrieval-augmented LMs largely "
                + "outperform orders of magnitude larger LMs, while unassisted LMs remain competitive in questions "
                + "about high-popularity entities.");

        assertThat(plainPairs.lookup(c, Lang.EN)).isNull();
        assertThat(plainPairs.lookup(c, Lang.EN, x -> paper).text()).startsWith("A language model that retrieves");
    }

    @Test
    void thePapersWordsPickTheEntryOfASharedShortFormItDoesNotSpellOut() {
        // LDA is latent Dirichlet allocation ("a generative topic model ... each document ...") and linear
        // discriminant analysis ("... separation between classes ..."); this paper counts topics and documents.
        String paper = "Selecting the number of topics in LDA models is considered to be a difficult task, for which "
                + "alternative approaches have been proposed. The comparison is based on Monte Carlo simulations and "
                + "carried out for several alternative settings, varying with respect to the number of topics, the "
                + "number of documents and the size of documents in the corpora.";
        Card c = card("LDA model", "LDA模型", "Selecting the number of topics in LDA models is considered to be a "
                + "difficult task, for which alternative approaches have been proposed.");

        assertThat(plainPairs.lookup(c, Lang.EN)).isNull();
        assertThat(plainPairs.lookup(c, Lang.EN, x -> paper).text()).startsWith("A generative topic model");
        assertThat(plainPairs.lookup(c, Lang.ZH, x -> paper).text()).startsWith("一种生成式主题模型");
        // The bundled file marks both LDAs shared ("~"): alone the letters still lead to neither, and when every
        // holder marks them the paper's words pick among all of them the same way.
        assertThat(definitions.lookup(c, Lang.EN)).isNull();
        assertThat(definitions.lookup(c, Lang.EN, x -> paper).text()).startsWith("A generative topic model");
    }

    @Test
    void aShortFormThePaperSpellsOutAsAnotherThingTakesNoEntry() {
        // Tune half: the paper's MPP is MultiPoint Proximity, not the entry molecular property prediction (MPP).
        String paper = "The method, MultiPoint Proximity (MPP) encoding, can be applied to any type of shape, enabling "
                + "the parameterization of machine learning models with encoded representations of vector-mode "
                + "geospatial data.";
        Card c = card("MPP", null, paper);

        assertThat(new ShortFormEntries(PLAIN_PAIRS).entry("MPP", "")).map(GlossaryEntry::en).contains("molecular property prediction");
        assertThat(new ShortFormEntries(PLAIN_PAIRS).entry("MPP", paper)).isEmpty();
        assertThat(plainPairs.lookup(c, Lang.EN, x -> paper)).isNull();
        assertThat(definitions.lookup(c, Lang.EN, x -> paper)).isNull();
    }

    private static Card card(String en, String zh, String sentence) {
        return Card.builder("c").term(new Bilingual(en, zh)).addSource(new Source("doc#1", Lang.EN, sentence)).build();
    }
}
