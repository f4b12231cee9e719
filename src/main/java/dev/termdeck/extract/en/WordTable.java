package dev.termdeck.extract.en;

import java.util.Arrays;

/**
 * A read-only map from words to a {@code short}, for the 126,000 words of {@code english-words.tsv}: open addressing
 * over one {@code long} per slot (the word's hash and where its entry starts), the entries packed one after the other
 * in one {@code char} array (length, value, the word's characters). A look-up reads the slot and, when the hash
 * matches, one entry: two places in memory, where a table of {@code String} keys reads the key array, the
 * {@code String}, its bytes and the value array, each a cache miss in a table this size, for every word a document
 * asks about first. No {@code String} is kept (about 6 MB where the keys as strings took about 10). Built once, then
 * immutable and thread-safe.
 */
final class WordTable {
    private final long[] slots;
    private final int mask;
    private char[] entries = new char[1 << 16];
    private int used;
    private int size;

    /** A table for up to {@code capacity} words. */
    WordTable(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        slots = new long[n];
        mask = n - 1;
    }

    /** Stores {@code value} for {@code word} (replacing an earlier one); only while the table is being built. */
    void put(String word, short value) {
        put(word, 0, word.length(), value);
    }

    /**
     * Stores {@code value} for the word {@code text[from, to)} (replacing an earlier one); only while the table is
     * being built. Longer words than {@value Character#MAX_VALUE} characters are refused.
     */
    void put(CharSequence text, int from, int to, short value) {
        int length = to - from;
        if (length > Character.MAX_VALUE) {
            throw new IllegalArgumentException("word of " + length + " characters");
        }
        int h = hash(text, from, to);
        int i = spread(h);
        for (long s = slots[i]; s != 0; s = slots[i]) {
            if ((int) (s >>> 32) == h && matches((int) s - 1, text, from, to)) {
                entries[(int) s] = (char) value;
                return;
            }
            i = (i + 1) & mask;
        }
        if (++size * 4 > slots.length * 3) {
            throw new IllegalStateException("word table over capacity");
        }
        if (used + length + 2 > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, used + length + 2));
        }
        int at = used;
        entries[at] = (char) length;
        entries[at + 1] = (char) value;
        for (int k = 0; k < length; k++) {
            entries[at + 2 + k] = text.charAt(from + k);
        }
        used += length + 2;
        slots[i] = (long) h << 32 | (at + 1L);
    }

    /** Frees the room left over in the entries once every word is in; the table still takes more. */
    void trim() {
        entries = Arrays.copyOf(entries, used);
    }

    /** Whether the table has {@code word}. */
    boolean contains(String word) {
        return find(word) >= 0;
    }

    /** The value of {@code word}, or {@code dflt} when it has none. */
    short get(String word, short dflt) {
        int at = find(word);
        return at < 0 ? dflt : (short) entries[at + 1];
    }

    /** Where the entry of {@code word} starts in {@link #entries}, or -1. */
    private int find(String word) {
        int h = word.hashCode();
        int i = spread(h);
        for (long s = slots[i]; s != 0; s = slots[i]) {
            if ((int) (s >>> 32) == h && matches((int) s - 1, word, 0, word.length())) {
                return (int) s - 1;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private boolean matches(int at, CharSequence text, int from, int to) {
        return entries[at] == to - from && sameChars(entries, at + 2, text, from, to);
    }

    /** Whether {@code chars} from {@code at} on holds the characters {@code text[from, to)}. */
    static boolean sameChars(char[] chars, int at, CharSequence text, int from, int to) {
        for (int k = from, c = at; k < to; k++, c++) {
            if (chars[c] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode} of {@code text[from, to)}, without making the string. */
    static int hash(CharSequence text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        return h;
    }

    private int spread(int h) {
        return (h ^ (h >>> 16)) & mask;
    }
}
