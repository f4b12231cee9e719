package dev.termdeck.study.question;

import java.util.Locale;

/** How a card is answered. */
public enum Mode {
    /** Reveal the answer and grade yourself. */
    FLIP,
    /** Type the answer; it is checked tolerantly and a grade is proposed. */
    TYPE,
    /** Pick the answer among four options. */
    CHOICE,
    /** Fill the blank in a sentence (the definition, or a source sentence) where the term was blanked out. */
    CLOZE;

    /** The command-line and file name: {@code flip}, {@code type}, {@code choice}, {@code cloze}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@link #code()}, case-insensitively. */
    public static Mode of(String code) {
        for (Mode m : values()) {
            if (m.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + code + "' (expected flip, type, choice or cloze)");
    }

    @Override
    public String toString() {
        return code();
    }
}
