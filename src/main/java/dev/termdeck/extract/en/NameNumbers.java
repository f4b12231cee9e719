package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;

/**
 * A name that the text writes with its number, a version or a year ("Microsoft Project 2002", "MonacoProfiler 4",
 * "FlexPro 5.0"): the number is part of the name. {@link NounPhrases} ends a phrase before a number (a number starts
 * a new phrase: "900M parameter model"), which left the name cut before its version; the indexers of the Inspec tune
 * split write such a product with its number (docs/QUALITY.md, Precision, twelfth session). A name here is every word
 * capitalised, and either two words or more or a word in mixed case that is no everyday English word ("Table 1",
 * "Level 2" stay apart, and so does a short form in capitals, "HPF 2.0", whose long form is the term); after a single
 * word, a number that could be a year (1900-2099) is left out too ("Hinton 2006" reads as a reference). Stateless;
 * thread-safe.
 */
final class NameNumbers {
    private NameNumbers() {
    }

    /**
     * The phrases of each sentence, where a name right before its number is replaced by the name with the number
     * (whole) and itself as a nested phrase.
     */
    static List<List<Phrase>> widened(List<Sentence> sentences, List<List<Phrase>> found, EnglishLexicon lexicon) {
        List<List<Phrase>> out = new ArrayList<>(found.size());
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> t = sentences.get(si).tokens();
            List<Phrase> phrases = new ArrayList<>(found.get(si).size() + 1);
            for (Phrase p : found.get(si)) {
                if (p.kind() == Phrase.Kind.MAXIMAL && p.length() < NounPhrases.MAX_WORDS && p.to() < t.size()
                        && isNameBeforeNumber(t, p.from(), p.to(), lexicon)) {
                    phrases.add(new Phrase(p.from(), p.to() + 1, Phrase.Kind.MAXIMAL, p.example()));
                    phrases.add(new Phrase(p.from(), p.to(), Phrase.Kind.NESTED, p.example()));
                } else {
                    phrases.add(p);
                }
            }
            out.add(phrases);
        }
        return out;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are a name and token {@code to} its number. */
    static boolean isNameBeforeNumber(List<Token> t, int from, int to, EnglishLexicon lexicon) {
        String number = t.get(to).text();
        if (!isVersion(number)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(t.get(k).text().charAt(0)) || !Words.isWordToken(t.get(k))) {
                return false;
            }
        }
        if (to - from >= 2) {
            return true;
        }
        String word = t.get(from).text();
        return !isYear(number) && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
                && lexicon.level(word) > EnglishLexicon.EVERYDAY;
    }

    /** Digits, or digits, a point and digits ("4", "2002", "5.0"). */
    private static boolean isVersion(String w) {
        int dots = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '.' && i > 0 && i < w.length() - 1) {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return !w.isEmpty() && dots <= 1;
    }

    /** A year of four digits starting 19 or 20 ("2002"). */
    static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
    }
}
