package dev.termdeck.extract.zh;

/** Counting a term's occurrences and picking the sentence around an offset. Stateless. */
final class Occurrences {
    private static final int MAX_CONTEXT = 200;
    /** A sentence this short (characters, with its full stop) is a heading, not a context. */
    private static final int MAX_HEADING = 12;

    private Occurrences() {
    }

    /** Non-overlapping occurrences of {@code term} in {@code text} (at least 1). */
    static int count(String text, String term) {
        int n = 0;
        int at = text.indexOf(term);
        while (at >= 0) {
            n++;
            at = text.indexOf(term, at + term.length());
        }
        return Math.max(1, n);
    }

    /**
     * The sentence holding character {@code offset}, or its clauses around the offset when it is long; for a bare
     * heading, the sentence after it.
     */
    static String sentenceAround(ZhText t, int offset) {
        int i = Math.max(0, t.tokenStartingAt(offset));
        if (t.size() == 0) {
            return t.text().strip();
        }
        int[] s = t.sentenceOf(Math.min(i, t.size() - 1));
        if (t.sentenceText(s).length() <= MAX_HEADING && s[1] < t.size()) {
            // A bare heading ("多步推理。") shows nothing: the sentence after it says what it is about.
            s = t.sentenceOf(s[1]);
        }
        int base = t.token(s[0]).start();
        String sentence = t.text().substring(base, t.token(s[1] - 1).end());
        if (sentence.strip().length() <= MAX_CONTEXT) {
            return sentence.strip();
        }
        return TermRuns.trim(sentence, Math.max(0, offset - base));
    }
}
