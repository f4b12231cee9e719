package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition found by a cue, continued with the next sentence when that sentence refers back to the definition's
 * noun ("... is an open-source library ... . The library consists of ...") or opens with the term as its subject, so
 * long as the definition is short. Stateless; thread-safe.
 */
final class Continuation {
    /**
     * A defining sentence this long says what the term is on its own: the next sentence would make a run-on card
     * ("CoTox is a novel framework that integrates LLM with chain-of-thought (CoT) reasoning for multi-toxicity
     * prediction. CoTox combines chemical structure data, ..."), while a short one ("CRINN is a new paradigm for
     * ANNS algorithms.") is continued.
     */
    static final int SAYS_ENOUGH = 90;
    private static final Pattern REFERS_BACK = refersBack("the|this|these|such");
    /**
     * {@link #REFERS_BACK}, and "Our framework proposes ...": after a kind that says too little, the paper's own
     * noun for it also refers back.
     */
    private static final Pattern REFERS_BACK_OR_OURS = refersBack("the|this|these|such|our");
    /** A sentence cut off before what it was to say: it ends with a preposition, an article or a gerund of means. */
    private static final Pattern DANGLING_END = Pattern.compile(
            "\\b(?:by|using|with|of|for|to|in|on|via|as|the|a|an|and|or|including|such as|from|into|through)[.:,]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_START = Pattern.compile(
            "^(?:first|firstly|second|secondly|third|then|next|finally|specifically|moreover)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What is not a lower-case ASCII letter (compiled once: asked of every definition found). */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    private Continuation() {
    }

    /**
     * The definition followed by the next sentence when that one refers back to the definition's noun ("The
     * library consists of ...") or opens with the term as its subject ("CRINN treats ANNS optimization as ..."): only
     * a short definition, or with {@code saysTooLittle} one that names a kind and praise alone whatever its length.
     */
    static String continued(List<Sentence> sentences, int index, String def, String genus, String written,
            boolean saysTooLittle) {
        if (genus == null || index + 1 >= sentences.size() || def.length() >= SAYS_ENOUGH && !saysTooLittle) {
            return def;
        }
        String next = sentences.get(index + 1).text().strip();
        if (ORDINAL_START.matcher(next).lookingAt() || next.endsWith("?")) {
            return def;
        }
        String cleanNext = DefinitionCleaner.clean(next);
        if (DANGLING_END.matcher(cleanNext).find()) {
            // "AttriLens-Mol steers the model's reasoning by using: (1) ...": cut before its list, it says nothing.
            return def;
        }
        String joined = def + " " + CardText.finish(cleanNext);
        if (next.startsWith(written + " ") && !Character.isLowerCase(written.charAt(0))
                && Clauses.startsPredicate(sentences.get(index + 1), written.length() + 1)) {
            return joined.length() <= CardText.MAX_CHARS ? joined : def;
        }
        Matcher m = (saysTooLittle ? REFERS_BACK_OR_OURS : REFERS_BACK).matcher(next);
        if (!m.lookingAt()) {
            return def;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        String genusWords = " " + NOT_LETTERS.matcher(genus.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        boolean refers = noun.length() > 2 && (genusWords.contains(" " + noun + " ")
                || noun.endsWith("s") && genusWords.contains(" " + noun.substring(0, noun.length() - 1) + " "));
        if (refers && cleanNext.startsWith("Our ")) {
            // A card speaks of the thing, not of the paper's own: "Our framework proposes ..." → "The framework ...".
            joined = def + " " + CardText.finish("The " + cleanNext.substring("Our ".length()));
        }
        return refers && joined.length() <= CardText.MAX_CHARS ? joined : def;
    }

    /** A sentence opening (after at most one short clause) with one of {@code determiners} and a noun, the noun kept. */
    private static Pattern refersBack(String determiners) {
        return Pattern.compile("^(?:[^,]{0,40},\\s*)?(?:" + determiners + ")\\s+([a-z]+)\\b", Pattern.CASE_INSENSITIVE);
    }
}
