package dev.termdeck.extract.en;

import java.util.Arrays;

/**
 * The memo of {@link EnglishAnalyzer#tokenize}: per whitespace-separated word, how the tokenizer split it, looked up
 * by the word's characters inside its sentence, with no substring made unless the word is new. Open addressing over
 * one {@code long} per slot (the word's hash and where its entry starts) and one {@code char} array of entries
 * (length, then the characters), as in {@link WordTable}: a look-up reads the slot and, when the hash matches, one
 * entry. A {@code HashMap<String, int[]>} made a substring of every word, hashed it, and read the table, the node,
 * the key and its bytes: 1.4% of a whole extraction's samples (JFR, 4 December). Not thread-safe (one per analyzer).
 */
final class SplitMemo {
    /** Per slot: the word's hash (high half) and its entry's number plus one (low half); 0 when empty. */
    private long[] slots = new long[1 << 11];
    /** The words one after the other: length, then the characters. */
    private char[] chars = new char[1 << 14];
    /** Per entry: where its word starts in {@link #chars}, and its splits. */
    private int[] starts = new int[1 << 10];
    private int[][] values = new int[1 << 10][];
    private int used;
    private int size;

    /** Words remembered. */
    int size() {
        return size;
    }

    /** The splits remembered for {@code text[from, to)}, or {@code null}. */
    int[] get(CharSequence text, int from, int to) {
        int h = WordTable.hash(text, from, to);
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            long s = slots[i];
            if ((int) (s >>> 32) == h) {
                int entry = (int) s - 1;
                if (matches(starts[entry], text, from, to)) {
                    return values[entry];
                }
            }
        }
        return null;
    }

    /**
     * Remembers {@code cuts} for the word {@code text[from, to)}, which {@link #get} did not find; a word longer than
     * {@value Character#MAX_VALUE} characters is not remembered.
     */
    void put(CharSequence text, int from, int to, int[] cuts) {
        int length = to - from;
        if (length > Character.MAX_VALUE) {
            return;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (used + length + 1 > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length + 1));
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
        }
        chars[used] = (char) length;
        for (int k = 0; k < length; k++) {
            chars[used + 1 + k] = text.charAt(from + k);
        }
        starts[size] = used;
        values[size] = cuts;
        used += length + 1;
        insert(WordTable.hash(text, from, to), size);
        size++;
    }

    /** Forgets every word. */
    void clear() {
        Arrays.fill(slots, 0L);
        Arrays.fill(values, 0, size, null);
        used = 0;
        size = 0;
    }

    private void insert(int h, int entry) {
        int mask = slots.length - 1;
        int i = spread(h) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = (long) h << 32 | (entry + 1L);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long s : old) {
            if (s != 0) {
                insert((int) (s >>> 32), (int) s - 1);
            }
        }
    }

    private boolean matches(int at, CharSequence text, int from, int to) {
        return chars[at] == to - from && WordTable.sameChars(chars, at + 1, text, from, to);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
