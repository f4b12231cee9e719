package dev.termdeck.extract.en;

/**
 * A read-only map from words to a {@code short}, in two arrays with open addressing: about a third of the memory of a
 * {@code HashMap<String, Short>} for the 126,000 words of {@code english-words.tsv}. Built once, then immutable and
 * thread-safe.
 */
final class WordTable {
    private final String[] keys;
    private final short[] values;
    private final int mask;
    private int size;

    /** A table for up to {@code capacity} words. */
    WordTable(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new String[n];
        values = new short[n];
        mask = n - 1;
    }

    /** Stores {@code value} for {@code word} (replacing an earlier one); only while the table is being built. */
    void put(String word, short value) {
        int i = slot(word);
        if (keys[i] == null) {
            if (++size * 4 > keys.length * 3) {
                throw new IllegalStateException("word table over capacity");
            }
            keys[i] = word;
        }
        values[i] = value;
    }

    /** Whether the table has {@code word}. */
    boolean contains(String word) {
        return keys[slot(word)] != null;
    }

    /** The value of {@code word}, or {@code dflt} when it has none. */
    short get(String word, short dflt) {
        int i = slot(word);
        return keys[i] == null ? dflt : values[i];
    }

    private int slot(String word) {
        int h = word.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (keys[i] != null && !keys[i].equals(word)) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
