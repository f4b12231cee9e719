package dev.termdeck.extract.en;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The packed word table answers as a map from words to values would: the words of a real sentence of the shipped
 * corpus, words whose hashes collide, a word stored from inside a line of the word list, a value replaced, words it
 * does not have.
 */
class WordTableTest {
    @Test
    void answersAsAMap() {
        WordTable table = new WordTable(64);
        String sentence = "BLOOM is a decoder-only Transformer language model that was trained on the ROOTS corpus";
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            table.put(words[i], (short) (i + 1));
        }
        for (int i = 0; i < words.length; i++) {
            assertThat(table.get(new String(words[i].toCharArray()), (short) -1)).isEqualTo((short) (i + 1));
            assertThat(table.contains(words[i])).isTrue();
        }
        assertThat(table.get("models", (short) -1)).isEqualTo((short) -1);
        assertThat(table.get("Bloom", (short) 0)).isEqualTo((short) 0);
        assertThat(table.contains("")).isFalse();
        assertThat(table.contains("decoder-onl")).isFalse();
    }

    @Test
    void tellsApartWordsWithTheSameHash() {
        WordTable table = new WordTable(16);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        table.put("Aa", (short) 1);
        assertThat(table.get("BB", (short) 0)).isEqualTo((short) 0);
        table.put("BB", (short) 2);
        table.put("AaAa", (short) 3);
        table.put("BBBB", (short) 4);
        assertThat(table.get("Aa", (short) 0)).isEqualTo((short) 1);
        assertThat(table.get("BB", (short) 0)).isEqualTo((short) 2);
        assertThat(table.get("AaBB", (short) 0)).isEqualTo((short) 0);
        assertThat(table.get("BBBB", (short) 0)).isEqualTo((short) 4);
    }

    @Test
    void storesAWordFromInsideALineAndReplacesValues() {
        WordTable table = new WordTable(16);
        String line = "autoencoder\t70\tn";
        table.put(line, 0, line.indexOf('\t'), (short) 0x146);
        assertThat(table.get("autoencoder", (short) 0)).isEqualTo((short) 0x146);
        table.put("autoencoder", (short) -2);
        assertThat(table.get("autoencoder", (short) 0)).isEqualTo((short) -2);
        assertThat(table.contains("autoencoder\t70")).isFalse();
        table.put("naïve", (short) 5);
        assertThat(table.get("naïve", (short) 0)).isEqualTo((short) 5);
        assertThat(table.get("naive", (short) 0)).isEqualTo((short) 0);
    }

    @Test
    void refusesMoreWordsThanItsCapacity() {
        WordTable table = new WordTable(16);
        for (int i = 0; i < 24; i++) {
            table.put("w" + i, (short) i);
        }
        assertThatThrownBy(() -> table.put("one-more", (short) 0)).isInstanceOf(IllegalStateException.class);
        assertThat(table.get("w23", (short) -1)).isEqualTo((short) 23);
    }
}
