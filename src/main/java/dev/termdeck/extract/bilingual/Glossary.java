package dev.termdeck.extract.bilingual;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bilingual term glossary, looked up by English term, abbreviation or Chinese rendering (standard or variant),
 * all through {@link TermKeys}. Chinese terms are expected simplified ({@link GlossaryReader} converts them).
 * Immutable and thread-safe.
 *
 * <p>When two entries share an English term, the later one wins (a user's glossary read after the built-in one
 * overrides it). Abbreviations may be shared by several entries ({@code LR}: low resolution, learning rate); a
 * Chinese rendering that names two entries points to the first.
 */
public final class Glossary {
    private final Map<String, GlossaryEntry> byEnglish;
    private final Map<String, List<GlossaryEntry>> byAbbr;
    private final Map<String, GlossaryEntry> byChinese;

    private Glossary(Collection<GlossaryEntry> entries) {
        byEnglish = new LinkedHashMap<>();
        for (GlossaryEntry e : entries) {
            byEnglish.remove(TermKeys.englishSingular(e.en()));
            byEnglish.put(TermKeys.englishSingular(e.en()), e);
        }
        byAbbr = new HashMap<>();
        byChinese = new HashMap<>();
        for (GlossaryEntry e : byEnglish.values()) {
            if (e.abbr() != null) {
                byAbbr.computeIfAbsent(TermKeys.of(e.abbr()), k -> new ArrayList<>()).add(e);
            }
            byChinese.putIfAbsent(TermKeys.of(e.zh()), e);
        }
        for (GlossaryEntry e : byEnglish.values()) {
            for (String v : e.zhVariants()) {
                byChinese.putIfAbsent(TermKeys.of(v), e);
            }
        }
    }

    /** A glossary of {@code entries}, later ones overriding earlier ones with the same English term. */
    public static Glossary of(Collection<GlossaryEntry> entries) {
        return new Glossary(entries);
    }

    /** This glossary with {@code more} added, overriding entries with the same English term. */
    public Glossary plus(Glossary more) {
        List<GlossaryEntry> all = new ArrayList<>(byEnglish.values());
        all.addAll(more.entries());
        return new Glossary(all);
    }

    /** The entries, in reading order. */
    public List<GlossaryEntry> entries() {
        return List.copyOf(byEnglish.values());
    }

    public int size() {
        return byEnglish.size();
    }

    /** The entry for an English term (plural or singular, any case and hyphenation). */
    public Optional<GlossaryEntry> byEnglish(String en) {
        GlossaryEntry e = byEnglish.get(TermKeys.englishSingular(en));
        return Optional.ofNullable(e);
    }

    /** The entries whose abbreviation is {@code abbr} (case-insensitive), in reading order. */
    public List<GlossaryEntry> byAbbr(String abbr) {
        return byAbbr.getOrDefault(TermKeys.of(abbr), List.of());
    }

    /** The entry whose standard Chinese term or a variant is {@code zh} (simplified). */
    public Optional<GlossaryEntry> byChinese(String zh) {
        return Optional.ofNullable(byChinese.get(TermKeys.of(zh)));
    }

    /** Every Chinese rendering (standard and variants), each with its entry. */
    public Map<String, GlossaryEntry> chineseRenderings() {
        Map<String, GlossaryEntry> out = new LinkedHashMap<>();
        for (GlossaryEntry e : byEnglish.values()) {
            for (String z : e.allZh()) {
                out.putIfAbsent(z, e);
            }
        }
        return out;
    }
}
