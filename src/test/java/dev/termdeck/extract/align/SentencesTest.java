package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of abstracts and their translations, as alignment splits them. */
class SentencesTest {
    @Test
    void englishSentencesDoNotEndAtAbbreviationsOrDecimals() {
        String text = "Prior work (Zhao et al. 2023) uses e.g. GPT-3.5 models. We propose TimeKD. It scores 0.5 higher!";
        assertThat(texts(text, Sentences.english(text))).containsExactly(
                "Prior work (Zhao et al. 2023) uses e.g. GPT-3.5 models.", "We propose TimeKD.", "It scores 0.5 higher!");
    }

    @Test
    void chineseSentencesEndAtFullWidthStops() {
        String text = "本文提出了TrackDiffusion。它确保跨帧一致性！这是首次？";
        assertThat(texts(text, Sentences.chinese(text))).containsExactly("本文提出了TrackDiffusion。", "它确保跨帧一致性！",
                "这是首次？");
    }

    private static List<String> texts(String text, List<Sentences.Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
