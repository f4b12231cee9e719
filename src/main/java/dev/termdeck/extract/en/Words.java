package dev.termdeck.extract.en;

import java.util.Locale;
import java.util.Set;

/**
 * What a word looks like, from its letters alone: a name or acronym, a quantity, a plural, a word at all. Used by
 * the candidate, termhood and definition rules. Stateless; thread-safe.
 */
final class Words {
    /** "stateof-the", "on-the": a hyphenated piece ending in a function word is a typo or a fragment. */
    private static final Set<String> FUNCTION_ENDINGS = Set.of("the", "of", "a", "an", "and", "or", "to", "in");

    private Words() {
    }

    /** "Sum-of-Squares method", "Monte Carlo method": a name before a generic head makes it specific. */
    static boolean isNamedModifier(String w, Set<String> names) {
        boolean mixedCase = w.chars().anyMatch(Character::isUpperCase) && w.chars().anyMatch(Character::isLowerCase);
        return mixedCase && (w.contains("-") || names.contains(w) && !isAcronymLike(w));
    }

    /** "Bayesian", "Gaussian", "Atlantic": a name used as an adjective, not a thing named. */
    static boolean isAdjectival(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("ian") || l.endsWith("ean") || l.endsWith("ic") || l.endsWith("al") || l.endsWith("ive");
    }

