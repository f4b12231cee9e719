package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the sentence or clause of a document that defines a term, by cues written around it:
 * <ul>
 *   <li>copula: "X is a ...", "X are ...", "X refers to ...", "X is defined as ...";</li>
 *   <li>apposition: "we present X, a ...", "X: the problem of ...";</li>
 *   <li>naming: "a ... model, called X, which ...", "we refer to the method as 'X'", "we call ... X",
 *       "we define X as ...";</li>
 *   <li>equivalence: "... as the reward signal, i.e. we use 'X'" and "X, i.e., a method that ...";</li>
 *   <li>anaphora: "... the field of X. This field involves ..." gives "X involves ...".</li>
 * </ul>
 * A definition found by a cue is continued with the next sentence when that sentence starts by referring back to
 * the definition's noun ("... is an open-source library ... . The library consists of ..."). Definitions are
 * trimmed to read well on a card: no leading "In this paper," or "Moreover,", a capital first letter, a final full
 * stop, at most {@value CardText#MAX_CHARS} characters. Stateless; thread-safe.
 */
final class DefinitionFinder {
    private static final Pattern COPULA = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:,[^,]{1,60},\\s*)?(?:is|are)\\s+(?:(?:a|an|the|one of)\\s|"
                    + "defined as\\s|called\\s)|^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:refers? to|denotes?|means)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:,|:|\\s?-{1,2}|\\s?\u2014)\\s*(a|an|our new|our proposed|one of the|the problem of)\\s",
            Pattern.CASE_INSENSITIVE);
    /** "X (cGANs), which allow ...", "X, or LoRA, which freezes ...". */
    private static final Pattern WHICH_AFTER = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:,\\s*or\\s+[^,\\s]{2,12}\\s*)?,\\s*which\\s+(?=\\p{Ll})");
    private static final Pattern CALLED_BEFORE = Pattern.compile(
            "^.*(?:^|[\\s,])(a|an|the)\\s+([^,;:()]{3,120}?),?\\s*(?:called|named|dubbed|termed|coined)\\s*['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);
    /** "we refer to the method as '", "we formally define the problem of ", "we call it ": the term comes next. */
    private static final Pattern NAMING = Pattern.compile(
            "\\b(?:we|they|researchers|authors)\\s+(?:\\w+ly\\s+)?(?:refer to|call|define|name|term|denote)\\b"
                    + "(?:[^.;]{0,60}?\\bas)?\\s*(?:(?:the|a|an)\\s+(?:problem|task|notion|concept|idea|setting)\\s+of\\s+)?"
                    + "(?:it|this|them)?\\s*['\"\u2018\u201c]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** "... using the preference model as the reward signal, i.e. we use '": the term comes next. */
    private static final Pattern IE_BEFORE = Pattern.compile(
            "\\b(?:i\\.\\s?e\\.|that is),?\\s+(?:we\\s+(?:use|call|get|obtain)\\s+)?['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);
    /** "X, i.e., a method that ...". */
    private static final Pattern IE_AFTER = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?,\\s*(?:i\\.\\s?e\\.|that is),?\\s+(a|an)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_BEFORE = Pattern.compile("\\b(?:the|a|an)\\s+([a-z]+)\\s+of\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_NOUN = Pattern.compile("^(?:This|These)\\s+([a-z]+)\\s+");
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^(?:[^,]{0,40},\\s*)?(?:the|this|these|such)\\s+([a-z]+)\\b", Pattern.CASE_INSENSITIVE);

    /** A definition and the sentence it came from. */
    record Found(String text, int sentence) {
    }

    /**
     * The definition of the term occurring at {@code occurrences} (sentence index and character span within the
     * sentence, in document order), or {@code null} when no cue defines it.
     *
     * @param shown the term as a card shows it
     */
    Found find(List<Sentence> sentences, List<Occurrence> occurrences, String shown) {
        for (Occurrence o : occurrences) {
            if (!o.whole()) {
                continue;
            }
            Sentence s = sentences.get(o.sentence());
            String before = s.text().substring(0, o.from());
            String after = s.text().substring(o.to());
            String written = s.text().substring(o.from(), o.to());
            String def = copula(before, after, written);
            String genus = def != null ? after : null;
            if (def == null) {
                Matcher m = APPOSITION.matcher(after);
                if (m.find() && !isMainClause(s, o.to() + m.start(1)) && !isListItem(after.substring(m.start(1)))) {
                    String clause = firstClause(after.substring(m.start(1)));
                    String article = m.group(1).toLowerCase(Locale.ROOT);
                    if (article.startsWith("our")) {
                        clause = "a " + clause.substring(4).stripLeading();
                    }
                    def = CardText.capitalize(written) + " " + verb(written) + " " + clause;
                    genus = clause;
                }
            }
            if (def == null && endsWithNamingVerb(before)) {
                Matcher m = CALLED_BEFORE.matcher(before);
                if (m.find()) {
                    String rest = after.replaceFirst("^['\"\u2019\u201d]", "");
                    String relative = rest.startsWith(", which ") ? rest.substring(1) : "";
                    def = CardText.capitalize(written) + " " + verb(written) + " " + m.group(1).toLowerCase(Locale.ROOT) + " "
                            + m.group(2).strip() + (relative.isEmpty() ? "" : "," + relative);
                    genus = m.group(2);
                }
            }
            if (def == null) {
                Matcher m = WHICH_AFTER.matcher(after);
                if (m.find() && isVerbAt(s, o.to() + m.end()) && !afterPreposition(s, o.from())) {
                    def = CardText.capitalize(written) + " " + firstClause(after.substring(m.end()));
                    genus = after.substring(m.end());
                }
            }
            if (def == null && mayName(before) && NAMING.matcher(before).find()) {
                def = CardText.stripIntro(s.text());
            }
            if (def == null && (before.contains("i.e") || before.contains("that is"))
                    && IE_BEFORE.matcher(before).find()) {
                def = CardText.stripIntro(s.text());
            }
            if (def == null && (after.contains("i.e") || after.contains("that is"))) {
                Matcher m = IE_AFTER.matcher(after);
                if (m.find() && !isListItem(after.substring(m.start(1)))) {
                    String clause = firstClause(after.substring(m.start(1)));
                    def = CardText.capitalize(written) + " " + verb(written) + " " + clause;
                    genus = clause;
                }
            }
            if (def == null) {
                def = anaphora(sentences, o, before, written);
            }
            if (def != null) {
                def = continued(sentences, o.sentence(), CardText.finish(def), genus);
                return new Found(def, o.sentence());
            }
        }
        return null;
    }

    private static String copula(String before, String after, String written) {
        String lead = CardText.stripIntro(before).strip();
        if (!(lead.isEmpty() || lead.equalsIgnoreCase("the") || lead.equalsIgnoreCase("a")
                || lead.equalsIgnoreCase("an"))) {
            return null;
        }
        if (!COPULA.matcher(after).find()) {
            return null;
        }
        return CardText.capitalize((lead.isEmpty() ? "" : lead + " ") + written + after);
    }

    /**
     * Whether the words from {@code offset} (in the sentence) form a main clause ("..., an important property is
     * ...") rather than an apposition ("..., a dataset comprising ..."): a finite verb before the next comma or
     * relative pronoun.
     */
    private static boolean isMainClause(Sentence s, int offset) {
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
            // "stochastic objective/VERB functions": a "verb" right before a noun is a mis-tagged modifier.
            boolean finiteVerb = t.is("VERB") && previous != null && (previous.isNoun() || previous.is("PRON"))
                    && !(w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en"))
                    && (next == null || !(next.isNoun() || next.is("ADJ")));
            if (t.is("AUX") || finiteVerb) {
                return true;
            }
            previous = t;
        }
        return false;
    }

    /**
     * "rank-deficiency in X, which ...", "brightness of all X, which ...": after a preposition (and its determiners),
     * "which" may refer to the phrase before.
     */
    private static boolean afterPreposition(Sentence s, int offset) {
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

    /** Cheap test before the costly pattern: the text ends with "called", "named", ... (and maybe a quote). */
    private static boolean endsWithNamingVerb(String before) {
        String b = before.stripTrailing();
        while (!b.isEmpty() && "'\"\u2018\u201c".indexOf(b.charAt(b.length() - 1)) >= 0) {
            b = b.substring(0, b.length() - 1).stripTrailing();
        }
        return b.endsWith("called") || b.endsWith("named") || b.endsWith("dubbed") || b.endsWith("termed")
                || b.endsWith("coined");
    }

    /** Cheap test before the costly pattern: a naming verb occurs before the term at all. */
    private static boolean mayName(String before) {
        String b = before.toLowerCase(Locale.ROOT);
        return b.contains("refer") || b.contains("call") || b.contains("defin") || b.contains("name")
                || b.contains("term") || b.contains("denot");
    }

    /** Whether the token at {@code offset} in the sentence is a verb ("which allow": a subject relative clause). */
    private static boolean isVerbAt(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() - s.start() >= offset) {
                return t.is("VERB", "AUX");
            }
        }
        return false;
    }

    /** "fewer trainable parameters, a higher training throughput, and ...": items of a list, not an apposition. */
    private static boolean isListItem(String clause) {
        int comma = clause.indexOf(',');
        return comma > 0 && clause.substring(comma + 1).stripLeading().matches("(?s)(and|or)\\b.*");
    }

    /** "... the field of X. This field involves ..." */
    private static String anaphora(List<Sentence> sentences, Occurrence o, String before, String written) {
        if (o.sentence() + 1 >= sentences.size()) {
            return null;
        }
        Matcher of = OF_BEFORE.matcher(before);
        if (!before.stripTrailing().endsWith(" of") || !of.find()) {
            return null;
        }
        String next = sentences.get(o.sentence() + 1).text();
        Matcher m = THIS_NOUN.matcher(next);
        if (!m.find() || !m.group(1).equalsIgnoreCase(of.group(1))) {
            return null;
        }
        return CardText.capitalize(written) + " " + next.substring(m.end());
    }

    /** The definition followed by the next sentence when that one refers back to the definition's noun. */
    private static String continued(List<Sentence> sentences, int index, String def, String genus) {
        if (genus == null || index + 1 >= sentences.size()) {
            return def;
        }
        String next = sentences.get(index + 1).text().strip();
        Matcher m = REFERS_BACK.matcher(next);
        if (!m.find()) {
            return def;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        String genusWords = " " + genus.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
        boolean refers = noun.length() > 2 && (genusWords.contains(" " + noun + " ")
                || noun.endsWith("s") && genusWords.contains(" " + noun.substring(0, noun.length() - 1) + " "));
        String joined = def + " " + CardText.finish(next);
        return refers && joined.length() <= CardText.MAX_CHARS ? joined : def;
    }

    private static String firstClause(String s) {
        int end = s.length();
        for (String stop : new String[] {"; ", " -- ", " \u2014 "}) {
            int i = s.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return s.substring(0, end).strip();
    }

    private static String verb(String written) {
        String w = written.strip();
        return w.endsWith("s") && !Words.isAcronymLike(w) && !w.endsWith("ss") && Character.isLowerCase(
                w.charAt(0)) ? "are" : "is";
    }

}
