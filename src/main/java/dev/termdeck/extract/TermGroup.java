package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Source;
import java.util.List;
import java.util.Objects;

/**
 * One term of one language after selection, with its candidates from every document merged: the unit a
 * {@link TermLinker} turns into cards. Immutable.
 *
 * <p>Invariants: {@code sources} is non-empty and in corpus order (the first is where the shown {@code text} comes
 * from); {@code variants} never contains {@code text}; {@code score} is in [0, 1].
 *
 * @param lang       the language of the term
 * @param key        the merge key ({@link TermCandidate#key()}) of the group's best candidate
 * @param text       the form to show on a card
 * @param variants   other surface forms seen in any document (plurals, spellings, the keys of merged candidates)
 * @param abbr       the short form, when a document defines one, else {@code null}
 * @param gloss      the form in the other language written beside the term in a document, else {@code null}
 * @param definition the best defining sentence or clause found (a definition cue beats a context sentence), never
 *                   {@code null}
 * @param defined    whether {@code definition} came from a definition cue rather than a context sentence
 * @param sources    where the term was found: one per document, with the sentence that defines or best shows it
 * @param frequency  occurrences over all documents of the group
 * @param score      the best ranking score of its candidates ({@link TermRanker})
 * @param counterparts what the translations of its candidates' papers say about it: the renderings found, best
 *                   candidate first and one per text, then {@link Counterpart#NOT_FOUND} once when a paper with a
 *                   translation does not render it; empty when no candidate's paper has a translation
 */
public record TermGroup(
        Lang lang,
        String key,
        String text,
        List<String> variants,
        String abbr,
        String gloss,
        String definition,
        boolean defined,
        List<Source> sources,
        int frequency,
        double score,
        List<Counterpart> counterparts) {

    /** A group of candidates from papers without translations. */
    public TermGroup(Lang lang, String key, String text, List<String> variants, String abbr, String gloss,
            String definition, boolean defined, List<Source> sources, int frequency, double score) {
        this(lang, key, text, variants, abbr, gloss, definition, defined, sources, frequency, score, List.of());
    }

    public TermGroup {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(definition, "definition");
        variants = variants == null ? List.of() : variants.stream().filter(v -> !v.equals(text)).distinct().toList();
        sources = List.copyOf(sources);
        counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("term group '" + text + "' has no source");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("term group '" + text + "' has score " + score + " outside [0, 1]");
        }
    }

    /**
     * The definition a card carries: the one a definition cue found, or {@code null} when only a context sentence was
     * found. A context sentence is not a definition (a learner drilling term → definition must not be shown "We
     * perform an ablation study ..."); it stays in {@link #sources()}, where the study views show it as the source.
     */
    public String cardDefinition() {
        return defined ? definition : null;
    }

    /** The ids of the documents the term was selected in, in corpus order. */
    public List<String> docs() {
        return sources.stream().map(Source::doc).toList();
    }

    /** The renderings the translations of its papers give it, best candidate first (empty when none does). */
    public List<Counterpart> renderings() {
        return counterparts.stream().filter(Counterpart::isFound).toList();
    }

    /** Whether one of its candidates comes from a paper with a translation (so a missing rendering means something). */
    public boolean fromTranslatedPaper() {
        return !counterparts.isEmpty();
    }
}
