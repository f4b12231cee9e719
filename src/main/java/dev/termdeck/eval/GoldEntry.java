package dev.termdeck.eval;

import java.util.List;
import java.util.Objects;

/**
 * One key term of a gold set: what a teacher would put on a deck for one abstract.
 *
 * @param doc           a short label for the abstract ({@code bloom}); entries with one label share a document
 * @param en            the English term
 * @param zh            accepted Chinese renderings, the standard one first (may be empty)
 * @param abbr          the short form, or {@code null}
 * @param definitionCue a few words a good definition contains, or {@code null}
 */
public record GoldEntry(String doc, String en, List<String> zh, String abbr, String definitionCue) {
    public GoldEntry {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(en, "en");
        zh = zh == null ? List.of() : List.copyOf(zh);
    }
}
