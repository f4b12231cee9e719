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

    /** Letters and digits only, with a capital. */
    private static boolean isNamePart(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isLetterOrDigit) && w.chars().anyMatch(Character::isUpperCase);
    }
}
