package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortFormsTest {
    @Test
    void lettersOfTheShortFormSpellTheLongFormInOrderTheFirstStartingAWord() {
        assertThat(ShortForms.abbreviates("MTA", "multi-touch attribution")).isTrue();
        assertThat(ShortForms.abbreviates("sBIC", "singular Bayesian information criterion")).isTrue();
        assertThat(ShortForms.abbreviates("HAC-Net", "Hybrid Attention-Based Convolutional Neural Network")).isTrue();
    }

    @Test
    void aShortFormWithALetterTheLongFormLacksOrAFirstLetterInsideAWordDoesNot() {
        assertThat(ShortForms.abbreviates("Le-GaN", "latent encoder")).isFalse();
        assertThat(ShortForms.abbreviates("XY", "annex year")).isFalse();
        assertThat(ShortForms.abbreviates("--", "anything")).isFalse();
    }
}
