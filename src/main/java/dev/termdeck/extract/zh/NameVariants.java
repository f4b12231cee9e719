package dev.termdeck.extract.zh;

/**
 * A Latin name in brackets that goes on, past a hyphen, from a name the same text writes alone names a part or a
 * variant of that thing (GIR-Bench-UGC, a subset of the GIR-Bench the text presents; BOF4-S, the BOF4 quantizer with
 * another normalization): the Chinese before the brackets says what that part does (评估理解-生成一致性
 * （GIR-Bench-UGC）, "understanding-generation consistency"), and is another concept than the name, so the name is no
 * gloss of it. Stateless.
 */
final class NameVariants {
    private NameVariants() {
    }

    /** Whether {@code latin} is a name that goes on past a hyphen from a name {@code text} writes on its own. */
    static boolean extendsName(String latin, String text) {
        if (latin.indexOf(' ') >= 0) {
            return false;
        }
        for (int k = latin.lastIndexOf('-'); k >= 2; k = latin.lastIndexOf('-', k - 1)) {
            String name = latin.substring(0, k);
            if (name.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && writtenAlone(name, text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} writes {@code name} with no letter, digit or hyphen joined to it on either side. */
    private static boolean writtenAlone(String name, String text) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean before = at == 0 || !joins(text.charAt(at - 1));
            boolean after = end >= text.length() || !joins(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }
}
