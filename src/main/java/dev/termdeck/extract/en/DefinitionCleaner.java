package dev.termdeck.extract.en;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a found definition is cleaned for a card: LaTeX emphasis as plain text, citations, numbered lists, contrasting
 * and judging clauses and tails that only count parts cut off. Whether what is left defines is
 * {@link DefinitionText}'s question. Stateless; thread-safe.
 */
final class DefinitionCleaner {
    private static final Pattern LATEX_STYLE = Pattern.compile(
            "\\$?\\\\(?:textbf|textit|emph|texttt|textsc|mathrm|mathbf|mathcal|text)\\{([^{}$]*)\\}\\$?");
    private static final Pattern CITATION = Pattern.compile(
            "\\s*(?:\\((?:[^()]*\\bet al\\.?[^()]*|(?:[A-Z][\\p{L}'-]+(?:\\s(?:and|&)\\s[A-Z][\\p{L}'-]+)?,?\\s\\d{4}[a-z]?"
                    + "(?:;\\s*)?)+)\\)|\\[\\d+(?:\\s*[,\u2013-]\\s*\\d+)*\\])");
    /** A numbered list starts: "... three innovations: 1) ..." or ": (i) ...". */
    private static final Pattern LIST_START = Pattern.compile(":\\s*\\(?(?:1|i|a)\\)\\s");
    /** The next item of a numbered list: ", and (ii) ...". */
    private static final Pattern NEXT_ITEM = Pattern.compile(",?;?\\s*(?:and\\s+)?\\((?:ii|2|b)\\)\\s");
    /** A clause that turns against what was said ("..., yet its efficiency is often hampered ..."). */
    private static final Pattern CONTRAST = Pattern.compile(
            ",\\s(?:(?:yet|but|while|whereas|although|though|however|despite)\\s+(?:its?|their|they|the|this|these|"
                    + "those|such|many|most|existing|current|there|we|our|in|at|when|how)\\b|whereas\\s)");
    /**
     * A tail that only counts parts ("that introduces two key innovations.", "through three complementary
     * components.", "across three complementary perspectives."): it says nothing about the term.
     */
    private static final Pattern COUNTING_TAIL = Pattern.compile(
            ",?\\s+(?:(?:that|which)\\s+(?:introduces?|consists? of|comprises?|includes?|features?|has|have|contains?|"
                    + "involves?)|through|via|with|using|based on|built on|across|along)\\s+"
                    + "(?:two|three|four|five|six|several|multiple|\\d+)\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+s\\s*[.:]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A relative clause that judges instead of saying ("... disorder that poses significant challenges in its early
     * diagnosis, often leading to ..."): cut with all after it.
     */
    private static final Pattern JUDGING_CLAUSE = Pattern.compile(
            ",?\\s+(?:that|which)\\s+(?:poses?|presents?|remains?|constitutes?|faces?)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?"
                    + "(?:challenges?|threats?|problems?|burdens?|obstacles?|concerns?|difficult(?:y|ies))\\b",
            Pattern.CASE_INSENSITIVE);

    private DefinitionCleaner() {
    }

    /** The text with LaTeX emphasis as plain text ("\\textbf{GIR-Bench}" gives "GIR-Bench"). */
    static String plain(String text) {
        return LATEX_STYLE.matcher(text).replaceAll("$1");
    }

    /**
     * The definition cleaned for a card: LaTeX emphasis as plain text, citations and an unclosed bracket at the end
     * dropped, a numbered list or its next item cut off, a contrasting clause, a purpose that points back (", to
     * address these challenges") and a clause that judges ("that poses significant challenges ...") dropped.
     */
    static String clean(String def) {
        String s = LATEX_STYLE.matcher(def).replaceAll("$1");
        s = CITATION.matcher(s).replaceAll("");
        s = cutAt(s, LIST_START, 0);
        s = cutAt(s, NEXT_ITEM, 20);
        s = cutAt(s, CONTRAST, 20);
        s = ProblemPurpose.withoutBackPointing(s, 20);
        s = cutAt(s, JUDGING_CLAUSE, 20);
        int open = s.lastIndexOf('(');
        if (open > 20 && s.indexOf(')', open) < 0) {
            s = s.substring(0, open);
        }
        return s.strip();
    }

    /** {@code s} up to the first match of {@code p} that starts after {@code minStart} characters. */
    private static String cutAt(String s, Pattern p, int minStart) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (m.start() >= minStart) {
                return s.substring(0, m.start());
            }
        }
        return s;
    }

    /**
     * The definition without a tail that only counts parts ("FLoE is a novel PEFT framework that introduces two key
     * innovations." gives "FLoE is a novel PEFT framework."), or {@code null} when what remains no longer defines
     * ("X is a framework with three modules." would leave a bare kind).
     */
    static String withoutCountingTail(String def) {
        Matcher m = COUNTING_TAIL.matcher(def);
        if (!m.find()) {
            return def;
        }
        String rest = def.substring(0, m.start());
        Matcher copula = DefinitionText.COPULA_WORD.matcher(rest);
        return copula.find() && !DefinitionText.defines(rest.substring(copula.end()) + ".") ? null : rest + ".";
    }
}
