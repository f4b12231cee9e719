package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a text mentions without naming a concept, told by how the text writes it around the candidate: a person it
 * quotes or reports ("says Gordon Smith, vice president of marketing", "Emma McClune asks"), a piece of a reference
 * ("(IEEE Trans. Automat. Contr., vol. 37, ...)", "MIT Press, 2000)", "part II"), the first piece of a name before
 * "of" ("University" of "the University of Kansas"), an owner's possessive ({@link Possessives}: "Java's garbage
 * collector", "Documentum's president"), a symbol spelled out ("convex body Gamma") and a unit after a number
 * ("38 GHz"). Each was measured on the capitalised candidates of the Inspec tune split (docs/QUALITY.md, eleventh
 * session): the indexers chose none of the quoted people or reference pieces, and few of the rest.
 *
 * <p>The words that mark a quotation (speech verbs, titles and roles) are a small closed list; no name, place or
 * company is listed. Stateless; thread-safe.
 */
final class Mentions {
    /** A verb right after a person's name that reports what they say or do in a text ("Alex Fry looks at ..."). */
    private static final Set<String> SPEECH = Set.of("says", "said", "asks", "asked", "explains", "explained",
            "notes", "noted", "argues", "argued", "writes", "wrote", "observes", "observed", "raised", "tells",
            "told", "talks", "believes", "thinks", "looks", "points", "recalls", "adds", "comments", "admits",
            "warns", "predicts");
    /** "Herb Sutter has observed (2000)": a speech verb's participle after "has" or "had" right after a name. */
    private static final Set<String> SPOKEN = Set.of("observed", "noted", "argued", "said", "written", "pointed",
            "suggested", "claimed", "stated", "remarked");
    /** "talks to Matthew May", "a reply to Chris Eliasmith", "according to ...": a word before "to" before a name. */
    private static final Set<String> TO = Set.of("talks", "talked", "talking", "reply", "replies", "according");
    /** A word right before a person's name: a speech verb before its subject ("says Ray Ozzie"), a title. */
    private static final Set<String> BEFORE = Set.of("says", "said", "asks", "told", "ceo", "president", "chairman",
            "dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.");
    /** A role after a comma right after a person's name ("Gordon Smith, vice president of marketing"). */
    private static final Set<String> ROLE = Set.of("president", "vice", "ceo", "chief", "director", "manager",
            "analyst", "consultant", "chairman", "founder", "co-founder", "editor", "professor", "producer",
            "partner", "spokesman", "spokeswoman", "executive", "senior", "former");
    /** After "of", the kind of employer a quoted person speaks for ("Paul Diamond of consultancy KPMG"). */
    private static final Set<String> EMPLOYER = Set.of("consultancy", "consultant", "consultants");
    /** The Greek letters' names: one of them ending a phrase is a symbol the text spells out. */
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
            "phi", "chi", "psi", "omega");
    /** What a reference gives in its brackets: a year, a volume, a page. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\bvol\\.|\\bpp?\\.\\s*\\d");
    private static final Pattern PART = Pattern.compile("[Pp]art (?:[IVX]+|\\d+)");
    /** How far around a candidate a reference's brackets are looked for, in characters. */
    private static final int REFERENCE_REACH = 120;

    private Mentions() {
    }

    /**
     * Whether the candidate {@code e}, shown as {@code shown}, is only mentioned: a quoted person, a reference
     * piece, an owner's possessive, a spelled-out symbol or a unit.
     *
     * @param text      the document text the sentences index (the title's head and the text)
     * @param sentences its sentences
     */
    static boolean only(CandidateTally.Entry e, String shown, String text, List<Sentence> sentences,
            EnglishLexicon lexicon) {
        String[] words = shown.split(" ");
        return isSymbol(words) || Possessives.isOwners(words, text, lexicon)
                || isReferencePiece(e, shown, text, sentences)
                || !e.inTitle && (isQuotedPerson(e, words, sentences) || isNamePiece(e, words, sentences))
                || isUnit(words[0], text);
    }

    /**
     * "says Gordon Smith, vice president", "Elizabeth Biddlecombe asks if", "In 1981 Richard Feynman raised", "R.
     * De Nicola and F. Vaandrager": a name (one to three words, each with a capital and lower-case letters) with a
     * speech verb after it (or "has observed"), a speech verb or a title before it ("talks to", "a reply to"), a
     * role after a comma, an employer after "of", or an initial before it. Outside the title: a paper about a
     * person names them there ("David Bearman").
     */
    static boolean isQuotedPerson(CandidateTally.Entry e, String[] words, List<Sentence> sentences) {
        if (!isShortName(words)) {
            return false;
        }
        for (Occurrence o : e.occurrences) {
            Sentence s = sentences.get(o.sentence());
            List<Token> t = s.tokens();
            int from = tokenAt(s, o.from(), true);
            int to = tokenAt(s, o.to(), false);
            if (from < 0 || to < 0) {
                continue;
            }
            String next = to + 1 < t.size() ? lower(t.get(to + 1).text()) : "";
            String after = to + 2 < t.size() ? lower(t.get(to + 2).text()) : "";
            String prev = from > 0 ? lower(t.get(from - 1).text()) : "";
            String before = from > 1 ? lower(t.get(from - 2).text()) : "";
            if (SPEECH.contains(next) || BEFORE.contains(prev)
                    || (next.equals("has") || next.equals("had")) && SPOKEN.contains(after)
                    || prev.equals("to") && TO.contains(before)
                    || next.equals(",") && (ROLE.contains(after) || after.startsWith("ex-"))
                    || next.equals("of") && EMPLOYER.contains(after)
                    || from > 0 && isInitial(t.get(from - 1).text())
                    || from == 0 && o.sentence() > 0 && endsInInitial(sentences.get(o.sentence() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "University" of "the University of Kansas", "Beijing Institute" of "the Beijing Institute of Technology's
     * digital-driving project": a name (one to three capitalised words) the text writes only before "of" and a
     * capitalised word is the first piece of a longer name. Outside the title.
     */
    static boolean isNamePiece(CandidateTally.Entry e, String[] words, List<Sentence> sentences) {
        if (!isShortName(words) || e.occurrences.isEmpty()) {
            return false;
        }
        for (Occurrence o : e.occurrences) {
            Sentence s = sentences.get(o.sentence());
            List<Token> t = s.tokens();
            int to = tokenAt(s, o.to(), false);
            if (to < 0 || to + 2 >= t.size() || !t.get(to + 1).text().equals("of")
                    || !Character.isUpperCase(t.get(to + 2).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "(IEEE Trans. Automat. Contr., vol. 37, p. 332-41, Mar. 1992)", "(Lovelock, The ages of Gaia, Oxford
     * University Press, 1995)", "- part II: fabrication": a capitalised candidate written only inside brackets that
     * give a year, a volume or a page ("artificial life" is also written outside them), or a part of a series.
     */
    static boolean isReferencePiece(CandidateTally.Entry e, String shown, String text, List<Sentence> sentences) {
        if (PART.matcher(shown).matches()) {
            return true;
        }
        if (shown.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        for (Occurrence o : e.occurrences) {
            int start = sentences.get(o.sentence()).start() + o.from();
            int end = sentences.get(o.sentence()).start() + o.to();
            int open = openBracketBefore(text, start);
            if (open < 0) {
                return false;
            }
            int close = text.indexOf(')', end);
            String inside = text.substring(open, close < 0 || close - open > 2 * REFERENCE_REACH
                    ? Math.min(text.length(), end + REFERENCE_REACH) : close);
            if (!REFERENCE.matcher(inside).find()) {
                return false;
            }
        }
        return !e.occurrences.isEmpty();
    }

    /** The "(" open at {@code start}, at most {@link #REFERENCE_REACH} characters before it, or -1. */
    private static int openBracketBefore(String text, int start) {
        for (int i = start - 1; i >= 0 && i >= start - REFERENCE_REACH; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                return -1;
            }
            if (c == '(') {
                return i;
            }
        }
        return -1;
    }

    /** "nonempty bounded convex body Gamma", "space Omega", "Delta phi": a Greek letter's name ends it. */
    static boolean isSymbol(String[] words) {
        String last = words[words.length - 1];
        return GREEK.contains(lower(last)) && !(last.length() > 1 && last.equals(last.toUpperCase(Locale.ROOT)));
    }

    /**
     * "GHz", "MeV beam", "GHz mobile chip": a short word with a capital, letters only, that the text writes only
     * right after a number ("38 GHz", "1.8-GHz mobile chip", "50 MeV beams"), a year aside.
     */
    static boolean isUnit(String first, String text) {
        if (first.length() > 4 || first.chars().noneMatch(Character::isUpperCase)
                || !first.chars().allMatch(Character::isLetter) || first.length() < 2) {
            return false;
        }
        boolean any = false;
        for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
            int end = i + first.length();
            if (i > 0 && Character.isLetter(text.charAt(i - 1))
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            if (!afterNumber(text, i)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether a number (not a year) ends right before {@code i}, or before a space or a hyphen there. */
    private static boolean afterNumber(String text, int i) {
        int j = i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '-') ? i - 1 : i;
        int numberEnd = j;
        int digits = 0;
        while (j > 0 && (Character.isDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '.'
                || text.charAt(j - 1) == ',')) {
            j--;
            digits += Character.isDigit(text.charAt(j)) ? 1 : 0;
        }
        if (digits == 0 || j > 0 && Character.isLetter(text.charAt(j - 1))) {
            return false;
        }
        String number = text.substring(j, numberEnd);
        return !NameNumbers.isYear(number);
    }

    /** One to three {@linkplain #isNameWord name words}. */
    private static boolean isShortName(String[] words) {
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!isNameWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** A word of a name: a capital first, lower-case letters after it (a hyphen or a further capital allowed). */
    private static boolean isNameWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !Words.isAcronymLike(w)
                && w.chars().skip(1).anyMatch(Character::isLowerCase)
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    /** "R.", "J.": an initial. */
    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /** "... by R." before "De Nicola and F. Vaandrager": the sentence splitter ends a sentence at an initial. */
    private static boolean endsInInitial(Sentence s) {
        List<Token> t = s.tokens();
        int n = t.size();
        if (n >= 1 && isInitial(t.get(n - 1).text())) {
            return true;
        }
        return n >= 2 && t.get(n - 1).text().equals(".") && t.get(n - 2).text().length() == 1
                && Character.isUpperCase(t.get(n - 2).text().charAt(0)) && t.get(n - 2).end() == t.get(n - 1).start();
    }

    /** The token that starts (or ends) at character {@code at} of the sentence text, or -1. */
    static int tokenAt(Sentence s, int at, boolean starts) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if ((starts ? t.get(k).start() : t.get(k).end()) - s.start() == at) {
                return k;
            }
        }
        return -1;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
