package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Phrases that the document writes every time with the same word next to them: the word belongs to the term.
 * {@link NounPhrases} decides a phrase's edges one sentence at a time, dropping a word it takes for a modifier or a
 * kind of thing ("overlapping Gaussian concepts", "visual detection task") or stopping where a tag breaks the phrase;
 * where a phrase is said twice or more, always whole and always with the same describing word or noun right before it
 * (or the same noun right after it), the document itself says the longer span is the thing's name, and the phrase
 * without it is a piece (found nested). A word of {@code generic-words.txt}'s {@code [modifier]} list stays left out
 * unless it is written with a capital inside a name ("New York City"). Stateless apart from the immutable lexicon;
 * thread-safe.
 */
final class WholeSpans {
    private final EnglishLexicon lexicon;
    /** How often the document says a phrase before its edges may move. */
    private static final int SAID = 2;

    WholeSpans(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Which way a phrase grows, and by which word (lower case). */
    private record Side(String left, String right) {
    }

    /**
     * The phrases of each sentence, where a phrase the document always writes with the same word beside it is
     * replaced by the longer phrase (whole) and itself as a nested one.
     *
     * @param found the phrases of each sentence, in the order of {@code sentences}
     * @param key   the key a phrase of a sentence is tallied under
     */
    List<List<Phrase>> widened(List<Sentence> sentences, List<List<Phrase>> found,
            BiFunction<Sentence, Phrase, String> key) {
        Map<String, Side> sides = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> keys = new ArrayList<>(found.size());
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Phrase> phrases = found.get(si);
            String[] sentenceKeys = new String[phrases.size()];
            keys.add(sentenceKeys);
            for (int pi = 0; pi < phrases.size(); pi++) {
                Phrase p = phrases.get(pi);
                String k = key.apply(s, p);
                sentenceKeys[pi] = k;
                counts.merge(k, 1, Integer::sum);
                Side seen = sides.get(k);
                if (seen != null && seen.left() == null && seen.right() == null) {
                    continue;
                }
                boolean whole = p.kind() == Phrase.Kind.MAXIMAL && p.length() < NounPhrases.MAX_WORDS;
                String left = whole ? leftWord(s, p) : null;
                String right = whole ? rightWord(s, p) : null;
                sides.merge(k, new Side(left, right),
                        (a, b) -> new Side(same(a.left(), b.left()), same(a.right(), b.right())));
            }
        }
        List<List<Phrase>> out = new ArrayList<>(found.size());
        for (int si = 0; si < sentences.size(); si++) {
            List<Phrase> phrases = new ArrayList<>();
            for (int pi = 0; pi < found.get(si).size(); pi++) {
                Phrase p = found.get(si).get(pi);
                String k = keys.get(si)[pi];
                Side side = counts.get(k) >= SAID ? sides.get(k) : null;
                if (side != null && p.kind() == Phrase.Kind.MAXIMAL && (side.left() != null || side.right() != null)) {
                    // Left first: "simple signal space projection task" grows by one word.
                    phrases.add(side.left() != null
                            ? new Phrase(p.from() - 1, p.to(), Phrase.Kind.MAXIMAL, p.example())
                            : new Phrase(p.from(), p.to() + 1, Phrase.Kind.MAXIMAL, p.example()));
                    phrases.add(new Phrase(p.from(), p.to(), Phrase.Kind.NESTED, p.example()));
                } else {
                    phrases.add(p);
                }
            }
            out.add(phrases);
        }
        return out;
    }

    private static String same(String a, String b) {
        return a != null && a.equals(b) ? a : null;
    }

    /** The describing word or noun right before the phrase, lower case, or null. */
    private String leftWord(Sentence s, Phrase p) {
        if (p.from() == 0) {
            return null;
        }
        Token before = s.tokens().get(p.from() - 1);
        String w = before.text();
        if (!before.is("ADJ", "NOUN", "PROPN") || !isWord(before) || before.is("NOUN") && Words.isPluralLooking(w)) {
            return null;
        }
        if (lexicon.isGenericModifier(w)) {
            // "New York City", "Available Chemicals Directory": a capital inside the sentence before a capital makes
            // the listed word part of a name.
            boolean name = p.from() - 1 > 0 && Character.isUpperCase(w.charAt(0))
                    && Character.isUpperCase(s.tokens().get(p.from()).text().charAt(0));
            if (!name) {
                return null;
            }
        }
        return w.toLowerCase(Locale.ROOT);
    }

    /** The noun right after the phrase, lower case, or null. */
    private String rightWord(Sentence s, Phrase p) {
        if (p.to() >= s.tokens().size()) {
            return null;
        }
        Token after = s.tokens().get(p.to());
        return after.is("NOUN", "PROPN") && isWord(after) && !lexicon.isVerb(after.text())
                ? after.text().toLowerCase(Locale.ROOT) : null;
    }

    private boolean isWord(Token tok) {
        return Words.isWordToken(tok) && !Words.isNumberLike(tok) && !lexicon.isStopWord(tok.text())
                && tok.text().length() > 1;
    }
}
