package dev.termdeck.corpus;

import dev.termdeck.core.Lang;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One paper of the corpus: its original text and, when the source carries it, its translation into the other
 * language (an English abstract and its Chinese version on one digest page, or a JSONL line with
 * {@code "translations": {"zh": ...}}). Each version is a {@link Document} of its own language; the original comes
 * first. Extraction reads both, and aligns their terms (see {@code extract.bilingual}).
 *
 * <p>Invariants: one or two versions, in different languages; the first is the original, whose id is the paper's;
 * every version names this paper.
 *
 * @param versions the original, then the translation (if any)
 */
public record Paper(List<Document> versions) {
    public Paper {
        versions = List.copyOf(versions);
        if (versions.isEmpty() || versions.size() > Lang.values().length) {
            throw new IllegalArgumentException("a paper has one or two versions, not " + versions.size());
        }
        Document original = versions.get(0);
        if (original.isTranslation()) {
            throw new IllegalArgumentException("paper " + original.paper() + " starts with a translation");
        }
        for (Document d : versions.subList(1, versions.size())) {
            if (!d.paper().equals(original.id()) || d.lang() == original.lang()) {
                throw new IllegalArgumentException(d.id() + " is no translation of " + original.id());
            }
        }
    }

    /** A paper of one version. */
    public static Paper of(Document original) {
        return new Paper(List.of(original));
    }

    /** The paper's id: its original's ({@code FILE#N}). */
    public String id() {
        return original().id();
    }

    /** The original text. */
    public Document original() {
        return versions.get(0);
    }

    /** The translation, when the paper has one. */
    public Optional<Document> translation() {
        return versions.size() > 1 ? Optional.of(versions.get(1)) : Optional.empty();
    }

    /** The version in {@code lang}, if the paper has one. */
    public Optional<Document> version(Lang lang) {
        Objects.requireNonNull(lang, "lang");
        return versions.stream().filter(d -> d.lang() == lang).findFirst();
    }

    /** Whether the paper has both an English and a Chinese version. */
    public boolean isBilingual() {
        return versions.size() > 1;
    }

    /** The languages of its versions, original first. */
    public List<Lang> languages() {
        return versions.stream().map(Document::lang).toList();
    }
}
