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
    private final GlossaryDefinitions definitions = new GlossaryDefinitions(GLOSSARY);

    @Test
    void aCardWhoseTermIsAnEntryOfNoFieldNeedsNoPaperText() {
        Card c = card("dropout", "Dropout and weight decay are used to regularize the network during training.");
        AtomicInteger asked = new AtomicInteger();
        Papers papers = card -> {
            asked.incrementAndGet();
            return "The paper's text.";
        };

        assertThat(definitions.lookup(c, Lang.EN, papers).text()).startsWith("Regularisation that randomly sets");
        assertThat(definitions.lookup(c, Lang.ZH, papers).text()).startsWith("训练时随机");
        assertThat(asked).hasValue(0);
    }

    @Test
    void aShortFormTwoEntriesShareAsksForThePapersText() {
        // LM is the language model and the Levenberg-Marquardt algorithm: the paper's "large language models (LMs)"
        // decides, so the text is asked for, and its answer is used.
        String paper = "Despite their impressive performance on diverse tasks, large language models (LMs) still "
                + "struggle with tasks requiring rich world knowledge.";
        Card c = card("retrieval-augmented LM", "We then show that retrieval-augmented LMs largely outperform orders "
                + "of magnitude larger LMs.");
        AtomicInteger asked = new AtomicInteger();
        Papers papers = card -> {
            asked.incrementAndGet();
            return paper;
        };

        assertThat(definitions.lookup(c, Lang.EN, papers).text()).startsWith("A language model that retrieves");
        assertThat(asked.get()).isPositive();
    }

    @Test
    void aCardWantingBothSidesIsLookedUpOnce() {
        String paper = "Despite their impressive performance on diverse tasks, large language models (LMs) still "
                + "struggle with tasks requiring rich world knowledge.";
        Card c = card("retrieval-augmented LM", "We then show that retrieval-augmented LMs largely outperform orders "
                + "of magnitude larger LMs.");
        AtomicInteger asked = new AtomicInteger();
        var sides = definitions.forCard(c, card -> {
            asked.incrementAndGet();
            return paper;
        });

        assertThat(asked).hasValue(0);
        assertThat(sides.apply(Lang.EN)).isEqualTo(definitions.lookup(c, Lang.EN, card -> paper));
        int once = asked.get();
        assertThat(sides.apply(Lang.ZH)).isEqualTo(definitions.lookup(c, Lang.ZH, card -> paper)).isNotNull();
        assertThat(asked).hasValue(once);
    }

    private static Card card(String en, String sentence) {
        return Card.builder("c").term(new Bilingual(en, null)).addSource(new Source("doc#1", Lang.EN, sentence)).build();
    }
}
