package dev.termdeck.extract.en;

import dev.termdeck.extract.GenericPhrases;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a phrase of a tagged sentence is shown and keyed, and what the document's words say of names: the form a card
 * shows (the last word singular, a sentence-initial capital lowered unless it is a name), the key it is tallied under,
 * names written as such ("Hugging Face Transformers", "Internet of Vehicles"), the words and the names of a document.
 * Static and stateless; split from {@link OpenNlpTermExtractor}, which assembles candidates with them.
 */
final class PhraseForms {
    private PhraseForms() {
    }

    /**
     * The form a card shows: the last word singular, a sentence-initial capital lowered unless it is a name.
     *
     * @param span         the phrase as written ({@code s.span(p.from(), p.to())})
     * @param lastSingular the singular of its last word
     */
    static String shown(Sentence s, Phrase p, String span, String lastSingular, Plurals plurals,
            Set<String> names, Set<String> words) {
        if (isNamedSubject(s, p) || isNameSequence(s, p)) {
            // "Hugging Face Transformers", "Claude 3.5 Sonnet": a name is shown as written, plural or not.
            return span;
        }
        Token last = s.tokens().get(p.to() - 1);
        String shown = span.substring(0, span.length() - last.text().length()) + lastSingular;
        Token first = s.tokens().get(p.from());
        // A name-word lower-cased where the sentence starts with it, unless the text writes it with a capital inside
        // sentences and never in small letters: "Skinning and rigging are ..." beside "Linear Blend Skinning (LBS)"
        // and "physics-based skinning" is the common noun.
        if (isSentenceInitial(s, p.from()) && !Words.isAcronymLike(first.text()) && !isPossessive(first.text())
                && (!names.contains(first.text()) && !names.contains(plurals.singular(first.text()))
                        || words.contains(first.text().toLowerCase(Locale.ROOT)))) {
            shown = Character.toLowerCase(shown.charAt(0)) + shown.substring(1);
        }
        return shown;
    }

    /** The key of a phrase: its last word singular, lower case, without spaces and hyphens, however it is shown. */
    static String keyOf(Sentence s, Phrase p, String span, String lastSingular) {
        String last = s.tokens().get(p.to() - 1).text();
        return GenericPhrases.normalize(span.substring(0, span.length() - last.length()) + lastSingular);
    }

    /**
     * Two words or more, each written with a capital (a digit may stand between: "Claude 3.5 Sonnet"), the first one
     * not only because it starts the sentence: a name ("Chicago Equity Partners", "Hugging Face Transformers").
     */
    static boolean isNameSequence(Sentence s, Phrase p) {
        if (p.length() < 2) {
            return false;
        }
        for (int k = p.from(); k < p.to(); k++) {
            String w = s.tokens().get(k).text();
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Alzheimer's", "Newton's": an eponym in a name ("Alzheimer's disease"), never lower-cased. */
    static boolean isPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    /** "Transformers is an open-source library": a plural-looking subject of a singular verb is a name. */
    static boolean isNamedSubject(Sentence s, Phrase p) {
        if (p.length() != 1 || p.to() >= s.tokens().size()) {
            return false;
        }
        String w = s.tokens().get(p.from()).text();
        String next = s.tokens().get(p.to()).text();
        return Character.isUpperCase(w.charAt(0)) && w.endsWith("s")
                && (next.equals("is") || next.equals("has") || next.equals("was"));
    }

    /** Every word of two letters or more, except "of", "for", "from", "and", "to", "the", starts with a capital. */
    static boolean isCapitalisedName(String phrase) {
        String[] words = phrase.split("[\\s-]+");
        int capitals = 0;
        for (String w : words) {
            if (w.length() < 2 || FUNCTION_IN_NAMES.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            capitals++;
        }
        return capitals >= 2;
    }

    private static final Set<String> FUNCTION_IN_NAMES = Set.of("of", "for", "from", "and", "to", "the", "in", "on",
            "with", "via", "by");

    static String singularLast(String phrase, Plurals plurals) {
        int sp = phrase.lastIndexOf(' ');
        return phrase.substring(0, sp + 1) + plurals.singular(phrase.substring(sp + 1));
    }

    static boolean isSentenceInitial(Sentence s, int k) {
        for (int i = 0; i < k; i++) {
            if (Character.isLetterOrDigit(s.tokens().get(i).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The words of the document as written, and the parts of its hyphenated words. */
    static Set<String> words(List<Sentence> sentences) {
        Set<String> words = new HashSet<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                words.add(t.text());
                if (t.text().indexOf('-') > 0) {
                    words.addAll(List.of(t.text().split("-")));
                }
            }
        }
        return words;
    }

    /** Words written with a capital inside a sentence (not after a colon or quote): names in this document. */
    static Set<String> names(List<Sentence> sentences) {
        Set<String> names = new HashSet<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 1; i < t.size(); i++) {
                String w = t.get(i).text();
                String prev = t.get(i - 1).text();
                // A single capital ("degree set M", "Level 1 ... case B") is a variable, not a name.
                if (Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !isSentenceInitial(s, i)
                        && !prev.equals(":") && !prev.equals("\"") && !prev.equals("'") && !prev.equals("(")) {
                    names.add(w);
                }
            }
        }
        return names;
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset >= sentences.get(i).start() && offset < sentences.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    static boolean isLowerAfterFirst(String s) {
        return s.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }
}
