package dev.termdeck.exchange;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.core.Lang;
import java.util.Locale;

/**
 * Which side of a card is the prompt in an export. What it means for each format is in {@code docs/exchange.md}:
 * for Anki it picks the card templates, for Quizlet which term is the Quizlet "term", for the handout how the
 * glossary is sorted and laid out.
 */
public enum ExportDirection {
    /** English prompt, Chinese answer. */
    EN_ZH("en-zh"),
    /** Chinese prompt, English answer. */
    ZH_EN("zh-en"),
    /** Both ways. */
    BOTH("both");

    private final String id;

    ExportDirection(String id) {
        this.id = id;
    }

    /** The name in files and on the command line: {@code en-zh}, {@code zh-en}, {@code both}. */
    public String id() {
        return id;
    }

    /** The language of the prompt side, or {@code null} for {@link #BOTH}. */
    public Lang front() {
        return switch (this) {
            case EN_ZH -> Lang.EN;
            case ZH_EN -> Lang.ZH;
            case BOTH -> null;
        };
    }

    /**
     * The direction named {@code name} (case-insensitive; {@code en}, {@code zh} and arrows are accepted too).
     *
     * @throws TermdeckException a bad request when the name is unknown
     */
    public static ExportDirection of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace("->", "-").replace('_', '-');
        for (ExportDirection d : values()) {
            if (d.id.equals(n)) {
                return d;
            }
        }
        if (n.equals("en")) {
            return EN_ZH;
        }
        if (n.equals("zh")) {
            return ZH_EN;
        }
        throw TermdeckException.badRequest("unknown direction '" + name + "' (expected en-zh, zh-en or both)");
    }

    @Override
    public String toString() {
        return id;
    }
}
