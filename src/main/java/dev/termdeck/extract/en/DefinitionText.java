package dev.termdeck.extract.en;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a found definition worth showing (how it is cleaned for a card: {@link DefinitionCleaner}). Stateless;
 * thread-safe.
 *
 * <p>A predicate ("a generative model that learns to reverse a noising process") defines when it names a kind and
 * says what sets the term apart. Not a definition: praise without a differentia ("a promising tool for image
 * generation in the astronomy domain", "a valuable technique for compressing models": an evaluative word before the
 * kind and no relative clause or participle after it), a kind that is itself a judgement ("a challenge with enormous
 * ramifications", "an active research area"), or a bare kind ("a new benchmark").
 */
final class DefinitionText {
    /** Words that praise or rank rather than classify. */
    private static final Set<String> EVALUATIVE = Set.of("promising", "powerful", "popular", "important", "crucial",
            "critical", "key", "fundamental", "essential", "significant", "major", "central", "growing", "emerging",
            "active", "valuable", "effective", "useful", "attractive", "appealing", "prominent", "prevalent",
            "challenging", "difficult", "long-standing", "longstanding", "hot", "vital", "transformative",
            "compelling", "remarkable", "impressive", "pivotal", "indispensable", "ubiquitous", "dominant", "leading",
            "mainstream", "most", "increasingly", "widely", "highly", "great", "good", "successful", "elegant",
            "intriguing", "exciting", "interesting", "notable", "well-known", "well-established", "cornerstone",
            "vibrant", "rapidly", "fast-growing", "burgeoning", "flourishing", "cutting-edge", "state-of-the-art");
    /** Kinds that are judgements or topics, not classes of things: "a challenge", "a research area". */
    private static final Set<String> TOPIC_KINDS = Set.of("challenge", "bottleneck", "obstacle", "concern", "issue",
            "topic", "area", "direction", "trend", "focus", "hotspot", "frontier", "priority", "necessity", "factor",
            "cornerstone", "milestone", "breakthrough", "step");
    /** Words that grade the word after them ("a very challenging problem"). */
    private static final Set<String> INTENSIFIERS = Set.of("very", "most", "more", "quite", "extremely", "particularly",
            "especially", "so", "too", "a", "an", "the");
    /** Modifiers that add nothing to a bare kind ("a new benchmark"). */
    private static final Set<String> EMPTY_MODIFIERS = Set.of("new", "novel", "simple", "general", "first", "unified");
    // Compiled once: the kind checks run for every cue found (String.replaceAll, split and matches compile their
    // pattern at each call).
    private static final Pattern FINAL_MARKS = Pattern.compile("[.!?\u2026]+$");
    private static final Pattern MARKS_AND_SPACES = Pattern.compile("[.!?\u2026\\s]+");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");

    /** {@code s} without its final full stops, question and exclamation marks and ellipses. */
    private static String withoutFinalMarks(String s) {
        return FINAL_MARKS.matcher(s).replaceAll("");
    }

    /** Where the kind ends: a preposition, a relative word or a clause break. */
    private static final Pattern KIND_END = Pattern.compile(
            "\\s(?:for|of|that|which|who|whose|where|with|to|in|on|by|from|across|over|designed|trained|built|based|"
                    + "consisting|composed|comprising|containing|used|capable|able|aimed|aiming|tailored|"
                    + "specifically|wherein|via|using|featuring|integrating|combining|leveraging|addressing|tackling|solving|"
                    + "overcoming|mitigating)\\b|[,;:(]");
    /** A differentia after the kind: a relative clause or a participle. */
    private static final Pattern DIFFERENTIA = Pattern.compile(
            "^,?\\s*(?:that|which|who|whose|where|wherein|in which|designed|trained|built|based on|consisting|composed|"
                    + "comprising|containing|capable of|able to|aimed at|tailored|using|leveraging|integrating|"
                    + "featuring|combining)\\b");
    /** A relative clause that praises: "a technique that has become popular in ...". */
    private static final Pattern PRAISING_CLAUSE = Pattern.compile(
            "^,?\\s*(?:that|which)\\s+(?:has|have|is|are)\\s+(?:become|gained|attracted|received|drawn|shown|emerged|"
                    + "been widely|increasingly|widely|rapidly)\\b");
    private static final Pattern ARTICLE = Pattern.compile("^(?:a|an|the|one of the|one of)\\s+",
            Pattern.CASE_INSENSITIVE);


    /** " is " or " are ": where a one-sentence copula definition's predicate starts. */
    static final Pattern COPULA_WORD = Pattern.compile("\\s(?:is|are)\\s");
    /** Modifiers that only say the thing is new or broad: with at most one other modifier, a kind says nothing. */
    private static final Set<String> NOVELTY = Set.of("new", "novel", "first", "universal", "versatile",
            "comprehensive", "innovative", "generic", "general", "unified", "simple");
    /**
     * Modifiers that praise how well the thing works or how big it is ("a concise two-stage training framework", "a
     * sampling efficient RLVR algorithm"): like novelty, they set nothing apart.
     */
    private static final Set<String> QUALITY = Set.of("concise", "efficient", "lightweight", "light-weight",
            "compact", "scalable", "robust", "flexible", "practical", "accurate", "fast", "strong", "large-scale",
            "massive", "extensive", "high-quality", "high-performance", "curated", "holistic", "modular",
            "plug-and-play", "principled", "straightforward");
    /**
     * A task and a boast about cost after a kind called new: "for optical flow requiring minimal hardware resources
     * for training" says what it is good for, not what it does.
     */
    private static final Pattern TASK_AND_BOAST = Pattern.compile(
            "^for\\s+(?:(?:the|a|an)\\s+)?(?:(?![\\w-]*ing\\b)[\\w-]+\\s+){0,5}?(?:requiring|needing|with|using|at)\\s+"
                    + "(?:only\\s+)?(?:minimal|little|few|fewer|less|low|limited|negligible|modest|reduced)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    /** A task, then a relative clause: "for personalized avatar generation that generates ..." (task head, verb). */
    private static final Pattern TASK_THEN_CLAUSE = Pattern.compile(
            "^for\\s+(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,4}?([\\w-]+)\\s+(?:that|which)\\s+(?:\\w+ly\\s+)?([\\w-]+)",
            Pattern.CASE_INSENSITIVE);
    /** How a thing works, said in a clause: "by ...", "through ...", "using ...", "conditioning ...". */
    private static final Pattern MEANS_IN_CLAUSE = Pattern.compile(
            "\\b(?:by|through|via|using|leveraging|based on|conditioning|combining|integrating)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A tail that adds nothing: "with key modifications", "with several improvements". */
    private static final Pattern VAGUE_WITH = Pattern.compile(
            "^with\\s+(?:key|some|several|novel|new|important|major|significant|crucial|critical|a few|various|multiple|"
                    + "additional|minor|simple)\\s+(?:[\\w-]+\\s+)?(?:modifications?|improvements?|changes?|innovations?|"
                    + "components?|designs?|enhancements?|techniques?|contributions?|features?|ideas?|extensions?|"
                    + "adaptations?)\\s*[.]?$", Pattern.CASE_INSENSITIVE);
    /** A short purpose or object without a clause: "for ANNS algorithms", "for time series". */
    private static final Pattern SHORT_FOR = Pattern.compile("^(?:for|of)\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+\\s*[.]?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A task alone after a kind called new: "for network-level traffic speed prediction", "specifically designed for
     * multimodal INR tasks", up to six words with no verb or clause (a gerund, "to", "that", a participle would say
     * what the thing does).
     */
    private static final Pattern TASK_ONLY = Pattern.compile(
            "^(?:(?:specifically\\s+|explicitly\\s+)?(?:designed|tailored|built|developed|intended)\\s+)?for\\s+(?:(?:the|a|an)\\s+)?(?:(?![\\w-]*ing\\b)[\\w-]+\\s+){0,5}[\\w-]+\\s*[.]?$", Pattern.CASE_INSENSITIVE);
    /** A relative clause of a verb and one or two words: "that evaluates unified models". */
    private static final Pattern SHORT_CLAUSE = Pattern.compile("^(?:that|which)\\s+[\\w-]+\\s+(?:[\\w-]+\\s+)?[\\w-]+\\s*[.]?$");
    /** One sentence: no full stop before a capital inside. */
    private static final Pattern TWO_SENTENCES = Pattern.compile("[.!?]\\s+\\p{Lu}");
    /** The most words of a kind called new that still says nothing without a clause after it. */
    private static final int NEW_KIND_WORDS = 6;

    private DefinitionText() {
    }

    /**
     * Whether a one-sentence copula definition names only a kind and calls it new or broad, with nothing that sets
     * it apart ("FLoE is a novel PEFT framework.", "X is a new paradigm for ANNS algorithms.", "X is a new framework
     * with key modifications."): genus and praise, no differentia; or a bare kind (after a
     * counting tail or list was cut off).
     */
    static boolean onlyNewKind(String def) {
        return onlyNewKind(def, false);
    }

    /**
     * {@link #onlyNewKind(String)}; with {@code countCut} (a tail counting parts was cut off) a short clause after
     * the kind says nothing either ("a comprehensive benchmark that evaluates unified models", which went on "across
     * three complementary perspectives"). A bare kind whose only differentia is the problem it answers ("a unified
     * framework designed to address the core challenge of ...") is no definition either ({@link ProblemPurpose}).
     */
    static boolean onlyNewKind(String def, boolean countCut) {
        String rest = kindAfterArticle(def);
        if (rest == null) {
            return false;
        }
        Matcher end = KIND_END.matcher(rest);
        String kindPhrase = withoutFinalMarks(end.find() ? rest.substring(0, end.start()) : rest)
                .strip().toLowerCase(Locale.ROOT);
        String after = rest.substring(Math.min(rest.length(), kindPhrase.length())).strip();
        boolean novel = false;
        int content = 0;
        for (String w : SPACES_OR_COMMAS.split(kindPhrase)) {
            if (NOVELTY.contains(w) || EVALUATIVE.contains(w) || QUALITY.contains(w)) {
                novel = true;
            } else if (!w.isEmpty() && !w.equals("and")) {
                content++;
            }
        }
        if (content <= 1 && ProblemPurpose.onlyAnswers(after)) {
            return true;
        }
        boolean nothingAfter = MARKS_AND_SPACES.matcher(after).replaceAll("").isEmpty() || VAGUE_WITH.matcher(after).matches()
                || SHORT_FOR.matcher(after).matches() || countCut && novel && SHORT_CLAUSE.matcher(after).matches();
        if (novel && content <= 1 && restatesItsTask(after)) {
            // "GEN-AFFECT is a novel framework for personalized avatar generation that generates expressive ...
            // avatars ...": the clause says the task again, not how.
            return true;
        }
        if (novel && content <= 1 && (TASK_ONLY.matcher(after).matches() || TASK_AND_BOAST.matcher(after).matches())) {
            // "X is an innovative framework for network-level traffic speed prediction": praise and a task.
            return true;
        }
        // "WinMamba is a novel Mamba-based 3D feature-encoding backbone.", "a novel long video agent paradigm": however
        // many modifiers, a kind called new with nothing after it is a pitch.
        return nothingAfter && (novel && content <= NEW_KIND_WORDS || content <= 1 && !SHORT_FOR.matcher(after).matches());
    }

    /**
     * Whether what follows a kind is a task and a clause whose verb says the task again, with no means: "for
     * personalized avatar generation that generates expressive and identity-consistent avatars ..." (generation,
     * generates), "for video segmentation that segments ...".
     */
    static boolean restatesItsTask(String after) {
        Matcher m = TASK_THEN_CLAUSE.matcher(after);
        if (!m.lookingAt() || MEANS_IN_CLAUSE.matcher(after).find()) {
            return false;
        }
        String task = m.group(1).toLowerCase(Locale.ROOT);
        String verb = m.group(2).toLowerCase(Locale.ROOT);
        int stem = 5;
        return task.length() >= stem && verb.length() >= stem && task.regionMatches(0, verb, 0, stem);
    }

    /**
     * Whether a one-sentence copula definition is a kind and nothing after it ("3DGS is an explicit scene
     * representation technique."): for a term the dictionary defines, its entry says more.
     */
    static boolean onlyKind(String def) {
        String rest = kindAfterArticle(def);
        if (rest == null) {
            return false;
        }
        Matcher end = KIND_END.matcher(rest);
        return !end.find() && SPACE_RUN.split(withoutFinalMarks(rest).strip()).length <= 6;
    }

    /**
     * What a one-sentence copula definition says after the predicate's article ("FLoE is a novel PEFT framework." →
     * "novel PEFT framework."), or null for two sentences, no copula or no article: the part {@link #onlyNewKind}
     * and {@link #onlyKind} read.
     */
    private static String kindAfterArticle(String def) {
        if (TWO_SENTENCES.matcher(def.strip()).find()) {
            return null;
        }
        Matcher copula = COPULA_WORD.matcher(def);
        if (!copula.find()) {
            return null;
        }
        String p = def.substring(copula.end()).strip();
        Matcher article = ARTICLE.matcher(p);
        return article.find() ? p.substring(article.end()) : null;
    }

    /**
     * Whether the predicate of a copula or apposition (from its article on: "a generative model that ...") says
     * what the term is.
     */
    static boolean defines(String predicate) {
        String p = predicate.strip();
        Matcher article = ARTICLE.matcher(p);
        if (!article.find()) {
            return true;
        }
        String rest = p.substring(article.end());
        Matcher end = KIND_END.matcher(rest);
        String kindPhrase = withoutFinalMarks(end.find() ? rest.substring(0, end.start()) : rest)
                .strip().toLowerCase(Locale.ROOT);
        String[] words = kindPhrase.isEmpty() ? new String[0] : SPACE_RUN.split(kindPhrase);
        if (words.length == 0) {
            return true;
        }
        String kind = words[words.length - 1];
        if (TOPIC_KINDS.contains(kind)) {
            return false;
        }
        boolean praised = kindPhrase.contains(" yet ");
        int content = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // "a benchmark challenging VLMs to ...": a participle after the kind takes an object; it does not praise.
            boolean participle = i > 0 && i + 1 < words.length && w.endsWith("ing")
                    && !words[i - 1].endsWith("ly") && !INTENSIFIERS.contains(words[i - 1]);
            praised |= EVALUATIVE.contains(w) && !participle;
            content += EMPTY_MODIFIERS.contains(w) ? 0 : 1;
        }
        String after = rest.substring(Math.min(rest.length(), kindPhrase.length())).strip();
        if (praised && !DIFFERENTIA.matcher(after).find() || PRAISING_CLAUSE.matcher(after).lookingAt()
                || ProblemPurpose.pointsBack(after)) {
            return false;
        }
        // "a new benchmark." names a kind and nothing else.
        return !(content <= 1 && MARKS_AND_SPACES.matcher(after).replaceAll("").isEmpty());
    }

}
