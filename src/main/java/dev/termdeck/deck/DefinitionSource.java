package dev.termdeck.deck;

import java.util.Locale;

/**
 * Where a card's definition comes from, per language (see {@link DefinitionSources}). In the order a build prefers
 * them: the card's own abstracts, another document of the corpus, the user's glossary, the dictionary bundled with
 * termdeck, a definition composed from dictionary entries of the term's parts; and a definition a person wrote or
 * edited.
 */
public enum DefinitionSource {
    /** Found by a definition cue in one of the documents the card comes from (or in its aligned translation). */
    ABSTRACT("abstract"),
    /** Found by a definition cue for the same term in another document of the corpus. */
    CORPUS("corpus"),
    /** From the glossary a user gave the build ({@code --glossary FILE}). */
    GLOSSARY("glossary"),
    /** From the bilingual dictionary bundled with termdeck. */
    DICTIONARY("dictionary"),
    /**
     * Composed from the dictionary's entries for the parts of a compound term ("optical flow estimation": estimating
     * optical flow, with the entry's definition of optical flow).
     */
    COMPOSED("composed"),
    /** Written or edited by a person. */
    USER("user");

    private final String code;

    DefinitionSource(String code) {
        this.code = code;
    }

    /** The name used in deck files: {@code abstract}, {@code corpus}, {@code glossary}, {@code dictionary},
     * {@code composed}, {@code user}. */
    public String code() {
        return code;
    }

    /** The source named {@code code} (case-insensitive), or {@code null} when termdeck does not know it. */
    public static DefinitionSource ofCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (DefinitionSource s : values()) {
            if (s.code.equals(c)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return code;
    }
}
