package dev.termdeck.extract.en;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue of a subject relative clause after a term the text introduces: "X (cGANs), which allow ...", "we propose X,
 * which ...", an item of a list a counted plural announces ("two novel techniques: X, which ..."). Stateless;
 * thread-safe.
 */
final class RelativeClauseCue {
    /**
     * "X (cGANs), which allow ...", "X, or LoRA, which freezes ...", and with the kind after the short form: "a
     * plug-and-play Test-time Humane-centered Interaction (THI) module, which performs ...".
     */
    private static final Pattern WHICH_AFTER = Pattern.compile(
            "^\\s*(\\([^)]{1,40}\\)\\s*)?(?:(?<=\\)\\s{0,2})(?:module|framework|method|model|approach|mechanism|"
                    + "strategy|system|algorithm|benchmark|dataset|network|architecture|paradigm|pipeline|technique|"
                    + "scheme|block|layer)\\s*)?(?:,\\s*or\\s+[^,\\s]{2,12}\\s*)?,\\s*which\\s+(?=\\p{Ll})");
    /**
     * What may not follow "which" in a definition: modals, negation, verbs of limits and troubles, and of what the
     * thing offers ("which supports point, box, and text-based prompts": a feature, not what it is).
     */
    private static final Pattern NOT_DEFINING_VERB = Pattern.compile(
            "^(?:can|could|may|might|would|should|will|must|cannot|do|does|did|not|often|still|also|however|"
                    + "limits?|hinders?|suffers?|lacks?|fails?|remains?|struggles?|poses?|raises?|makes?|leads?|"
                    + "results?|causes?|introduces?|requires?|has|have|had|was|were|been|encompass(?:es)?|targets?|"
                    + "includes?|contains?|covers?|spans?|achieves?|outperforms?|shows?|demonstrates?|yields?|"
                    + "delivers?|obtains?|reaches|surpass(?:es)?|supports?|consistently|significantly|substantially)\\b");
    /** "which leverages ...": a third-person verb the tagger may take for a plural noun. */
    private static final Pattern THIRD_PERSON = Pattern.compile("[a-z]{3,}(?<!ss)s\\s+(?:a|an|the|its|their|[a-z]+)\\b");
    /** A clause that only names the parts or tools it uses. */
    private static final Pattern MECHANISM_ONLY = Pattern.compile(
            "^(?:\\p{Ll}+ly\\s+)?(?:employs?|uses?|utili[sz]es?|adopts?|leverages?|combines?|integrates?|incorporates?|"
                    + "deploys?|builds? (?:on|upon)|relies on|consists of|comprises?)\\b");
    /** What the thing is for, said in the clause: "to enhance ...", "for detecting ...", "enabling ...". */
    private static final Pattern PURPOSE_IN = Pattern.compile(
            "\\b(?:to\\s+\\p{Ll}+|for\\s+\\p{Ll}+ing|in order to|so that|enabling|allowing|achieving|aiming)\\b");
    /** An adverb in "-ly" and its space. */
    private static final Pattern ADVERB = Pattern.compile("\\p{Ll}+ly\\s+");
    /**
     * An item of a list that a counted plural and a colon announce: "two novel techniques: X, which ...", "three
     * orthogonal components derived from these coefficients: Magnitude, which ...; Displacement, which ...".
     */
    private static final Pattern LISTED = Pattern.compile(
            "\\b(?:two|three|four|five|six|several)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+s\\b[^:;.]{0,60}:\\s*"
                    + "(?:[^:]*?[;,]\\s*(?:and\\s+)?)?$");
    /** Where the next item of such a list starts: ", and response reuse, which". */
    private static final Pattern NEXT_LISTED = Pattern.compile("[,;]\\s+(?:and\\s+)?[^,;]{1,40},\\s+which\\b");
    private static final Pattern BRACKETED_SHORT_FORM = Pattern.compile("(?s)\\(\\s*\\S{2,12}\\s*\\)\\s*");
    private static final Pattern STARTS_IS = Pattern.compile("(?s)^(?:is|are)\\s.*");
    private static final Pattern STARTS_IS_ARTICLE = Pattern.compile("(?s)^(?:is|are)\\s+(?:a|an|the|one of)\\s.*");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\S+\\s+");

    private RelativeClauseCue() {
    }

    /**
     * "X (cGANs), which allow ...", "we propose X, which ...": a subject relative clause defines a term the text is
     * introducing (with its short form, or as the object of "propose", "introduce", ...), unless its verb is a modal,
     * a negation or a verb of limits and troubles, or the term is a common noun the dictionary defines. Not after a
     * preposition ("rank-deficiency in X, which ...").
     */
    static Cue whichAfter(Sentence s, Occurrence o, String before, String after, String written, boolean known) {
        if (!after.contains("which")) {
            // WHICH_AFTER needs the word; its matcher (groups, a look-behind) is made only when it is there.
            return null;
        }
        Matcher m = WHICH_AFTER.matcher(after);
        if (!m.lookingAt()) {
            return null;
        }
        // "which dynamically allocates ...": the verb after an adverb.
        Matcher adverb = ADVERB.matcher(after).region(m.end(), after.length());
        int verbAt = adverb.lookingAt() ? adverb.end() : m.end();
        boolean listed = LISTED.matcher(before).find();
        if (!(Clauses.isVerbAt(s, o.to() + verbAt) || THIRD_PERSON.matcher(after.substring(verbAt)).lookingAt())
                || Clauses.afterPreposition(s, o.from()) && !listed) {
            return null;
        }
        // A general term's relative clause is about the paper's use of it ("the variational autoencoder (VAE), which
        // adopts ..."): only a name or a term the dictionary does not know, introduced with its short form, counts,
        // or a term the text proposes.
        boolean named = !known || !written.equals(written.toLowerCase(Locale.ROOT));
        boolean introduced = named && m.group(1) != null && BRACKETED_SHORT_FORM.matcher(m.group(1)).matches()
                || CopulaCues.INTRODUCED.matcher(before).find() || listed && !known;
        String clause = Clauses.firstClause(after.substring(m.end()));
        if (listed) {
            // "adaptive rollout, which ..., and response reuse, which ...": the item ends where the next one starts.
            Matcher next = NEXT_LISTED.matcher(clause);
            clause = next.find() ? clause.substring(0, next.start()) : clause;
        }
        if (!introduced || NOT_DEFINING_VERB.matcher(clause).lookingAt()) {
            return Cue.UNWORTHY;
        }
        // "which employs dual-path graph convolution networks followed by late fusion": a mechanism with nothing it
        // is for says how, not what.
        if (MECHANISM_ONLY.matcher(clause).lookingAt() && !PURPOSE_IN.matcher(clause).find()) {
            return Cue.UNWORTHY;
        }
        // "which is divided into four layers": a passive says what happens to it, not what it is.
        if (STARTS_IS.matcher(clause).matches() && (!STARTS_IS_ARTICLE.matcher(clause).matches()
                || !DefinitionText.defines(FIRST_WORD.matcher(clause).replaceFirst("")))) {
            return Cue.UNWORTHY;
        }
        return new Cue(CardText.capitalize(written) + " " + clause, clause);
    }
}
