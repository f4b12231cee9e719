package dev.termdeck.eval;

import dev.termdeck.deck.Card;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gold set's matching rule: a card matches a gold entry when, after normalization (Unicode NFKC, lower case,
 * hyphens and spaces ignored, a plural "s"/"es" ignored), its English term, an English alias or its abbreviation
 * equals the gold English term or abbreviation, or its Chinese term or a Chinese alias equals one of the gold
 * Chinese renderings. Stateless.
 */
public final class TermMatcher {
    private TermMatcher() {
    }

    /** NFKC, lower case, without spaces and hyphens. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011'
                && c != '\u2013' && c != '\u2014').forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whether two texts are equal under the rule (normalized, a plural "s" or "es" ignored). */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = normalize(a);
        String y = normalize(b);
        return !x.isEmpty() && (x.equals(y) || x.equals(y + "s") || x.equals(y + "es") || y.equals(x + "s")
                || y.equals(x + "es"));
    }

    /** Whether {@code card} matches {@code gold}. */
    public static boolean matches(Card card, GoldEntry gold) {
        List<String> english = new ArrayList<>();
        if (card.term().en() != null) {
            english.add(card.term().en());
        }
        english.addAll(card.aliases().en());
        if (card.abbr() != null) {
            english.add(card.abbr());
        }
        for (String e : english) {
            if (same(e, gold.en()) || same(e, gold.abbr())) {
                return true;
            }
        }
        return chineseMatch(card, gold);
    }

    /** Whether the card's Chinese term or a Chinese alias is one of the gold renderings. */
    public static boolean chineseMatch(Card card, GoldEntry gold) {
        List<String> chinese = new ArrayList<>();
        if (card.term().zh() != null) {
            chinese.add(card.term().zh());
        }
        chinese.addAll(card.aliases().zh());
        for (String z : chinese) {
            for (String g : gold.zh()) {
                if (normalize(z).equals(normalize(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text} contains {@code cue}, case and spacing ignored. */
    public static boolean containsCue(String text, String cue) {
        if (text == null) {
            return false;
        }
        return squeeze(text).contains(squeeze(cue));
    }

    private static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
