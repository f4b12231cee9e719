package dev.termdeck.extract.en;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues that say what a term is with the term as the subject or the head: a copula ("X is a ...", "X (SF) is a
 * ...", "X are Ys that ...", "X refers to ...") and an apposition ("we present X, a ...", "X, the first ... designed for
 * ...", "X: the problem of ..."); a subject relative clause of a term the text introduces ("X (cGANs), which allow
 * ...", "we propose X, which ...") is {@link RelativeClauseCue}'s. Stateless; thread-safe.
 */
final class CopulaCues {
    private static final Pattern COPULA = Pattern.compile(
            "^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*){0,2}(?:,[^,]{1,60},\\s*)?(?:is|are)\\s+(?:(?:a|an|the|one of)\\s|"
                    + "defined as\\s|called\\s)|^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:refers? to|denotes?|means)\\s",
            Pattern.CASE_INSENSITIVE);
    /** "X are a class of ...": the kinds a plural subject may be one of ("Actions are a minimal condition" is not). */
    private static final Pattern PLURAL_KIND = Pattern.compile(
            "^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*){0,2}are\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:class|family|type|kind|"
                    + "form|set|group|category|variant|collection|subset|subclass|branch|suite|series)\\s+of\\b",
            Pattern.CASE_INSENSITIVE);
    /** A setting before the subject: "In manufacturing, capacity planning is the process of ...". */
    private static final Pattern SETTING = Pattern.compile(
            "^(?:In|Within|For|Among|Across)\\s+(?:[\\w-]+\\s+){0,4}?[\\w-]+,\\s*(?:(?:the|a|an)\\s*)?$");
    /** "X aims to ...", "X (CoVR) retrieves a target video given ...": what the term does, as its sentence opens. */
    private static final Pattern PURPOSE = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:aims?|seeks?|attempts?|strives?) to\\s|^\\s*(?:\\([^)]{1,40}\\)\\s*)?"
                    + "(?:is|are) (?:designed|used|concerned|intended) (?:to|with)\\s");
    /** "X is used to ...": the use a paper makes of X, never what X is. */
    private static final Pattern PAPERS_USE = Pattern.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:is|are) used to\\s");
    /** "The" right before the term: the paper's own one ("The control valve is designed to ..."). */
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?:^|\\s)the\\s*$");
    private static final Pattern SHORT_FORM_THEN_VERB = Pattern.compile(
            "^\\s*\\(\\s*[^()\\s]{2,12}\\s*\\)\\s+([a-z]+s)\\s(?:(a|an|the|each|its|their|one|multiple)\\s)?");
    /** Verbs that report results or troubles, not what a thing does. */
    private static final Pattern NOT_WHAT_IT_DOES = Pattern.compile(
            "^(?:has|is|was|does|remains|suffers|lacks|fails|struggles|poses|raises|faces|achieves|outperforms|shows|"
                    + "demonstrates|yields|obtains|reaches|surpasses|attains|exhibits|improves|reduces|increases|"
                    + "boosts|enhances|requires|needs|relies|depends|plays|holds|offers|provides|becomes|seems|appears|"
                    + "emerges|continues|gains|receives|attracts|draws|makes|leads|results|causes|helps|allows|enables|"
                    + "contains|includes|consists|comprises|covers|spans|uses|employs|adopts|incurs|underperforms)$");

    /** "X are generative models that ...": a plural kind without an article, and a differentia after it. */
    private static final Pattern PLURAL_COPULA = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?are\\s+((?:[\\w-]+\\s+){0,4}?[\\w-]+s)\\s+(?:that|which|trained|designed|"
                    + "built|used|capable|able|consisting|composed)\\b");
    /** The sentence opens with a phrase that the term ends: what follows its comma is the main clause. */
    private static final Pattern OPENING_PHRASE = Pattern.compile("^(?:For|In|On|At|With|From|Under|Within|Across|"
            + "Among|During|After|Before|Given|Unlike|Like|Beyond|Despite|Through|Compared (?:to|with))\\s[^,]*$");
    private static final Pattern APPOSITION = Pattern.compile(
            "^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*){0,2}(,|:|\\s?-{1,2}|\\s?\u2014)\\s*(a|an|our new|our proposed|"
                    + "one of the|the problem of|the first)\\s",
            Pattern.CASE_INSENSITIVE);
    /** "we propose X, which ...": the term is the object of a verb that introduces it. */
    static final Pattern INTRODUCED = Pattern.compile(
            "\\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|build|builds|"
                    + "release|releases|construct|constructs|curate|curates|create|creates|devise|devises|offer|offers)"
                    + "\\s+(?:(?:a|an|the|our|new|novel)\\s+){0,2}['\"\u2018\u201c]?$", Pattern.CASE_INSENSITIVE);

    // Compiled once (String.matches, replaceFirst and split compile their pattern at each call).
    private static final Pattern COPULA_VERB_LEAD = Pattern.compile("^[}$]*\\s*(?:\\([^)]{1,40}\\)\\s*){0,2}"
            + "(?:,[^,]{1,60},\\s*)?(?:is|are)\\s+");
    private static final Pattern ENDS_ARE_AN = Pattern.compile("(?s).*\\bare\\s+an?\\s$");
    private static final Pattern ENDS_ARTICLE = Pattern.compile("(?s).*\\b(?:a|an|the|one of)\\s$");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    private CopulaCues() {
    }

    /** "X is a ...", "X (SF) is the process of ...", "X refers to ...": the term opens the sentence. */
    static Cue copula(String before, String after, String written) {
        if ("(,iIaArRdDmM".indexOf(firstAfterLead(after)) < 0) {
            // Asked of every occurrence: what COPULA needs first (a bracket, a comma, "is", "are", "refers", "denotes",
            // "means") is checked before a matcher is made.
            return null;
        }
        // lookingAt, not find: every branch is anchored at the start, and find would try both at each character.
        Matcher m = COPULA.matcher(after);
        if (!m.lookingAt()) {
            return null;
        }
        String lead = withoutSetting(CardText.stripIntro(before).strip());
        if (!(lead.isEmpty() || lead.equalsIgnoreCase("the") || lead.equalsIgnoreCase("a")
                || lead.equalsIgnoreCase("an"))) {
            return null;
        }
        String predicate = after.substring(m.end()).strip();
        String kind = COPULA_VERB_LEAD.matcher(after.substring(m.start())).replaceFirst("");
        String cue = m.group().toLowerCase(Locale.ROOT);
        if (ENDS_ARE_AN.matcher(cue).matches() && !PLURAL_KIND.matcher(after).lookingAt()) {
            // "Actions are a minimal condition for ...": a plural is not one thing.
            return Cue.UNWORTHY;
        }
        if (ENDS_ARTICLE.matcher(cue).matches() && !DefinitionText.defines(kind)) {
            return Cue.UNWORTHY;
        }
        return new Cue(CardText.capitalize((lead.isEmpty() ? "" : lead + " ") + written + after), predicate);
    }

    /** The words before a subject without a setting that opens the sentence ("In manufacturing, the" gives "The"). */
    static String withoutSetting(String lead) {
        if (!SETTING.matcher(lead).lookingAt()) {
            return lead;
        }
        return CardText.capitalize(lead.substring(lead.indexOf(',') + 1).strip());
    }

    /**
     * "Equivariant representation learning aims to capture ...", "Composed Video Retrieval (CoVR) retrieves a target
     * video given ...": a sentence that opens with a term the dictionary does not define and says what it is for or
     * what it does (after its short form, a present verb that is not a verb of results or troubles).
     */
    static Cue purpose(Sentence s, Occurrence o, String before, String after, String written, boolean known) {
        if (known || !CardText.isOnlyIntro(before) && !before.strip().equalsIgnoreCase("the")) {
            return null;
        }
        boolean says = PURPOSE.matcher(after).lookingAt();
        if (says && (PAPERS_USE.matcher(after).lookingAt() || THE_BEFORE.matcher(before).find())) {
            // "The masks are used to encode the identity of each fruit ...", "The FEM analysis is used to obtain the
            // stress field ...", "The control valve is designed to operate over ...": what this paper does with it.
            return Cue.UNWORTHY;
        }
        if (!says) {
            Matcher m = SHORT_FORM_THEN_VERB.matcher(after);
            says = m.lookingAt() && !NOT_WHAT_IT_DOES.matcher(m.group(1)).lookingAt()
                    && (m.group(2) != null || Clauses.isVerbAt(s, o.to() + m.start(1)));
        }
        if (!says || SPACE_RUN.split(after.strip()).length < 6) {
            return null;
        }
        String lead = before.strip().isEmpty() ? "" : "The ";
        return new Cue(CardText.capitalize(lead + written + after), null);
    }

    /**
     * The first character of {@code after} past what COPULA and APPOSITION allow before their first element (closing
     * braces and dollar signs left by LaTeX cleaning, then white space), or a NUL character at the end: what either
     * pattern must see next.
     */
    static char firstAfterLead(String after) {
        int i = 0;
        while (i < after.length() && (after.charAt(i) == '}' || after.charAt(i) == '$')) {
            i++;
        }
        while (i < after.length() && isRegexSpace(after.charAt(i))) {
            i++;
        }
        return i < after.length() ? after.charAt(i) : '\0';
    }

    /** The regular expression's {@code \\s} (no UNICODE_CHARACTER_CLASS). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "X are generative models that ...". */
    static Cue pluralCopula(String before, String after, String written) {
        if (!written.endsWith("s") || !after.contains("are ")) {
            return null;
        }
        Matcher m = PLURAL_COPULA.matcher(after);
        if (!m.lookingAt() || !CardText.isOnlyIntro(before)
                || !DefinitionText.defines("a " + after.substring(m.start(1)))) {
            return null;
        }
        return new Cue(CardText.capitalize(written + after), m.group(1));
    }

    /**
     * "we present X, a ...", "X: the problem of ...", "X, the first benchmark designed for ...": the apposition, up to
     * where the sentence's own verb takes over ("3DGS, an explicit scene representation technique, has shown ...").
     * Not after a phrase that opens the sentence ("For each selected subregion, an LLM then proposes ..."), not a main
     * clause, a list or a title; for a term the dictionary defines, only where the text introduces it or opens with
     * it.
     */
    static Cue apposition(Sentence s, Occurrence o, String before, String after, Supplier<String> subject,
            boolean known) {
        if ("(,:-\u2014".indexOf(firstAfterLead(after)) < 0) {
            // What APPOSITION needs first: a bracket, or the comma, colon or dash before the apposition.
            return null;
        }
        Matcher m = APPOSITION.matcher(after);
        if (!m.lookingAt()) {
            return null;
        }
        // "... with general-purpose LLMs -- a minimal inference-time layer that ...": an apposition after a term the
        // dictionary defines is the paper's use of it, unless the text introduces it or it opens the sentence, or a
        // colon says what it is ("progress on scalable oversight: the problem of supervising ...").
        if (known && !m.group(1).equals(":") && !INTRODUCED.matcher(before).find()
                && !CardText.isOnlyIntro(before)) {
            return Cue.UNWORTHY;
        }
        boolean colon = m.group(1).equals(":");
        int at = s.text().length() - after.length() + m.start(2);
        if (!colon && OPENING_PHRASE.matcher(CardText.stripIntro(before)).find()) {
            return null;
        }
        if (!before.stripTrailing().endsWith("(") && Clauses.modifiedBefore(s, o.from())) {
            return Cue.UNWORTHY;
        }
        int end = Clauses.appositionEnd(s, at) - (s.text().length() - after.length());
        String clause = Clauses.firstClause(after.substring(m.start(2), Math.max(m.start(2), end)));
        if (Clauses.isMainClause(s, at) || Clauses.isListItem(clause)) {
            return null;
        }
        // "TrackDiffusion: A Unified Framework for ...": a title, not an apposition.
        if (colon && (Character.isUpperCase(after.charAt(m.start(2))) || Clauses.isTitleCase(clause))) {
            return null;
        }
        if (m.group(2).toLowerCase(Locale.ROOT).startsWith("our")) {
            clause = "a " + clause.substring(4).stripLeading();
        }
        if (!DefinitionText.defines(clause)) {
            return Cue.UNWORTHY;
        }
        return new Cue(subject.get() + clause, clause);
    }
}
