package dev.termdeck.extract.bilingual;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether two phrases are one term written otherwise, for {@link BilingualLinker} and its glossary look-ups: English
 * phrases with the same words (plural, case, hyphens and a short suffix aside), or sharing a word, and Chinese terms
 * that are one rendering written otherwise; with the counts of shared words and characters that rank entries.
 * String tests only; stateless.
 */
final class PhraseMatch {
    private PhraseMatch() {
    }

    /**
     * Whether two English phrases have the same words in the same order, plural, case and hyphens aside, a word
     * matching another that starts with all of it but at most two letters ("square" and "squared"); a list written
     * with commas and "and" is its words joined otherwise ("Power-Performance-Area" is "power, performance and area").
     */
    static boolean sameWords(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length != y.length || x.length == 0) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!sameWord(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    static String[] words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[\\s\\-‐‑–_/,&]+"))
                .filter(w -> !w.isEmpty() && !w.equals("and")).map(TermKeys::englishSingular).toArray(String[]::new);
    }

    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= longer.length() - 2;
    }

    /** Whether two English phrases share a word (plural, case and a suffix of two letters aside: {@link #sameWord}). */
    static boolean sharesWord(String a, String b) {
        for (String x : words(a)) {
            for (String y : words(b)) {
                if (sameWord(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two Chinese terms that are one rendering written otherwise: three quarters of the longer one's characters are
     * the other's (联合学习 and 联邦学习, 多点触摸归因 and 多触点归因), or one is written inside the other (分布 of 分布外,
     * 扩散（DDPM） for 去噪扩散概率模型); not two concepts that share a head (对比学习 and 持续学习).
     */
    static boolean closeChinese(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 2) {
            return false;
        }
        if (longer.contains(shorter)) {
            return true;
        }
        StringBuilder rest = new StringBuilder(longer);
        int shared = 0;
        for (int i = 0; i < shorter.length(); i++) {
            int at = rest.indexOf(String.valueOf(shorter.charAt(i)));
            if (at >= 0) {
                rest.setCharAt(at, '\0');
                shared++;
            }
        }
        return shared * 4 >= longer.length() * 3;
    }

    static String looseKey(String english) {
        return TermKeys.englishSingular(english.replace('-', ' '));
    }

    static int sharedChars(String a, String b) {
        return (int) a.chars().filter(c -> b.indexOf(c) >= 0).count();
    }

    static int sharedWords(String a, String b) {
        List<String> words = List.of(b.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        return (int) Arrays.stream(a.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                .filter(words::contains).count();
    }
}
