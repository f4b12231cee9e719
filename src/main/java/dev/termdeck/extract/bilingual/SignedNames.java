package dev.termdeck.extract.bilingual;

import java.util.regex.Pattern;

/**
 * A name written with signs that go on with it (a plus sign, an asterisk, a superscript digit: UNIPHY+, FruitNeRF++,
 * CTL*, Part²GS) is its own Chinese side whole: a Chinese side in Latin letters that is the name with its signs left
 * out (UNIPHY for UNIPHY+, where the translation or the words aligned with the name dropped the plus, or wrote the
 * older model the name grew from: FruitNeRF beside FruitNeRF++) is the name cut, and gives way to the name as the
 * English writes it. Stateless.
 */
final class SignedNames {
    /** A plus sign, an asterisk, a superscript digit: signs written inside or at the end of a Latin name. */
    private static final Pattern SIGNS = Pattern.compile("[+*\u00b9\u00b2\u00b3\u2070-\u2079]");

    private SignedNames() {
    }

    /** {@code en} when {@code zh} is {@code en}, a Latin name, without its signs; else {@code zh}. */
    static String whole(String zh, String en) {
        if (zh == null || en == null || zh.equals(en) || !BilingualLinker.isLatin(zh) || !BilingualLinker.isLatin(en)) {
            return zh;
        }
        String bare = withoutSigns(en);
        return bare.length() < en.length() && !bare.isEmpty() && bare.strip().equals(zh.strip()) ? en : zh;
    }

    private static String withoutSigns(String s) {
        return SIGNS.matcher(s).replaceAll("");
    }
}
