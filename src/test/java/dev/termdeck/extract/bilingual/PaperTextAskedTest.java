package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.DefinitionDictionary.Papers;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The dictionary asks for the text of a card's papers (every paper of a card said in hundreds of documents) only when
 * an entry needs it: a short form some entries have, or an entry of one field. Sentences of the shipped corpus and the
 * arXiv tune half.
 */
class PaperTextAskedTest {
    private static final Glossary GLOSSARY = new GlossaryReader(HanLpChinese.get()).builtIn();
    /** A paper and a card of the short form LM, which two entries share. */
    private static final String LM_PAPER = "Despite their impressive performance on diverse tasks, large language "
            + "models (LMs) still struggle with tasks requiring rich world knowledge.";
    private static final Card LM_CARD = card("retrieval-augmented LM", "We then show that retrieval-augmented LMs "
            + "largely outperform orders of magnitude larger LMs.");
    private final GlossaryDefinitions definitions = new GlossaryDefinitions(GLOSSARY);

    @Test
    void aCardWhoseTermIsAnEntryOfNoFieldNeedsNoPaperText() {
        Card c = card("dropout", "Dropout and weight decay are used to regularize the network during training.");
        AtomicInteger asked = new AtomicInteger();
        Papers papers = counting(asked, "The paper's text.");

        assertThat(definitions.lookup(c, Lang.EN, papers).text()).startsWith("Regularisation that randomly sets");
        assertThat(definitions.lookup(c, Lang.ZH, papers).text()).startsWith("训练时随机");
        assertThat(asked).hasValue(0);
    }

    @Test
    void aShortFormTwoEntriesShareAsksForThePapersText() {
        // LM is the language model and the Levenberg-Marquardt algorithm: the paper's "large language models (LMs)"
        // decides, so the text is asked for, and its answer is used.
        AtomicInteger asked = new AtomicInteger();
        Papers papers = counting(asked, LM_PAPER);

        assertThat(definitions.lookup(LM_CARD, Lang.EN, papers).text()).startsWith("A language model that retrieves");
        assertThat(asked.get()).isPositive();
    }

    @Test
    void aCardWantingBothSidesIsLookedUpOnce() {
        AtomicInteger asked = new AtomicInteger();
        var sides = definitions.forCard(LM_CARD, counting(asked, LM_PAPER));

        assertThat(asked).hasValue(0);
        assertThat(sides.apply(Lang.EN)).isEqualTo(definitions.lookup(LM_CARD, Lang.EN, card -> LM_PAPER));
        int once = asked.get();
        assertThat(sides.apply(Lang.ZH)).isEqualTo(definitions.lookup(LM_CARD, Lang.ZH, card -> LM_PAPER)).isNotNull();
        assertThat(asked).hasValue(once);
    }

    /** Papers whose text is {@code text}, counting in {@code asked} how often it is asked for. */
    private static Papers counting(AtomicInteger asked, String text) {
        return card -> {
            asked.incrementAndGet();
            return text;
        };
    }

    private static Card card(String en, String sentence) {
        return Card.builder("c").term(new Bilingual(en, null)).addSource(new Source("doc#1", Lang.EN, sentence)).build();
    }
}
