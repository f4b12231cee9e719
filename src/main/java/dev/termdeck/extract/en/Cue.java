package dev.termdeck.extract.en;

/**
 * A definition one cue found, and the words that name the term's kind (for continuing it with the next sentence);
 * {@code text} is {@code null} for a cue that marks the phrase as a term but gives nothing worth showing.
 */
record Cue(String text, String genus) {
    static final Cue UNWORTHY = new Cue(null, null);
}
