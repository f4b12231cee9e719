package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortFormNounTest {
    private final Map<String, String> longForms = Map.of("MPP", "Multi-Point Proximity", "SAE", "sparse autoencoder");

    @Test
    void aShortFormSpelledOutThenOneLowerCaseNounIsNamedByItsLongFormAndTheNoun() {
        assertThat(ShortFormNoun.named("MPP encoding", longForms)).isEqualTo("multipointproximityencoding");
        assertThat(ShortFormNoun.named("SAEs checkpoint", longForms)).as("a plural short form")
                .isEqualTo("sparseautoencodercheckpoint");
        assertThat(ShortFormNoun.named(" SAE \t checkpoint ", longForms)).as("whitespace around and between")
                .isEqualTo("sparseautoencodercheckpoint");
    }

    @Test
    void anythingElseIsNot() {
        assertThat(ShortFormNoun.named("SAE", longForms)).isNull();
        assertThat(ShortFormNoun.named("SAE model checkpoint", longForms)).isNull();
        assertThat(ShortFormNoun.named("SAE Checkpoint", longForms)).as("a capitalised noun").isNull();
        assertThat(ShortFormNoun.named("VAE checkpoint", longForms)).as("a short form nobody spells out").isNull();
    }

    @Test
    void aTitleNamesItWhateverItsSpacesHyphensAndCase() {
        assertThat(ShortFormNoun.squeezed("Multi-Point Proximity Encoding for Graphs"))
                .contains(ShortFormNoun.named("MPP encoding", longForms));
    }
}
