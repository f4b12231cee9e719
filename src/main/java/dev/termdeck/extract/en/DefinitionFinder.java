package dev.termdeck.extract.en;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the sentence or clause of a document that defines a term, by cues written around it:
 * <ul>
 *   <li>copula with the term as its subject: "X is a ...", "X (SF) is a ...", "X are Ys that ...", "X refers to ...",
 *       "X is defined as ...";</li>
 *   <li>apposition: "we present X, a ...", "SF (X), a ...", "X: the problem of ...";</li>
 *   <li>naming: "a ... model, called X, which ...", "a benchmark termed X with ...", "a method ..., which we call X",
 *       "we define X as ...";</li>
 *   <li>a subject relative when the term is being introduced: "X (cGANs), which allow ...", "we propose X, which
 *       ...";</li>
 *   <li>equivalence: "... as the reward signal, i.e. we use 'X'" and "X, i.e., a method that ...";</li>
 *   <li>anaphora: "... the field of X. This field involves ..." gives "X involves ...".</li>
 * </ul>
 * Never a definition: a question, an item of a numbered list, a title before its colon, a predicate that praises
 * rather than defines or names a bare kind ({@link DefinitionText#defines}), a naming sentence that only names ("we
 * formally define the problem of X", "we refer to the method as X"), a relative clause about a term that is not being
 * introduced ("... or intensity, which limits their ability ..."). A definition found by a cue is continued with the
 * next sentence when that sentence starts by referring back to the definition's noun ("... is an open-source library
 * ... . The library consists of ..."), unless the definition is already {@value Continuation#SAYS_ENOUGH} characters or more.
 * Definitions are cleaned and trimmed to read well on a card ({@link DefinitionCleaner#clean}, {@link CardText#finish}).
 * Stateless; thread-safe.
 */
final class DefinitionFinder {
    /** A long form of capitalised words: "Referring Video Object Segmentation". */
    private static final Pattern LONG_FORM = Pattern.compile("\\p{Lu}[\\w-]*(?:\\s+(?:\\p{Lu}[\\w-]*|of|for|and|in|on|to)){1,7}");
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
    /** A capitalised word and "and" before the term: "Adaptive Rollout and " of a longer name. */
    private static final Pattern NAME_AND_BEFORE = Pattern.compile("(?<![\\w-])((?:\\p{Lu}[\\w-]*\\s+){1,6})(?:and|&)\\s+$");
    /** The short form in brackets after the term. */
    private static final Pattern SHORT_FORM_NEXT = Pattern.compile("^\\s*\\(([\\p{L}\\d][^()\\s]{1,14})\\)");
    /** An item of a numbered list: "(1) X builds ...", "(ii) a unified radix-tree index ...". */
    private static final Pattern ITEM_MARK = Pattern.compile("(?:^|[\\s:;,])\\(?(?:[1-9]|i{1,3}|iv|v|[a-e])\\)\\s");

    /**
     * A definition and the sentence it came from; or, with {@code text} {@code null}, a cue that treats the phrase as
     * a term ("Dropout is a technique for addressing this problem") but gives nothing worth showing as its definition.
     */
    record Found(String text, int sentence) {
        /** Whether there is a definition to show. */
        boolean shown() {
            return text != null;
        }
    }

    /**
     * The definition of the term occurring at {@code occurrences} (sentence index and character span within the
     * sentence, in document order), or {@code null} when no cue defines it.
     *
     * @param shown the term as a card shows it (singular)
     * @param known whether the dictionary defines the term: then a relative clause about it is taken for the
     *              paper's use of it, not a definition ("the variational autoencoder (VAE), which adopts ...")
     */
    Found find(List<Sentence> sentences, List<Occurrence> occurrences, String shown, boolean known) {
        Found evidence = null;
        for (Occurrence o : occurrences) {
            if (!o.whole()) {
                continue;
            }
            Sentence s = sentences.get(o.sentence());
            String before = s.text().substring(0, o.from());
            if (s.text().strip().endsWith("?") || before.indexOf(')') >= 0 && ITEM_MARK.matcher(before).find()
                    || Clauses.continuesAName(before) || endsWithJoinerAndSpace(before)
                            && endOfALongerName(before, s.text().substring(o.to()), s.text().substring(o.from(), o.to()))) {
                continue;
            }
            Cue cue = cue(sentences, s, o, shown, known);
            if (cue == Cue.UNWORTHY) {
                evidence = evidence != null ? evidence : new Found(null, o.sentence());
                continue;
            }
            String cleaned = cue == null ? null : DefinitionCleaner.clean(cue.text());
            String def = cue == null ? null : DefinitionCleaner.withoutCountingTail(cleaned);
            // A count of unnamed parts was cut off: what is left of its clause may say nothing.
            boolean countCut = def != null && !def.startsWith(cleaned);
            if (cue != null && def == null) {
                evidence = evidence != null ? evidence : new Found(null, o.sentence());
                continue;
            }
            if (cue != null) {
                String written = s.text().substring(o.from(), o.to());
                def = CardText.finish(withoutCircularParts(def, written));
                String shownDef = Continuation.continued(sentences, o.sentence(), def, cue.genus(), written, false);
                if (DefinitionText.onlyNewKind(shownDef, countCut)) {
                    // "FlowSeek is a novel framework for optical flow requiring minimal hardware resources for
                    // training. FlowSeek marries ...": the next sentence about the term says what the kind did not.
                    shownDef = Continuation.continued(sentences, o.sentence(), def, cue.genus(), written, true);
                }
                if (DefinitionText.onlyNewKind(shownDef, countCut) || known && DefinitionText.onlyKind(shownDef)) {
                    // "FLoE is a novel PEFT framework.": a term, but nothing to show.
                    evidence = evidence != null ? evidence : new Found(null, o.sentence());
                    continue;
                }
                return new Found(shownDef, o.sentence());
            }
        }
        return evidence;
    }

    private Cue cue(List<Sentence> sentences, Sentence s, Occurrence o, String shown, boolean known) {
        String before = s.text().substring(0, o.from());
        String after = s.text().substring(o.to());
        String written = s.text().substring(o.from(), o.to());
        // "X is " / "Xs are ", before a predicate the cue supplies; made only when a cue needs it.
        java.util.function.Supplier<String> subject = () -> CardText.capitalize(written) + " " + verb(written, shown)
                + " ";
        // "we propose ASMS (Adaptive Social Metaverse Streaming), a novel streaming system ...": the long form in
        // brackets after its short form stands where the term does.
        String outer = before;
        String rest = after;
        if (before.stripTrailing().endsWith("(") && after.startsWith(")")) {
            int open = before.lastIndexOf('(');
            outer = before.substring(0, open).replaceFirst("\\S+\\s*$", "");
            rest = after.substring(1);
        }
        Cue c = CopulaCues.copula(before, after, written);
        if (c == null) {
            c = CopulaCues.pluralCopula(before, after, written);
        }
        if (c == null) {
            c = CopulaCues.apposition(s, o, outer, rest, subject, known);
        }
        if (c == null) {
            c = NamingCues.naming(before, after, written, subject);
        }
        if (c == null) {
            c = RelativeClauseCue.whichAfter(s, o, before, after, written, known);
        }
        if (c == null && (before.contains("i.e") || before.contains("that is")) && IE_BEFORE.matcher(before).find()
                && !inBracketsOrList(before, after)) {
            c = new Cue(CardText.stripIntro(s.text()), null);
        }
        if (c == null && (after.contains("i.e") || after.contains("that is"))) {
            Matcher m = IE_AFTER.matcher(after);
            if (m.lookingAt() && !Clauses.isListItem(after.substring(m.start(1)))) {
                String clause = Clauses.firstClause(after.substring(m.start(1)));
                c = DefinitionText.defines(clause) ? new Cue(subject.get() + clause, clause) : Cue.UNWORTHY;
            }
        }
        if (c == null) {
            c = CopulaCues.purpose(s, o, before, after, written, known);
        }
        if (c == null && before.stripTrailing().endsWith("(") && after.startsWith(")")) {
            // "Referring Video Object Segmentation (RVOS) aims to segment ...": the short form after the long form
            // that opens the sentence.
            String longForm = CardText.stripIntro(before.substring(0, before.lastIndexOf('('))).strip();
            if (LONG_FORM.matcher(longForm).matches() && CardText.isOnlyIntro(
                    before.substring(0, before.lastIndexOf('(')).replace(longForm, ""))) {
                c = CopulaCues.purpose(s, o, "", after.substring(1), longForm + " (" + written + ")", known);
            }
        }
        if (c == null) {
            String def = anaphora(sentences, o, before, written);
            c = def == null ? null : new Cue(def, null);
        }
        return c;
    }

    /**
     * The definition without a tail that says the thing is made of itself ("WinMamba is a novel Mamba-based 3D
     * feature-encoding backbone composed of stacked WinMamba blocks." gives "... backbone."): the parts named after
     * the term explain nothing.
     */
    static String withoutCircularParts(String def, String written) {
        if (!(def.contains("composed of") || def.contains("consisting of") || def.contains("made up of")
                || def.contains("built from") || def.contains("comprising"))) {
            // The pattern, compiled per term, needs one of these words.
            return def;
        }
        Matcher m = Pattern.compile("(?:,\\s*|\\s+)(?:composed of|consisting of|made up of|built from|comprising)\\s+[^,;.]*?"
                + "(?<![\\w-])" + Pattern.quote(written) + "(?![\\w-])[^,;.]*[.]?\\s*$").matcher(def);
        return m.find() && m.start() > written.length() + 10 ? def.substring(0, m.start()) + "." : def;
    }

    /**
     * Whether the term is the end of a longer name joined by "and" whose short form follows: in "we propose Adaptive
     * Rollout and Response Reuse Policy Optimization (AR3PO), a ..." the apposition defines AR3PO, not "Response Reuse
     * Policy Optimization" (the short form does not start as the term does, but as the name before "and").
     */
    static boolean endOfALongerName(String before, String after, String written) {
        if (!endsWithJoinerAndSpace(before)) {
            // Asked of every occurrence: the pattern is searched only where its end ("and " or "& ") can match.
            return false;
        }
        Matcher and = NAME_AND_BEFORE.matcher(before);
        Matcher sf = SHORT_FORM_NEXT.matcher(after);
        if (!and.find() || !sf.lookingAt() || written.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(sf.group(1).charAt(0));
        return first != Character.toLowerCase(written.charAt(0))
                && first == Character.toLowerCase(and.group(1).charAt(0));
    }

    /**
     * Whether {@code before} can end as {@link #NAME_AND_BEFORE} needs: "and" or "&amp;", then {@code \\s+} (and
     * perhaps the line terminator that {@code $} may stand before).
     */
    private static boolean endsWithJoinerAndSpace(String before) {
        int end = before.length();
        while (end > 0 && isSpaceOrLineEnd(before.charAt(end - 1))) {
            end--;
        }
        return end < before.length() && (before.startsWith("and", end - 3) || before.startsWith("&", end - 1));
    }

    /** The regular expression's {@code \\s}, or a line terminator. */
    private static boolean isSpaceOrLineEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /**
     * "foundation models (i.e., DINO, SAM, CLIP)": the term is an example inside brackets or an item of a list after
     * "i.e.", not what the sentence says it is.
     */
    private static boolean inBracketsOrList(String before, String after) {
        return before.lastIndexOf('(') > before.lastIndexOf(')') || after.matches("(?s)^\\s*['\"\u2019\u201d]?\\s*,\\s*\\S.*")
                && !after.matches("(?s)^\\s*['\"\u2019\u201d]?\\s*,\\s*(?:which|that|a|an)\\b.*");
    }

    /** "... the field of X. This field involves ..." */
    private static String anaphora(List<Sentence> sentences, Occurrence o, String before, String written) {
        if (o.sentence() + 1 >= sentences.size()) {
            return null;
        }
        if (!before.stripTrailing().endsWith(" of")) {
            return null;
        }
        Matcher of = OF_BEFORE.matcher(before);
        if (!of.find()) {
            return null;
        }
        String next = sentences.get(o.sentence() + 1).text();
        Matcher m = THIS_NOUN.matcher(next);
        if (!m.lookingAt() || !m.group(1).equalsIgnoreCase(of.group(1))) {
            return null;
        }
        return CardText.capitalize(written) + " " + next.substring(m.end());
    }


    /** "is" or "are" for the term as written: plural when written as the plural of its singular shown form. */
    private static String verb(String written, String shown) {
        String w = written.strip();
        if (shown != null && !w.equalsIgnoreCase(shown.strip())) {
            return w.endsWith("s") ? "are" : "is";
        }
        return "is";
    }

}
