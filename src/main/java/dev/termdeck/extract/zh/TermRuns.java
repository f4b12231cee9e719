package dev.termdeck.extract.zh;

/**
 * The pieces of a Chinese definition cue: the run of term-forming pieces before or after a cue ({@link WordClass}),
 * whether a naming cue names the whole term, and the clauses of a long sentence kept around a cue. Stateless;
 * thread-safe.
 */
final class TermRuns {
    private static final int MAX_CHARS = 160;
    private static final java.util.Set<String> NAMED_TERM_ENDS = java.util.Set.of(
            "的", "是", "和", "与", "或", "在", "对", "中", "等", "了", "来", "使", "让", "将", "被", "为", "也", "并");

    private TermRuns() {
    }

    /** The term without a general head noun when at least four hanzi remain ({@code 实体解析系统} gives 实体解析). */
    static String withoutGeneralHead(String term) {
        if (term == null) {
            return null;
        }
        for (String head : new String[] {"系统", "框架", "方法", "技术", "模块"}) {
            if (term.endsWith(head) && GlossFinder.hanCount(term) - 2 >= 4) {
                return term.substring(0, term.length() - 2);
            }
        }
        return term;
    }

    /** The sentence, or when it is long, the clauses around the cue. */
    static String trim(String sentence, int cueAt) {
        String s = sentence.strip();
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int from = Math.max(lastBreak(sentence, cueAt - 40) + 1, 0);
        int to = sentence.length();
        for (int k = Math.min(cueAt + 60, sentence.length()); k < sentence.length(); k++) {
            if ("，,；;".indexOf(sentence.charAt(k)) >= 0) {
                to = k;
                break;
            }
        }
        String cut = sentence.substring(from, to).strip();
        return cut.endsWith("。") ? cut : cut + "……";
    }

    private static int lastBreak(String s, int before) {
        for (int k = Math.min(before, s.length() - 1); k >= 0; k--) {
            if ("，,；;。".indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The term-forming run of pieces that ends at character {@code offset}, skipping a gloss in parentheses. */
    static String runBefore(ZhText t, int offset) {
        int end = t.tokenEndingAt(offset);
        if (end < 0) {
            return null;
        }
        int to = end + 1;
        if (t.token(end).word().startsWith(")") || t.token(end).word().startsWith("）")) {
            int k = end;
            while (k > 0 && !(t.token(k).word().equals("(") || t.token(k).word().equals("（"))) {
                k--;
            }
            to = k;
        }
        int from = to;
        while (from > 0 && t.wordClass(from - 1) != WordClass.BREAK && !WordClass.isPunctuation(t.token(from - 1))) {
            from--;
        }
        // A prefix the segmenter splits off (自/注意力) belongs to a term that opens the sentence or clause.
        if (from > 0 && t.token(from - 1).word().length() == 1 && GlossFinder.hasHan(t.token(from - 1).word())
                && (from == 1 || WordClass.isPunctuation(t.token(from - 2)))) {
            from--;
        }
        return from < to && GlossFinder.hanCount(t.span(from, to)) >= 2 ? t.span(from, to) : null;
    }

    /**
     * Whether the run after a naming cue ending at {@code offset} is the whole term: it is unless a {@code 的} follows
     * that goes on to more than a general class noun ({@code 称为思维链提示的策略} names 思维链提示;
     * {@code 称之为大型语言模型的新兴能力} does not name 大型语言模型).
     */
    static boolean namesTheTerm(ZhText t, int offset) {
        int next = t.tokenStartingAt(offset);
        if (next < 0 || !t.token(next).word().equals("的") || next + 1 >= t.size()) {
            return true;
        }
        return CompoundFinder.isGeneral(t.token(next + 1).word());
    }

    /**
     * The term named right after a naming cue, starting at character {@code offset}: pieces up to punctuation or a
     * particle or conjunction, at most ten hanzi. Unlike a term inside a sentence, a named term may be split into
     * pieces HanLP tags as adverbs ({@code 相/变}): the cue marks it.
     */
    static String runAfter(ZhText t, int offset) {
        int from = t.tokenStartingAt(offset);
        if (from < 0) {
            return null;
        }
        int to = from;
        while (to < t.size() && !WordClass.isPunctuation(t.token(to)) && !NAMED_TERM_ENDS.contains(t.token(to).word())
                && GlossFinder.hanCount(t.span(from, to + 1)) <= 10) {
            to++;
        }
        return to > from && GlossFinder.hanCount(t.span(from, to)) >= 2 ? t.span(from, to) : null;
    }
}
