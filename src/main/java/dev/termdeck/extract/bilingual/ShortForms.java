package dev.termdeck.extract.bilingual;

import java.util.Locale;

/**
 * Whether a short form can abbreviate a long form, by the rule of Schwartz and Hearst (2003): every letter and digit
 * of the short form is found in the long form, right to left and in order, the first one at the start of a word
 * ({@code MTA} in {@code multi-touch attribution}; not {@code Le-GaN} in {@code latent encoder}, whose {@code G} has
 * no match). Case is ignored. Stateless; thread-safe.
 */
public final class ShortForms {
    private ShortForms() {
    }

    /** Whether {@code shortForm} can abbreviate {@code longForm}. */
    public static boolean abbreviates(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        String l = longForm.toLowerCase(Locale.ROOT);
        int li = l.length() - 1;
        int first = 0;
        while (first < s.length() && !Character.isLetterOrDigit(s.charAt(first))) {
            first++;
        }
        for (int si = s.length() - 1; si >= first; si--) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c
                    || si == first && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return false;
            }
            li--;
        }
        return first < s.length();
    }
}