    /**
     * How many plus signs end {@code w} as part of a name: one or two after a letter or digit of a word with a
     * capital ("FruitNeRF++" 2, "UNIPHY+" 1, "C++" 2), else 0 ("+", "a+b", "model+", "x+++").
     */
    static int namePluses(String w) {
        int n = w.length();
        int plus = 0;
        while (plus < n && w.charAt(n - 1 - plus) == '+') {
            plus++;
        }
        if (plus == 0 || plus > 2 || plus == n || !Character.isLetterOrDigit(w.charAt(n - 1 - plus))) {
            return 0;
        }
        for (int i = 0; i < n - plus; i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return plus;
            }
        }
        return 0;
    }

    /**
     * 1 when one asterisk ends {@code w} as part of a name ("CTL*", "H*" of "H* Bench"): after a letter or digit of a
     * word with a capital; else 0 ("*", "x*", "A**"). A word token takes it when two characters or more stand before
     * it, or the word is tagged a proper noun ({@link NameJoins#endingStars}): "X*" of "the dual space X*" (Inspec
     * tune 357) is a variable.
     */
    static int nameStar(String w) {
        int n = w.length();
        if (n < 2 || w.charAt(n - 1) != '*' || !Character.isLetterOrDigit(w.charAt(n - 2))) {
            return 0;
        }
        return w.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    }

    /** A superscript digit written inside a name ("Part²GS"). */
    static boolean isSuperscriptDigit(char c) {
        return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c >= '\u2070' && c <= '\u2079' && c != '\u2071'
                && c != '\u2072' && c != '\u2073';
    }

    /** Two capitals, or a capital after a lower-case letter ("BLOOM", "PopQA", "sBIC", "HAC-Net", "CLIP2TV"). */
    static boolean isAcronymLike(String w) {
        int capitals = 0;
        boolean lowerBeforeUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
                if (i > 0 && Character.isLowerCase(w.charAt(i - 1))) {
                    lowerBeforeUpper = true;
                }
            }
        }
        return capitals >= 2 || lowerBeforeUpper;
    }

    /**
     * Letters, digits and inner hyphens, with a letter among them; not a contraction, not a fragment. A name may end
     * in one or two plus signs ("FruitNeRF++", "AIST++", "UNIPHY+", "C++"): they are part of it ({@link #namePluses});
     * so is one asterisk ending it ("CTL*", {@link #nameStar}), and a word with a capital may hold superscript digits
     * ("Part²GS").
     */
    static boolean isWordToken(Token tok) {
        String w = tok.text();
        if (tok.tag().indexOf('+') >= 0 || !Character.isLetterOrDigit(w.codePointAt(0))) {
            return false;
        }
        int star = w.endsWith("*") && (w.length() >= 3 || tok.is("PROPN")) ? nameStar(w) : 0;
        w = w.substring(0, w.length() - namePluses(w) - star);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '\u2010' || c == '\u2011'
                    || isJoiningAmpersand(w, i) || isJoiningPlus(w, i)
                    || i > 0 && isSuperscriptDigit(c) && w.chars().anyMatch(Character::isUpperCase))) {
                return false;
            }
        }
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && FUNCTION_ENDINGS.contains(w.substring(hyphen + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "176B-parameter", "3-dimensional", "10-fold", "900M", "4K": a quantity, not part of a term. A dimension ("3D",
     * "2.5D", "3D-aware") is a word of the term's name.
     */
    static boolean isNumberLike(Token tok) {
        String w = tok.text();
        return !isDimension(w)
                && (Character.isDigit(w.charAt(0)) && !isAcronymLike(w) || hasDigit(w) && w.split("-").length >= 3);
    }

    /** "2D", "3D", "2.5D", "4D", "3D-aware", "6DoF": digits and a "D" for dimensions, alone or hyphenated on. */
    static boolean isDimension(String w) {
        int i = 0;
        while (i < w.length() && w.charAt(i) >= '0' && w.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i + 1 < w.length() && w.charAt(i) == '.' && Character.isDigit(w.charAt(i + 1))) {
            i += 2;
        }
        if (i == 0 || i >= w.length() || w.charAt(i) != 'D') {
            return false;
        }
        String rest = w.substring(i + 1);
        return rest.isEmpty() || rest.equals("oF") || rest.charAt(0) == '-';
    }

    /** "SEE&TREK", "R&D": an ampersand between letters inside a word written with capitals joins a name. */
    /**
     * A plus sign that joins two parts of a name written with a capital ("DAML+OIL", "Max+PlusII", "UNIPHY+Lab"):
     * between a letter or digit and a letter, in a word that starts with a capital ("a+b" is arithmetic).
     */
    static boolean isJoiningPlus(String w, int i) {
        return w.charAt(i) == '+' && i > 0 && i + 1 < w.length() && Character.isLetterOrDigit(w.charAt(i - 1))
                && Character.isLetter(w.charAt(i + 1)) && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isJoiningAmpersand(String w, int i) {
        return w.charAt(i) == '&' && i > 0 && i + 1 < w.length() && Character.isLetter(w.charAt(i - 1))
                && Character.isLetter(w.charAt(i + 1)) && Character.isUpperCase(w.charAt(0));
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word ending in a plural "s" ("networks"; not "loss", "corpus", "analysis", "bias", "physics"). */
    static boolean isPluralLooking(String w) {
        int n = w.length();
        if (n <= 3 || w.charAt(n - 1) != 's' || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        char before = w.charAt(n - 2);
        return before != 's' && before != 'u' && before != 'i' && !w.endsWith("ics") && !w.endsWith("ias");
    }

    /** "causal", "convolutional", "tabular": an adjective of relation, which names a kind rather than a quality. */
    static boolean isRelational(String adjective) {
        for (String suffix : new String[] {"al", "ic", "ary", "ar", "ian", "ical", "ory"}) {
            if (adjective.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "harmless", "useful", "dangerous", "affordable": a lower-case word with an adjective's ending, whatever the
     * tagger made of it.
     */
    static boolean looksAdjectival(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.contains("-")) {
            return false;
        }
        for (String suffix : new String[] {"less", "ful", "ous", "able", "ible"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without a final plural "s": a quick key for word-list look-ups. */
    static String singularLower(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }

    /** A word written as a name, an acronym or a dimension ("3D human mesh recovery"). */
    static boolean hasName(String[] words, Set<String> names) {
        for (String w : words) {
            if (isAcronymLike(w) || names.contains(w) || Character.isUpperCase(w.charAt(0))
                    || isDimension(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "helical CT", "inactive TCP connection", "video LMM": a first word in lower case and, after it, a short form in
     * capitals (two capitals or more, digits allowed; "3D" is a dimension, not a short form).
     */
    static boolean isWordBeforeShortForm(String[] words) {
        if (words.length < 2 || !Character.isLowerCase(words[0].charAt(0))) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i].endsWith("s") ? words[i].substring(0, words[i].length() - 1) : words[i];
            if (isCapitalsAndDigits(w) && !isDimension(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase of two words or more ends in a short form in capitals ("Windows XP", "NEC SX-4", "linear BVP",
     * "Cray T3E"; a plural "s" allowed; not a dimension, "3D"; each hyphenated part capitals and digits).
     */
    static boolean endsInShortForm(String[] words) {
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1];
        String w = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        if (isDimension(w) || w.startsWith("-") || w.endsWith("-")) {
            return false;
        }
        int capitals = 0;
        for (String part : w.split("-")) {
            if (!isCapitalsAndDigits(part) && !(part.chars().allMatch(Character::isDigit) && !part.isEmpty())) {
                return false;
            }
            capitals += (int) part.chars().filter(Character::isUpperCase).count();
        }
        return capitals >= 2;
    }

    /** Two capitals or more and nothing but capitals and digits ("CT", "LMM", "GPT4"); a loop, asked of every word. */
    private static boolean isCapitalsAndDigits(String w) {
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return capitals >= 2;
    }
}
