package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tests on the shape of a sentence around a term that the definition cues share: where a clause or an apposition
 * ends, whether words form a main clause, a list, a title, whether the term follows a preposition or is a piece of a
 * longer name. Stateless; thread-safe.
 */
final class Clauses {
    /** "S&P Top-K", "the Adaptive Rollout and ...": a capitalised word or a joining sign right before the term. */
    private static final Pattern NAME_PIECE_BEFORE = Pattern.compile("(?:[&+/]\\s*|\\b\\p{Lu}[\\w&+.]*(?:-[\\w&+.]+)*\\s+)$");
    // Compiled once (String.matches and split compile their pattern at each call).
    private static final Pattern AND_OR_FIRST = Pattern.compile("(?s)(and|or)\\b.*");
    private static final Pattern ONE_AND_MORE = Pattern.compile(
            "(?s)^(?:a|an|one)\\s[^,;:]{0,80}?\\)?\\s+and\\s+(?:two|three|four|five|several)\\s.*");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    /** Capitalised words that start a clause rather than continue a name. */
    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "(?:We|Our|The|This|These|A|An|In|For|To|Here|Thus|Then|By|With|On|As|From|Unlike|Using|It|Its)");
    /** A numbered list or its announcement after a colon: ": First, ...", ": (1) ...", ": 1) ...". */
    private static final Pattern LIST_AFTER_COLON = Pattern.compile(
            ":\\s*(?:\\(?(?:1|i|a)\\)|first(?:ly)?\\b|one\\b)", Pattern.CASE_INSENSITIVE);

    /** "introduces two novel techniques: adaptive rollout, which ...": a colon after a counted plural opens a list. */
    private static final Pattern COUNTED_BEFORE_COLON = Pattern.compile(
            "\\b(?:two|three|four|five|six|several|multiple)\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+s\\s*:");

    private Clauses() {
    }

    /** Where the last run of characters other than spaces and line ends begins (0 if there is none). */
    private static int lastRun(String s) {
        int i = s.length();
        while (i > 0 && isSpaceOrLineEnd(s.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The regular expression's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \s}, or what {@code $} may stand before. */
    private static boolean isSpaceOrLineEnd(char c) {
        return isSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether the term at {@code before}'s end continues a longer name ("we introduce S&P Top-K, ...": Top-K is a
     * piece of the name): a capitalised word that does not open the sentence, or a joining sign, right before it.
     */
    static boolean continuesAName(String before) {
        // The match is the last run of non-spaces with the spaces after it, so the search starts at that run (seeing
        // the character before it for \b) instead of at every character of the sentence.
        var m = NAME_PIECE_BEFORE.matcher(before).useTransparentBounds(true).region(lastRun(before), before.length());
        if (!m.find()) {
            return false;
        }
        String word = m.group().strip();
        boolean opensSentence = before.substring(0, m.start()).isBlank();
        return !opensSentence && !CLAUSE_WORD.matcher(word).matches() || word.length() == 1 && "&+/".contains(word);
    }

    /**
     * Whether the words from {@code offset} (in the sentence) form a main clause ("..., an important property is
     * ...") rather than an apposition ("..., a dataset comprising ..."): a finite verb before the next comma or
     * relative pronoun.
     */
    static boolean isMainClause(Sentence s, int offset) {
        int seen = 0;
        Token previous = null;
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() - s.start() < offset) {
                continue;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.is("PUNCT") || w.equals("that") || w.equals("which") || w.equals("who") || ++seen > 10) {
                return false;
            }
            if (t.is("AUX") || isFiniteVerb(t, w, previous, next)) {
                return true;
            }
            // "an LLM then proposes ...": an adverb between subject and verb.
            previous = t.is("ADV") && previous != null ? previous : t;
        }
        return false;
    }

    /**
     * Where an apposition that starts at {@code offset} ends: before a comma that the sentence's own verb follows
     * ("3DGS, an explicit scene representation technique, has shown ..."), else the sentence's length.
     */
    static int appositionEnd(Sentence s, int offset) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() - s.start() <= offset || !t.text().equals(",")) {
                continue;
            }
            Token next = tokens.get(i + 1);
            String w = next.text().toLowerCase(Locale.ROOT);
            boolean finite = next.is("AUX") && !w.equals("being") && !w.equals("been")
                    || next.is("VERB") && !w.endsWith("ing") && !w.endsWith("ed") && !w.endsWith("en");
            if (finite) {
                return t.start() - s.start();
            }
        }
        return s.text().length();
    }

    /**
     * A finite verb after its subject: "methods/NOUN achieve/VERB", "model/NOUN learns/VERB", "it/PRON uses/VERB";
     * not a modifier the tagger took for a verb ("stochastic objective/VERB functions", "training objective/VERB
     * that").
     */
    private static boolean isFiniteVerb(Token t, String w, Token previous, Token next) {
        if (!t.is("VERB") || previous == null || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")
                || next != null && (next.isNoun() || next.is("ADJ"))) {
            return false;
        }
        if (previous.is("PRON")) {
            return true;
        }
        if (!previous.isNoun()) {
            return false;
        }
        String p = previous.text().toLowerCase(Locale.ROOT);
        boolean pluralSubject = p.endsWith("s") && !p.endsWith("ss");
        boolean thirdPerson = w.endsWith("s") && !w.endsWith("ss");
        return pluralSubject != thirdPerson;
    }

    /**
     * "rank-deficiency in X, which ...", "For each selected subregion, an LLM ...": after a preposition (and its
     * determiners), what follows the term may belong to the phrase before or to the main clause.
     */
    static boolean afterPreposition(Sentence s, int offset) {
        int k = -1;
        List<Token> tokens = s.tokens();
        while (k + 1 < tokens.size() && tokens.get(k + 1).start() - s.start() < offset) {
            k++;
        }
        while (k >= 0 && tokens.get(k).is("DET", "NUM", "ADJ")) {
            k--;
        }
        return k >= 0 && tokens.get(k).is("ADP");
    }

    /**
     * Whether a predicate starts at {@code offset} of the sentence: a verb, or a third-person form the tagger took for
     * a noun after a name ("CRINN/NOUN treats/NOUN ANNS optimization as ...").
     */
    static boolean startsPredicate(Sentence s, int offset) {
        String text = s.text();
        int lead = text.length() - text.stripLeading().length();
        for (Token t : s.tokens()) {
            if (t.start() - s.start() >= offset + lead) {
                String w = t.text();
                return t.is("VERB", "AUX") || t.is("NOUN") && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                        && Character.isLowerCase(w.charAt(0));
            }
        }
        return false;
    }

    /**
     * Whether the word right before {@code offset} modifies the term ("general-purpose LLMs -- a ..."): then what
     * follows is about the longer phrase, not the term.
     */
    static boolean modifiedBefore(Sentence s, int offset) {
        Token previous = null;
        for (Token t : s.tokens()) {
            if (t.start() - s.start() >= offset) {
                break;
            }
            previous = t;
        }
        return previous != null && previous.is("ADJ", "NOUN", "PROPN", "NUM")
                && Character.isLowerCase(previous.text().charAt(0));
    }

    /** Whether the token at {@code offset} in the sentence is a verb ("which allow": a subject relative clause). */
    static boolean isVerbAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() - s.start() >= offset) {
                return t.is("VERB", "AUX");
            }
        }
        return false;
    }

    /**
     * "fewer trainable parameters, a higher training throughput, and ...", "a literature baseline (...) and two
     * ultra-light models": items of a list, not an apposition.
     */
    static boolean isListItem(String clause) {
        int comma = clause.indexOf(',');
        if (comma > 0 && AND_OR_FIRST.matcher(clause.substring(comma + 1).stripLeading()).matches()) {
            return true;
        }
        return ONE_AND_MORE.matcher(clause).matches();
    }

    /** "Text-To-Image Generation via Masked Transformers": most words capitalised. */
    static boolean isTitleCase(String clause) {
        String[] words = SPACE_RUN.split(clause);
        int capitals = 0;
        int n = Math.min(words.length, 6);
        for (int i = 0; i < n; i++) {
            capitals += !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) ? 1 : 0;
        }
        return n >= 2 && capitals * 2 > n;
    }

    /** Cheap test before the costly pattern: the text ends with "called", "named", ... (and maybe a quote). */
    static boolean endsWithNamingVerb(String before) {
        String b = before.stripTrailing();
        while (!b.isEmpty() && "'\"\u2018\u201c".indexOf(b.charAt(b.length() - 1)) >= 0) {
            b = b.substring(0, b.length() - 1).stripTrailing();
        }
        if (b.endsWith(" as")) {
            // "dubbed as", "named as".
            b = b.substring(0, b.length() - 3).stripTrailing();
        }
        return b.endsWith("called") || b.endsWith("named") || b.endsWith("dubbed") || b.endsWith("termed")
                || b.endsWith("coined");
    }

    /** Cheap test before the costly pattern: a naming verb occurs before the term at all. */
    static boolean mayName(String before) {
        return before.contains("refer") || before.contains("call") || before.contains("defin")
                || before.contains("name") || before.contains("term") || before.contains("denot");
    }

    /** The text up to "; ", a dash, or a colon that opens a list ("based on two key ideas: First, ..."). */
    static String firstClause(String s) {
        int end = s.length();
        for (String stop : new String[] {"; ", " -- ", " \u2014 "}) {
            int i = s.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        var list = LIST_AFTER_COLON.matcher(s);
        if (list.find() && list.start() > 0 && list.start() < end) {
            end = list.start();
        }
        var counted = COUNTED_BEFORE_COLON.matcher(s);
        if (counted.find() && counted.end() - 1 < end) {
            end = counted.end() - 1;
        }
        return s.substring(0, end).strip();
    }
}
