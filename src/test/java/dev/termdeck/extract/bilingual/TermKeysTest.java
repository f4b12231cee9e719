package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys of terms: ASCII text as written, other text through NFKC first, both lower case without separators. */
class TermKeysTest {
    @Test
    void asciiTermsAndCompatibilityFormsShareKeys() {
        assertThat(TermKeys.of("Chain-of-Thought")).isEqualTo("chainofthought").isEqualTo(TermKeys.of("chain of thought"));
        // A ligature and full-width letters (PDF text, Chinese input methods) are normalized to ASCII.
        assertThat(TermKeys.of("\uFB01ne-tuning")).isEqualTo("finetuning").isEqualTo(TermKeys.of("fine-tuning"));
        assertThat(TermKeys.of("\uFF2C\uFF2C\uFF2D")).isEqualTo("llm");
        assertThat(TermKeys.of("编码器 - 解码器")).isEqualTo(TermKeys.of("编码器-解码器"));
        assertThat(TermKeys.englishSingular("Approaches")).isEqualTo("approach");
    }

    @Test
    void spellingIsUnifiedWordByWordWhateverStandsBetween() {
        assertThat(EnglishSpelling.unified("Behavioural-cloning of colour, and labelled data"))
                .isEqualTo("behavior-cloning of color, and labeled data");
        assertThat(EnglishSpelling.unified("data")).isEqualTo("data");
    }
}
