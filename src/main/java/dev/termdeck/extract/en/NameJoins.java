package dev.termdeck.extract.en;

import java.util.List;

/**
 * Name parts that the tokenizer split at a sign that joins them, put back together as one word. Stateless.
 */
final class NameJoins {
    private NameJoins() {
    }

    /**
     * "Max+PlusII design tool" (Inspec tune 1104), which the tokenizer cut into "Max", "+" and "PlusII" (the last
     * tagged a conjunction): two words with a capital written against a plus sign between them are one name, as
     * "DAML+OIL" and "UNIPHY+Lab", which it keeps whole, are ({@link Words#isJoiningPlus}).
     */
    static void plusSigns(List<Token> out) {
        for (int k = 0; k + 2 < out.size(); k++) {
            Token a = out.get(k);
            Token plus = out.get(k + 1);
            Token b = out.get(k + 2);
            if (plus.text().equals("+") && a.end() == plus.start() && plus.end() == b.start()
                    && isNamePart(a.text()) && isNamePart(b.text())
                    && Words.isJoiningPlus(a.text() + "+" + b.text(), a.text().length())) {
                out.subList(k + 1, k + 3).clear();
                out.set(k, new Token(a.text() + "+" + b.text(), a.start(), b.end(), "PROPN"));
            }
        }
    }

    /**
     * "We introduce FruitNeRF++, a ...", "UNIPHY+ and ...": the tokenizer keeps a name with its plus signs whole only
     * when nothing is written after them ("FruitNeRF++ is"), and cuts "FruitNeRF", "++" before a comma or a colon and
     * "UNIPHY", "+" before a space, which left the name without them. One or two plus signs written against a name
     * part and ending the word (no letter or digit right after them) are the end of the name ({@link
     * Words#namePluses}), as in the words the tokenizer keeps whole.
     */
    static void endingPluses(List<Token> out, String text) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Token a = out.get(k);
            Token plus = out.get(k + 1);
            if (a.end() != plus.start() || plus.text().isEmpty() || !plus.text().chars().allMatch(c -> c == '+')
                    || !isNamePart(a.text())) {
                continue;
            }
            String joined = a.text() + plus.text();
            boolean ends = plus.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(plus.end()))
                    && text.charAt(plus.end()) != '+';
            if (ends && Words.namePluses(joined) == plus.text().length()) {
                out.remove(k + 1);
                out.set(k, new Token(joined, a.start(), plus.end(), "PROPN"));
            }
        }
    }

    /**
     * "H* Bench" (a benchmark), "CTL*" (Inspec tune 150: "the branching time temporal logic CTL*."): the tokenizer keeps
     * a name part with its asterisk whole and the tagger calls it an adjective, which left "Bench" a name of its own.
     * A name part with a capital and one asterisk that ends it is a proper noun when two characters or more stand
     * before the asterisk, or a capitalised word follows it; else one letter and an asterisk is a variable, a symbol
     * ("the dual space X*", Inspec tune 357, which the tagger calls a proper noun).
     */
    static void endingStars(List<Token> out) {
        for (int k = 0; k < out.size(); k++) {
            Token t = out.get(k);
            String w = t.text();
            if (w.length() < 2 || !w.endsWith("*") || !isNamePart(w.substring(0, w.length() - 1))) {
                continue;
            }
            boolean named = k + 1 < out.size() && !out.get(k + 1).text().isEmpty()
                    && Character.isUpperCase(out.get(k + 1).text().charAt(0));
            out.set(k, new Token(w, t.start(), t.end(), w.length() >= 3 || named ? "PROPN" : "SYM"));
        }
    }

    /** Letters and digits only, with a capital. */
    private static boolean isNamePart(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isLetterOrDigit) && w.chars().anyMatch(Character::isUpperCase);
    }
}
