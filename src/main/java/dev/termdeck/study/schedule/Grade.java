package dev.termdeck.study.schedule;

import java.util.Locale;
import java.util.Optional;

/** How well a card was recalled, as FSRS rates it: 1 Again, 2 Hard, 3 Good, 4 Easy. */
public enum Grade {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** The FSRS rating, 1 to 4. */
    public int value() {
        return value;
    }

    /** The lower-case English name used in files and the plain-mode protocol ({@code good}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the card was recalled (anything but Again). */
    public boolean recalled() {
        return this != AGAIN;
    }

    /** The grade with FSRS rating {@code value}. */
    public static Grade of(int value) {
        for (Grade g : values()) {
            if (g.value == value) {
                return g;
            }
        }
        throw new IllegalArgumentException("grade " + value + " is not 1 to 4");
    }

    /** Parses {@code 1}-{@code 4} or {@code again}/{@code hard}/{@code good}/{@code easy}, case-insensitively. */
    public static Optional<Grade> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Grade g : values()) {
            if (t.equals(g.code()) || t.equals(Integer.toString(g.value))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
