package dev.termdeck.extract.en;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Purposes that name a problem instead of saying what the thing is or does. Stateless; thread-safe.
 *
 * <ul>
 *   <li>A purpose that points back ("a technique for addressing this problem", ", to address these challenges."):
 *       it means nothing on a card.</li>
 *   <li>A bare kind whose only differentia is the problem it answers ("a unified framework designed to address the
 *       core challenge of multi-task optimization ...", "a new method, which effectively addresses the known yet
 *       unsolved issue of ..."), or only the effect it claims ("a framework specifically designed to accelerate the
 *       deployment of ...", "a simple and effective framework that stabilizes ..."): purpose without mechanism,
 *       unless a means follows ("by embedding ...").</li>
 *   <li>A back-pointing answer before a means ("a ... framework that overcomes these limitations by embedding the
 *       rigid skeleton ..."): the means is what the thing does, and the card says it without the dangling "these
 *       limitations" ("a ... framework that works by embedding ...").</li>
 * </ul>
 */
final class ProblemPurpose {
    /** The nouns a back-pointing purpose ends on ("these challenges"), as a regex alternation. */
    private static final String TROUBLES =
            "problems?|issues?|challenges?|limitations?|gaps?|difficult(?:y|ies)|drawbacks?|shortcomings?|bias(?:es)?|"
                    + "risks?|errors?|conflicts?|inconsistenc(?:y|ies)|trade-?offs?|weakness(?:es)?|deficienc(?:y|ies)|"
                    + "barriers?|obstacles?|concerns?|bottlenecks?|pitfalls?|flaws?|failures?";
    /** Verbs of answering a problem, as a regex alternation (with their third-person forms). */
    private static final String ANSWER = "(?:address|tackle|solve|overcome|mitigate|alleviate|resolve|handle)(?:es|s)?";
    /**
     * Verbs that claim an effect without saying how ("accelerate the deployment of ...", "that stabilizes training"),
     * as a regex alternation: after a bare kind they say as little as answering a problem does.
     */
    private static final String EFFECT = "(?:accelerate|improve|enhance|boost|stabilize|stabilise|facilitate|advance|"
            + "streamline|simplify|strengthen|democratize|democratise)s?";
    /** What points back: "these", "the above". */
    private static final String BACK = "(?:this|these|that|those|such|the above|the aforementioned|both)";
    /** A purpose that points back instead of saying: "a technique for addressing this problem". */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "^(?:for|to|that|which|addressing|tackling|solving|overcoming|mitigating)\\s+(?:\\w+\\s+){0,2}"
                    + BACK + "\\s+(?:\\w+\\s+)?(?:" + TROUBLES + "|tasks?|needs?)\\b[.\\s]*$", Pattern.CASE_INSENSITIVE);
    /**
     * A purpose at the end that points back instead of saying (", to address these challenges.", ", designed to
     * address these limitations."): cut.
     */
    private static final Pattern BACK_POINTING_END = Pattern.compile(
            ",?\\s+(?:(?:(?:specifically\\s+)?(?:designed|aimed|intended|proposed|developed|built)\\s+)?(?:in order\\s+)?"
                    + "to\\s+" + ANSWER + ")\\s+"
                    + "(?:these|this|those|the above|the aforementioned)\\s+(?:[\\w-]+\\s+)?"
                    + "(?:" + TROUBLES + ")\\s*[.]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A purpose at the end that points back with any noun: ", with the goal of opening up these advances to the wider
     * machine learning community.", " in order to make such models ...": cut when the definition has not said the noun
     * before it.
     */
    private static final Pattern BACK_POINTING_PURPOSE = Pattern.compile(
            ",?\\s+(?:(?:specifically\\s+)?(?:designed|aimed|intended|developed|built)\\s+)?(?:in order to|so as to|to|"
                    + "with the (?:goal|aim|purpose) of|aiming to|aiming at)\\s+(?:[\\w-]+\\s+){0,4}?"
                    + "(?:these|this|those|such(?!\\s+as\\b)|the above|the aforementioned)\\s+([\\w-]+)\\b[^;]*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * The problem a kind answers, right after the kind: "designed to address ...", ", which effectively addresses
     * ...", "that aims to solve ...", "to tackle ...".
     */
    private static final Pattern ANSWERS = Pattern.compile(
            "^,?\\s*(?:(?:that|which)\\s+(?:\\w+ly\\s+)?(?:(?:aims?|seeks?|tries|try)\\s+to\\s+)?|(?:(?:specifically|"
                    + "explicitly|primarily)\\s+)?(?:(?:designed|aimed|intended|proposed|developed|built)\\s+)?to\\s+)"
                    + "(?:" + ANSWER + "|" + EFFECT + ")\\b", Pattern.CASE_INSENSITIVE);
    /** A means after the problem: "by embedding", "through decoupling", "via learning". */
    private static final Pattern MEANS = Pattern.compile("\\b(?:by|through|via)\\s+[\\w-]+ing\\b",
            Pattern.CASE_INSENSITIVE);
    /** "that overcomes these limitations by ": a back-pointing answer followed by its means. */
    private static final Pattern BACK_POINTING_MEANS = Pattern.compile(
            "\\b(that|which)\\s+(?:\\w+ly\\s+)?" + ANSWER + "\\s+" + BACK + "\\s+(?:[\\w-]+\\s+)?(?:" + TROUBLES
                    + ")\\s+(by|through|via)\\s+(?=[\\w-]+ing\\b)", Pattern.CASE_INSENSITIVE);

    private ProblemPurpose() {
    }

    /** Whether what follows a kind is only a purpose that points back ("for addressing this problem"). */
    static boolean pointsBack(String after) {
        return ANAPHORIC.matcher(after).lookingAt();
    }

    /**
     * Whether what follows a kind names only the problem it answers, with no means after it ("designed to address
     * the core challenge of multi-task optimization in dynamic wireless environments.").
     */
    static boolean onlyAnswers(String after) {
        return ANSWERS.matcher(after).lookingAt() && !MEANS.matcher(after).find();
    }

    /**
     * The definition without a back-pointing purpose at its end (", to address these challenges.", ", with the goal
     * of opening up these advances to ..." when it has not said "advances" before; cut only after
     * {@code minStart} characters) and with a back-pointing answer before a means said as the means ("that
     * overcomes these limitations by embedding" gives "that works by embedding").
     */
    static String withoutBackPointing(String s, int minStart) {
        Matcher end = BACK_POINTING_END.matcher(s);
        String cut = s;
        while (end.find()) {
            if (end.start() >= minStart) {
                cut = s.substring(0, end.start());
                break;
            }
        }
        Matcher purpose = BACK_POINTING_PURPOSE.matcher(cut);
        while (purpose.find()) {
            if (purpose.start() >= minStart && !SaidBefore.said(cut.substring(0, purpose.start()), purpose.group(1))) {
                cut = cut.substring(0, purpose.start()) + ".";
                break;
            }
        }
        if (!cut.contains(" by ") && !cut.contains(" through ") && !cut.contains(" via ")) {
            return cut;
        }
        return BACK_POINTING_MEANS.matcher(cut).replaceAll("$1 works $2 ");
    }
}
