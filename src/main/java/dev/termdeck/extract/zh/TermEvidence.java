package dev.termdeck.extract.zh;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import java.util.ArrayList;
import java.util.List;

/** What one document says about one Chinese term, gathered while extracting. Mutable; one per term and document. */
final class TermEvidence {
    /** Added to the rank of a definition written with another surface form: less than one cue-strength step. */
    private static final int VARIANT_DEFINITION_PENALTY = 500;

    final String key;
    final String text;
    final List<String> variants = new ArrayList<>();
    int start;
    String abbr;
    String gloss;
    String definition;
    int definitionRank = Integer.MAX_VALUE;
    String context;
    int frequency;
    /** Mentions by its abbreviation or English form alone, besides the Chinese ones. */
    int latinMentions;
    boolean glossed;
    /** It opens a paragraph as its topic ({@code 模型校准。最后,……}; see {@link Headings}). */
    boolean heading;
    boolean inGlossary;
    boolean introducedName;
    boolean latinName;
    double glossaryWeight;
    /** The glossary entry this term is a rendering of, or {@code null}. */
    dev.termdeck.extract.bilingual.GlossaryEntry entry;
    /** The glossary entry is basic vocabulary ({@code 模型}): no card unless the document glosses or defines it. */
    boolean basic;
    double freeScore;

    TermEvidence(String key, String text, int start) {
        this.key = key;
        this.text = text;
        this.start = start;
    }

    /** The keys of {@link #variants}. */
    List<String> variantKeys() {
        List<String> keys = new ArrayList<>(variants.size());
        for (String v : variants) {
            keys.add(dev.termdeck.extract.bilingual.TermKeys.of(v));
        }
        return keys;
    }

    void defineBy(String sentence, int rank) {
        if (rank < definitionRank) {
            definition = sentence;
            definitionRank = rank;
        }
    }

    /** The document's evidence that this is a term, before frequency: 0 when there is none. */
    double evidenceScore() {
        if (basic && !glossed && definition == null) {
            return 0;
        }
        double h = 0;
        if (glossed) {
            h += abbr != null ? 3.5 : 3.0;
        }
        if (definition != null) {
            h += 2.0;
        }
        if (heading) {
            h += 2.0;
        }
        if (inGlossary) {
            h += glossaryWeight;
        }
        if (latinName) {
            h += introducedName ? 2.5 : 0.6;
        }
        return h + freeScore;
    }

    /**
     * Termhood in [0, 1], from what the extractor itself knows: a glossary rendering (about 0.5, more for a
     * multi-word or abbreviated entry), a gloss beside it (0.6: the author marked it as a term), a definition (0.5),
     * a Latin name (0.65 when the document introduces it, else 0.35), a section lead (0.55, 0.65 in the glossary),
     * a recurring compound (0.3 to 0.6 by C-value),
     * plus up to 0.2 for frequency. A basic-vocabulary word the document neither glosses nor defines gets 0. The
     * ranker adds its own weight for the definition, gloss and abbreviation.
     */
    double termhood() {
        if (evidenceScore() <= 0) {
            return 0;
        }
        double base = 0;
        if (inGlossary && glossaryWeight > 0) {
            base = Math.max(base, 0.45 + 0.12 * Math.min(1, (glossaryWeight - 0.3) / 2.2));
        }
        if (glossed) {
            base = Math.max(base, inGlossary ? 0.7 : 0.6);
        }
        if (definition != null) {
            base = Math.max(base, 0.5);
        }
        if (heading) {
            base = Math.max(base, inGlossary ? 0.65 : 0.55);
        }
        if (latinName) {
            base = Math.max(base, introducedName ? 0.65 : 0.35);
        }
        if (freeScore > 0) {
            base = Math.max(base, 0.3 + 0.15 * freeScore);
        }
        double freq = 0.2 * Math.log(Math.min(16, Math.max(1, frequency))) / Math.log(16);
        return Math.min(1.0, Math.round((base + freq) * 1000) / 1000.0);
    }

    /** Whether the evidence is only that it recurs (no gloss, definition, glossary entry or name). */
    boolean onlyRecurs() {
        return !glossed && definition == null && !inGlossary && !latinName && !heading;
    }

    /**
     * Takes in another surface form of the same term (both render one glossary entry): its occurrences, evidence
     * and text as a variant.
     */
    void absorb(TermEvidence other) {
        variants.add(other.text);
        variants.addAll(other.variants);
        frequency += other.frequency;
        start = Math.min(start, other.start);
        abbr = abbr != null ? abbr : other.abbr;
        gloss = gloss != null ? gloss : other.gloss;
        if (other.glossed && !glossed || context == null) {
            context = other.context;
        }
        glossed |= other.glossed;
        heading |= other.heading;
        if (other.definition != null) {
            // A definition written with the main form beats one written with a variant (often a machine
            // translation: 新兴能力 for 涌现能力) by the same cue.
            defineBy(other.definition, other.definitionRank + VARIANT_DEFINITION_PENALTY);
        }
        glossaryWeight = Math.max(glossaryWeight, other.glossaryWeight);
        freeScore = Math.max(freeScore, other.freeScore);
        inGlossary |= other.inGlossary;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s f=%d glossed=%b def=%b glossary=%.2f name=%b/%b free=%.2f",
                text, frequency, glossed, definition != null, glossaryWeight, latinName, introducedName, freeScore);
    }

    TermCandidate toCandidate(String docId) {
        return new TermCandidate(Lang.ZH, key, text, variants, abbr, gloss, definition,
                context == null ? text : context, docId, start, Math.max(1, frequency), termhood());
    }
}
