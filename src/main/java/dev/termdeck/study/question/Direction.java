package dev.termdeck.study.question;

import java.util.List;
import java.util.Locale;

/**
 * Which side of a card is asked and which is answered. {@link #MIXED} picks one of the others per card (among those
 * the card has the sides for); the rest are concrete.
 */
public enum Direction {
    /** English term, answer the Chinese term. */
    EN_ZH,
    /** Chinese term, answer the English term. */
    ZH_EN,
    /** Term, answer its definition (in the card's languages). */
    TERM_DEF,
    /** Definition, answer the term. */
    DEF_TERM,
    /** One of the others, picked per card. */
    MIXED;

    /** The concrete directions, in the order {@link #MIXED} chooses among them. */
    public static final List<Direction> CONCRETE = List.of(EN_ZH, ZH_EN, TERM_DEF, DEF_TERM);

    /** The command-line and file name: {@code en-zh}, {@code term-def}, {@code mixed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a {@link #code()}, case-insensitively. */
    public static Direction of(String code) {
        for (Direction d : values()) {
            if (d.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + code
                + "' (expected en-zh, zh-en, term-def, def-term or mixed)");
    }

    @Override
    public String toString() {
        return code();
    }
}
