package dev.termdeck.extract.en;

/**
 * A short form in capitals that a text writes only as a piece of longer names ("NODE" of "FNODE" and "MBD-NODE", "UGC"
 * of "GIR-Bench-UGC"): the tokenizer or a nested phrase may give it as a word of its own, but the text never names it
 * alone, so it is no term of its own. A piece of a compound with an English word in small letters ("GPU-based",
 * "LLM-guided") or of a plural ("DIMSIMs") is the short form itself, written alone. Stateless.
 */
final class NamePieces {
    private NamePieces() {
    }

    /**
     * Whether {@code term}, a word of two capitals or more (and digits), stands in {@code text} at least once and
     * only inside longer names: every occurrence is written against letters, digits or hyphens that hold a capital or
     * a digit of their own (the rest of the name).
     */
    static boolean onlyInsideNames(String term, String text) {
        if (term == null || term.length() < 2 || !isCapitalWord(term)) {
            return false;
        }
        boolean found = false;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            found = true;
            int from = i;
            while (from > 0 && isNameChar(text.charAt(from - 1))) {
                from--;
            }
            int to = i + term.length();
            while (to < text.length() && isNameChar(text.charAt(to))) {
                to++;
            }
            if (!holdsCapitalOrDigit(text, from, i) && !holdsCapitalOrDigit(text, i + term.length(), to)) {
                return false;
            }
        }
        return found;
    }

    private static boolean isCapitalWord(String s) {
        if (!Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }

    private static boolean holdsCapitalOrDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
