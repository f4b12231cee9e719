package dev.termdeck.extract.bilingual;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalized keys under which terms are compared across documents, languages and glossaries: Unicode NFKC, lower
 * case, and spaces, hyphens, underscores and middle dots ignored ({@code Chain-of-Thought} and {@code chain of
 * thought} share a key; so do {@code 编码器-解码器} and {@code 编码器 - 解码器}). Chinese text is expected to be
 * simplified already. Stateless and thread-safe.
 */
public final class TermKeys {
    private TermKeys() {
    }

    /** The key of {@code term}. */
    public static String of(String term) {
        // ASCII text is its own NFKC form: only other text goes through the normalizer.
        String nfkc = isAscii(term) ? term : Normalizer.normalize(term, Normalizer.Form.NFKC);
        String norm = nfkc.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(norm.length());
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (!isIgnoredChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The key of an English term with a plural ending dropped ({@code networks} and {@code network} share it; so do
     * {@code approaches} and {@code approach}); short keys and words in {@code ss}, {@code us}, {@code is} keep theirs.
     * The Latin plurals of the field's optimisation and matrix words share their singular's key ({@code local optima}
     * and {@code local optimum}, {@code minima}, {@code maxima}; {@code matrices}, {@code vertices}).
     */
    public static String englishSingular(String term) {
        String k = of(term);
        if (k.length() > 5 && (k.endsWith("optima") || k.endsWith("minima") || k.endsWith("maxima"))) {
            return k.substring(0, k.length() - 1) + "um";
        }
        if (k.endsWith("matrices") || k.endsWith("vertices")) {
            return k.substring(0, k.length() - 4) + (k.endsWith("matrices") ? "ix" : "ex");
        }
        if (k.length() > 4 && (k.endsWith("ches") || k.endsWith("shes") || k.endsWith("sses") || k.endsWith("xes"))) {
            return k.substring(0, k.length() - 2);
        }
        if (k.length() > 3 && k.endsWith("ies")) {
            return k.substring(0, k.length() - 3) + "y";
        }
        if (k.length() > 3 && k.endsWith("s") && !k.endsWith("ss") && !k.endsWith("us") && !k.endsWith("is")) {
            return k.substring(0, k.length() - 1);
        }
        return k;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is ignored in keys (spaces, hyphens and dashes, underscores, middle dots). */
    public static boolean isIgnoredChar(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '_' || c == '·' || c == '‐' || c == '‑' || c == '–'
                || c == '—';
    }
}
