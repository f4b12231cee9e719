package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import org.junit.jupiter.api.Test;

/**
 * An everyday English word the translation leaves in Latin letters beside Chinese (tune: arXiv 2509.25808, "adaptive
 * rollout, which dynamically allocates more responses to difficult prompts" / 自适应Rollout，它动态地为困难的提示分配更多
 * 响应): the card's Chinese side is the term built from the glossary's parts, and the translation's form an alias.
 */
class LatinWordInChineseTest {

    private static final BilingualFixture.Aligned PAPER = BilingualFixture.Aligned.load("latin-word-in-chinese.jsonl");

    @Test
    void theGlossaryRendersTheWordLeftInLatinLetters() {
        Card card = PAPER.assemble().cards().stream().filter(k -> "adaptive rollout".equals(k.term().en()))
                .findFirst().orElseThrow();

        assertThat(card.term().zh()).isEqualTo("自适应推演");
        assertThat(card.aliases().zh()).contains("自适应Rollout");
    }
}
