package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import java.util.List;
import java.util.Objects;

/**
 * A candidate key term of one document, with its occurrences in that document merged.
 *
 * @param lang       the term's language
 * @param key        its identity within the language, used to merge candidates across documents: for English the
 *                   lower-cased singular form without spaces and hyphens ({@code emergentability}, so that
 *                   "pre-training" and "pretraining" are one term); for Chinese the simplified form
 * @param text       the form to show on a card ({@code emergent ability}, {@code BLOOM}, {@code 多点触摸归因})
 * @param variants   other surface forms seen in the document ({@code emergent abilities}), without {@code text}
 * @param abbr       the short form defined for it in the document ({@code RLAIF}, {@code MTA}), or {@code null}
 * @param gloss      its form in the other language written beside it ({@code 超越模仿游戏基准(Big Bench)} gives
 *                   {@code Big Bench} for the Chinese term), or {@code null}
 * @param definition a defining sentence or clause picked by a definition cue, trimmed to read well on a card, or
 *                   {@code null}
 * @param context    the most informative sentence of the document that uses the term (never {@code null})
 * @param docId      the document's id
 * @param start      the character offset of the first occurrence in the document text
 * @param frequency  how many times it occurs in the document (at least 1)
 * @param termhood   how term-like it is within the document, from the extractor's own evidence (C-value,
 *                   frequency, specificity, being a name), in [0, 1] and meant to be comparable across languages:
 *                   about 0.5 for an ordinary multi-word technical noun phrase seen once, near 1 for a term the
 *                   text clearly treats as one; a definition, an abbreviation, a gloss and the document frequency
 *                   are added by {@link TermRanker}, not here
 * @param counterpart what the other language version of the document's paper says about the term: set by the
 *                   {@link TranslationAligner} after extraction ({@link Counterpart#NO_TRANSLATION} before, and for
 *                   a paper of one version)
 */
public record TermCandidate(
        Lang lang,
        String key,
        String text,
        List<String> variants,
        String abbr,
        String gloss,
        String definition,
        String context,
        String docId,
        int start,
        int frequency,
        double termhood,
        Counterpart counterpart) {

    /** A candidate as an extractor finds it, before alignment: {@link Counterpart#NO_TRANSLATION}. */
    public TermCandidate(Lang lang, String key, String text, List<String> variants, String abbr, String gloss,
            String definition, String context, String docId, int start, int frequency, double termhood) {
        this(lang, key, text, variants, abbr, gloss, definition, context, docId, start, frequency, termhood,
                Counterpart.NO_TRANSLATION);
    }

    public TermCandidate {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(docId, "docId");
        variants = variants == null ? List.of() : List.copyOf(variants);
        counterpart = counterpart == null ? Counterpart.NO_TRANSLATION : counterpart;
        if (key.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("candidate in " + docId + " has a blank key or text");
        }
        if (!(termhood >= 0 && termhood <= 1)) {
            throw new IllegalArgumentException("candidate '" + text + "' has termhood " + termhood + " outside [0, 1]");
        }
        if (frequency < 1) {
            throw new IllegalArgumentException("candidate '" + text + "' has frequency " + frequency);
        }
    }

    /** This candidate with {@code c} as its counterpart in the other version of its paper. */
    public TermCandidate withCounterpart(Counterpart c) {
        return new TermCandidate(lang, key, text, variants, abbr, gloss, definition, context, docId, start, frequency,
                termhood, c);
    }
}
