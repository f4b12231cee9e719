package dev.termdeck.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The keyphrase benchmarks' matching rule: two phrases are the same after Unicode NFKC, lower case, each word's
 * plural ending dropped ("networks" as "network", "strategies" as "strategy", "classes" as "class"), and spaces and
 * hyphens ignored ("Web-based platforms" is "web based platform"). Stateless.
 */
public final class KeyphraseMatcher {
    private KeyphraseMatcher() {
    }

    /** The form two phrases are compared in. */
    public static String key(String phrase) {
        String n = Normalizer.normalize(phrase, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-');
        StringBuilder sb = new StringBuilder(n.length());
        for (String word : n.split("[\\s-]+")) {
            sb.append(singular(word));
        }
        return sb.toString();
    }

    /** Whether two phrases are the same under the rule. */
    public static boolean same(String a, String b) {
        return a != null && b != null && !key(a).isEmpty() && key(a).equals(key(b));
    }

    /** A word without its plural ending: "-ies" as "-y", "-ses/-xes/-zes/-ches/-shes" less "es", else less "s". */
    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        for (String e : new String[] {"ses", "xes", "zes", "ches", "shes"}) {
            if (w.endsWith(e)) {
                return w.substring(0, n - 2);
            }
        }
        return w.substring(0, n - 1);
    }
}
