package dev.termdeck.extract.en;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naming cues of {@link DefinitionFinder}: a term the text names after its kind ("a ... model, called X, which
 * ...", "a benchmark termed X with ...", "We introduce a novel framework X designed to ...", "a method ..., which we
 * call X", "We introduce X, a Long Name Testbed that ..."), one it defines ("we define X as ..."), and a naming
 * sentence that only names ("we formally define the problem of X", "we refer to the method as X"). Stateless;
 * thread-safe.
 */
final class NamingCues {
    private static final Pattern CALLED_BEFORE = Pattern.compile(
            "^.*(?:^|[\\s,])(a|an|the|our)\\s+([^,;:()]{3,120}?),?\\s*(?:called|named|dubbed|termed|coined)(?:\\s+as)?\\s*"
                    + "['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);
    /** What may follow a named term and still describe its kind: "a benchmark termed X with 400 questions". */
    private static final Pattern NAMED_REST = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:which|that|with|for|to\\s+(?!the\\b|a\\b|an\\b|this\\b|our\\b|their\\b|its\\b)[a-z]+\\b|"
                    + "designed|consisting|comprising|containing|built|trained|based on)\\b");
    /** "We introduce CostNav, a ": a name the text introduces and the article of its apposition. */
    private static final Pattern NAME_THEN_KIND = Pattern.compile(
            "\\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|release|releases)\\s+"
                    + "[\\p{Lu}\\d][^\\s,]{1,30},\\s+an?\\s$");
    /**
     * "We introduce a novel framework ": a kind the text introduces, with the name right after it and no "called"
     * ("We introduce a novel framework VeriPPA designed to optimize PPA ...").
     */
    private static final Pattern KIND_THEN_NAME = Pattern.compile(
            "\\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|release|"
                    + "releases)\\s+(a|an)\\s+((?:[\\w-]+\\s+){0,4}?(?:framework|method|model|approach|benchmark|dataset|"
                    + "system|algorithm|architecture|module|pipeline|paradigm|technique|strategy|metric|mechanism|"
                    + "network|toolkit|library|agent))\\s+$", Pattern.CASE_INSENSITIVE);
    /** A name: one word with a capital or a digit after its first letter ("VeriPPA", "DMZ", "FlowSeek"). */
    private static final Pattern ONE_WORD_NAME = Pattern.compile("\\p{Lu}[\\w.+-]*(?:\\p{Lu}|\\d)[\\w.+-]*");
    /** "Our dataset, dubbed X (AND), consists of ...": the name's own verb says what the thing holds. */
    private static final Pattern NAMED_HOLDS = Pattern.compile("^\\s*,?\\s*(?:consists of|comprises|contains|is composed of)\\s");
    /** A short form in brackets right after the name. */
    private static final Pattern SHORT_FORM_AFTER = Pattern.compile("^\\s*\\([^()]{1,40}\\)");
    /** "a simple method that ..., which we call '": the term comes next and the kind is before. */
    private static final Pattern WE_CALL = Pattern.compile(
            "(?:^|[\\s,])(a|an)\\s+([^;:()]{3,200}?),?\\s+(?:which|that)\\s+we\\s+(?:call|term|dub|name|refer to as)\\s*"
                    + "['\"\u2018\u201c]?$", Pattern.CASE_INSENSITIVE);
    /** "we refer to the method as '", "we formally define the problem of ", "we call it ": the term comes next. */
    private static final Pattern NAMES_ONLY = Pattern.compile(
            "\\b(?:we|they|researchers|authors)\\s+(?:\\w+ly\\s+)?(?:refer to|call|define|name|term|denote)\\b"
                    + "(?:[^.;]{0,60}?\\bas)?\\s*(?:(?:the|a|an)\\s+(?:problem|task|notion|concept|idea|setting)\\s+of\\s+)?"
                    + "(?:it|this|them)?\\s*['\"\u2018\u201c]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** "we define X as": the definition follows. */
    private static final Pattern DEFINE_BEFORE = Pattern.compile("\\bwe\\s+(?:\\w+ly\\s+)?define\\s+['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_AFTER = Pattern.compile("^\\s*['\"\u2019\u201d]?\\s*(?:\\([^)]{1,40}\\)\\s*)?as\\s+(?!well\\b|follows\\b)",
            Pattern.CASE_INSENSITIVE);

    private NamingCues() {
    }

    /**
     * The cue of the first naming pattern around the term, {@link Cue#UNWORTHY} for a naming that gives nothing to
     * show, or {@code null} when no naming cue applies.
     *
     * @param before  the sentence before the term
     * @param after   the sentence after the term
     * @param written the term as the sentence writes it
     * @param subject "X is " / "Xs are ", the start of a definition of the term
     */
    static Cue naming(String before, String after, String written, Supplier<String> subject) {
        Cue c = calledBefore(before, after, subject);
        c = c != null ? c : kindThenName(before, after, written, subject);
        c = c != null ? c : weCall(before, subject);
        c = c != null ? c : longNameAsKind(before, after, written, subject);
        c = c != null ? c : definedAs(before, after, subject);
        c = c != null ? c : namesOnly(before);
        return c;
    }

    /** "a ... model, called X, which ...": the kind before a naming verb, and what follows the name. */
    private static Cue calledBefore(String before, String after, Supplier<String> subject) {
        if (Clauses.endsWithNamingVerb(before)) {
            Matcher m = CALLED_BEFORE.matcher(before);
            if (m.find()) {
                String tail = SHORT_FORM_AFTER.matcher(after.replaceFirst("^['\"\u2019\u201d]", "")).replaceFirst("");
                String more = NAMED_REST.matcher(tail).lookingAt() ? tail.replaceFirst("^\\s*,?", "").strip()
                        : NAMED_HOLDS.matcher(tail).lookingAt() ? "that " + tail.replaceFirst("^\\s*,?", "").strip()
                        : "";
                String article = m.group(1).toLowerCase(Locale.ROOT);
                if (article.equals("our")) {
                    // "Our dataset, dubbed X, ...": X is a dataset.
                    article = m.group(2).strip().matches("(?i)[aeiou].*") ? "an" : "a";
                }
                String kind = article + " " + m.group(2).strip();
                String predicate = kind + (more.isEmpty() ? "" : (more.startsWith("which") ? ", " : " ") + more);
                return DefinitionText.defines(predicate) ? new Cue(subject.get() + predicate, m.group(2))
                        : Cue.UNWORTHY;
            }
        }
        return null;
    }

    /** "We introduce a novel framework VeriPPA designed to ...": a one-word name right after its kind. */
    private static Cue kindThenName(String before, String after, String written, Supplier<String> subject) {
        if (ONE_WORD_NAME.matcher(written).matches() && NAMED_REST.matcher(after).lookingAt()) {
            // "We introduce a novel framework VeriPPA designed to optimize PPA and generate Verilog code using LLMs."
            Matcher m = KIND_THEN_NAME.matcher(before);
            if (m.find()) {
                String more = after.replaceFirst("^\\s*,?", "").strip();
                String predicate = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).strip()
                        + (more.startsWith("which") ? ", " : " ") + more;
                return DefinitionText.defines(predicate) ? new Cue(subject.get() + predicate, m.group(2))
                        : Cue.UNWORTHY;
            }
        }
        return null;
    }

    /** "a method ..., which we call X": the kind the text names. */
    private static Cue weCall(String before, Supplier<String> subject) {
        if (before.contains("we") && (before.contains("call") || before.contains("term")
                || before.contains("dub") || before.contains("name") || before.contains("refer"))) {
            Matcher m = WE_CALL.matcher(before);
            if (m.find()) {
                return DefinitionText.defines(m.group(1) + " " + m.group(2))
                        ? new Cue(subject.get() + m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).strip(),
                                m.group(2))
                        : Cue.UNWORTHY;
            }
        }
        return null;
    }

    /** "We introduce CostNav, a Micro-Navigation Economic Testbed that ...": a long name, its last word the kind. */
    private static Cue longNameAsKind(String before, String after, String written, Supplier<String> subject) {
        if ((before.endsWith(" a ") || before.endsWith(" an ")) && NAME_THEN_KIND.matcher(before).find()
                && Clauses.isTitleCase(written) && written.indexOf(' ') > 0) {
            // "We introduce CostNav, a Micro-Navigation Economic Testbed that evaluates ...": the long name in the
            // apposition is the kind, and its last word says what it is.
            if (NAMED_REST.matcher(after).lookingAt()) {
                String head = written.substring(written.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                String article = head.matches("[aeiou].*") ? "an" : "a";
                String more = after.replaceFirst("^\\s*,?", "").strip();
                String predicate = article + " " + head + (more.startsWith("which") ? ", " : " ") + more;
                return DefinitionText.defines(predicate) ? new Cue(subject.get() + predicate, head) : null;
            }
        }
        return null;
    }

    /** "we define X as ...". */
    private static Cue definedAs(String before, String after, Supplier<String> subject) {
        if (before.contains("define") && DEFINE_BEFORE.matcher(before).find()) {
            Matcher m = AS_AFTER.matcher(after);
            if (m.lookingAt()) {
                return new Cue(subject.get() + after.substring(m.end()), after.substring(m.end()));
            }
        }
        return null;
    }

    /** "we formally define the problem of X": a naming that only names. */
    private static Cue namesOnly(String before) {
        if (Clauses.mayName(before) && NAMES_ONLY.matcher(before).find()) {
            // "we formally define the problem of X", "we refer to the method as 'X'": a term, but no definition.
            return Cue.UNWORTHY;
        }
        return null;
    }
}
