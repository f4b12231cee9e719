package dev.termdeck.core;

/**
 * A count with its noun in English, singular for one and plural otherwise ({@code 1 card}, {@code 2 cards}), for the
 * command line's English output (the study views take their plurals from the UI bundles). Stateless.
 */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code singular}, with an {@code s} unless {@code n} is one. */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** {@code n} and {@code singular} or {@code plural}. */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
