package dev.termdeck.extract.zh;

/**
 * The verb of parallel clauses that each name a part of a work in brackets, the way a benchmark lists its parts:
 * {@code 首先，评估理解-生成一致性（GIR-Bench-UGC）……其次，评估推理驱动的文本到图像生成（GIR-Bench-T2I）……最后，评估多步推理在编辑中的应用（GIR-Bench-Edit）}.
 * A verb or verbal noun ({@code 评估}, "evaluate") that opens two clauses or more of the text, each with Latin letters
 * in brackets, is what those clauses do, not the first word of the name before the bracket: the gloss of
 * {@code GIR-Bench-UGC} is 理解-生成一致性, not 评估理解-生成一致性. A short form is left to its letters
 * ({@link GlossFinder}); this is for a name the letters do not spell. Stateless; thread-safe.
 */
final class ParallelClauses {
    private ParallelClauses() {
    }

    /**
     * The start of the Chinese before the bracket at {@code open}, past its first word when that word is the verb of
     * parallel clauses; {@code from} otherwise.
     */
    static int pastClauseVerb(ZhText t, int from, int open) {
        if (from + 1 >= open || !opensClause(t, from) || !WordClass.isVerb(t.token(from))
                && !t.token(from).tag().equals("vn") || GlossFinder.hanCount(t.span(from + 1, open)) < 2) {
            return from;
        }
        String verb = t.token(from).word();
        int clauses = 0;
        for (int k = 0; k < t.size() && clauses < 2; k++) {
            if (t.token(k).word().equals(verb) && opensClause(t, k) && bracketsLatin(t, k)) {
                clauses++;
            }
        }
        return clauses >= 2 ? from + 1 : from;
    }

    /** Whether piece {@code k} opens the text or a clause: right after a comma, a full stop or a semicolon. */
    private static boolean opensClause(ZhText t, int k) {
        return k == 0 || endsClause(t.token(k - 1).word());
    }

    /** Whether the clause that piece {@code k} opens holds Latin letters in brackets before it ends. */
    private static boolean bracketsLatin(ZhText t, int k) {
        for (int j = k + 1; j + 1 < t.size(); j++) {
            String w = t.token(j).word();
            if (endsClause(w)) {
                return false;
            }
            if ((w.equals("（") || w.equals("(")) && isLatinLetter(t.token(j + 1).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsClause(String w) {
        return w.equals("，") || w.equals(",") || w.equals("。") || w.equals("；") || w.equals(";");
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
