package dev.termdeck.extract.align;

import java.util.Arrays;

/**
 * A map from a pair of word ids to a number, by open addressing over primitive arrays: the word translation tables
 * hold hundreds of thousands of pairs, which boxed maps would store at five times the memory. Not thread-safe while
 * written; read-only afterwards.
 */
final class PairTable {
    private static final long EMPTY = -1L;
    private long[] keys;
    private double[] values;
    private int size;

    PairTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new double[cap];
        Arrays.fill(keys, EMPTY);
    }

    static long key(int a, int b) {
        return (long) a << 32 | (b & 0xFFFFFFFFL);
    }

    double get(int a, int b) {
        long k = key(a, b);
        int i = slot(k, keys.length);
        while (keys[i] != EMPTY) {
            if (keys[i] == k) {
                return values[i];
            }
            i = (i + 1) & (keys.length - 1);
        }
        return 0;
    }

    void add(int a, int b, double v) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long k = key(a, b);
        int i = slot(k, keys.length);
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & (keys.length - 1);
        }
        if (keys[i] == EMPTY) {
            keys[i] = k;
            size++;
        }
        values[i] += v;
    }

    int size() {
        return size;
    }

    /** A table of the pairs whose value is at least {@code min}. */
    PairTable without(double min) {
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
            kept += keys[i] != EMPTY && values[i] >= min ? 1 : 0;
        }
        PairTable out = new PairTable(kept);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && values[i] >= min) {
                out.add((int) (keys[i] >>> 32), (int) keys[i], values[i]);
            }
        }
        return out;
    }

    /** Calls {@code visitor} with every pair and its value, in slot order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit((int) (keys[i] >>> 32), (int) keys[i], values[i]);
            }
        }
    }

    /** Replaces every value with {@code f(a, b, value)}. */
    void update(Updater f) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                values[i] = f.apply((int) (keys[i] >>> 32), (int) keys[i], values[i]);
            }
        }
    }

    interface Visitor {
        void visit(int a, int b, double value);
    }

    interface Updater {
        double apply(int a, int b, double value);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = slot(oldKeys[i], keys.length);
                while (keys[j] != EMPTY) {
                    j = (j + 1) & (keys.length - 1);
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
                size++;
            }
        }
    }

    private static int slot(long k, int capacity) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (capacity - 1);
    }
}
