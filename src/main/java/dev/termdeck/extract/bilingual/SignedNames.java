package dev.termdeck.extract.bilingual;

/**
 * A name written with signs that go on with it (a plus sign, an asterisk, a superscript digit: UNIPHY+, FruitNeRF++,
 * CTL*, Part²GS) is its own Chinese side whole: a Chinese side in Latin letters that is the name with its signs left
 * out (UNIPHY for UNIPHY+, where the translation or the words aligned with the name dropped the plus, or wrote the
 * older model the name grew from: FruitNeRF beside FruitNeRF++) is the name cut, and gives way to the name as the
 * English writes it. Stateless.
 */
final class SignedNames {
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
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!isSign(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A sign written inside or at the end of a Latin name: a plus sign, an asterisk, a superscript digit. */
    private static boolean isSign(char c) {
        return c == '+' || c == '*' || c == '\u00b9' || c == '\u00b2' || c == '\u00b3'
                || c >= '\u2070' && c <= '\u2079';
    }
}
