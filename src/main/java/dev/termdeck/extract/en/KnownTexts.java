package dev.termdeck.extract.en;

import dev.termdeck.extract.bilingual.Glossary;
import java.util.Map;
import java.util.Objects;

/**
 * What the bilingual glossary knows of each candidate text ({@link Termhood.Known}), remembered: the same texts recur
 * from document to document ("model", "large language model"), and a look-up that misses builds two keys, one with
 * the spelling rules' patterns. Thread-safe.
 */
final class KnownTexts {
    private static final int MAX_REMEMBERED = 200_000;

    private final Glossary glossary;
    /** What is known of each text asked so far; at most {@link #MAX_REMEMBERED} texts. */
    private final Map<String, Termhood.Known> knownTexts = new java.util.concurrent.ConcurrentHashMap<>();

    KnownTexts(Glossary glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    /** Forgets the texts asked so far. */
    void forget() {
        knownTexts.clear();
    }

    /** What the glossary knows of a term shown as {@code text}. */
    Termhood.Known of(String text) {
        if (text == null) {
            return Termhood.Known.NOTHING;
        }
        Termhood.Known known = knownTexts.get(text);
        if (known == null) {
            known = lookUp(text);
            if (knownTexts.size() < MAX_REMEMBERED) {
                knownTexts.put(text, known);
            }
        }
        return known;
    }

    private Termhood.Known lookUp(String text) {
        var entry = glossary.byEnglish(text);
        if (entry.isPresent()) {
            return glossary.isBasic(entry.get()) ? Termhood.Known.OTHER : Termhood.Known.TERM;
        }
        return glossary.byAbbr(text).isEmpty() ? Termhood.Known.NOTHING : Termhood.Known.OTHER;
    }
}
