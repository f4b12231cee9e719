package dev.termdeck.extract.en;

import java.util.Locale;

/**
 * Whether a definition has said a noun before the words that point back to it ("these advances" after "advances"):
 * one test for the cut of a back-pointing purpose ({@link ProblemPurpose}) and for the sign of a weak definition
 * ({@code extract.WeakDefinitions}). Stateless; thread-safe.
 */
public final class SaidBefore {
    private SaidBefore() {
    }

    /** Whether {@code noun} (its first five letters, or all of a shorter one) is in {@code before}, in any case. */
    public static boolean said(String before, String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return before.toLowerCase(Locale.ROOT).contains(n.length() > 5 ? n.substring(0, 5) : n);
    }
}
