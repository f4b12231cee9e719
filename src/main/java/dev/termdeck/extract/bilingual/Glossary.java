package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.DefinitionSource;
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
 * overrides it). Abbreviations may be shared by several entries ({@code LR}: low resolution, learning rate); an
 * entry whose short form is marked shared ({@link GlossaryEntry#sharedAbbr}) is not found by it. A Chinese rendering
 * that names two entries points to the first.
 *
 * <p>Definitions: an entry's definitions are the dictionary's ({@link DefinitionSource#DICTIONARY}), except those of
 * a user's glossary added with {@link #plus}, which are the user's ({@link DefinitionSource#GLOSSARY}); a user's
 * entry without a definition on one side keeps the replaced entry's definition on that side.
 */
public final class Glossary {
    private final Map<String, GlossaryEntry> byEnglish;
    /** The entries by {@link EnglishSpelling#key}: a British or American spelling of an entry's term finds it. */
    private final Map<String, GlossaryEntry> bySpelling;
    private final Map<String, List<GlossaryEntry>> byAbbr;
    /** Every entry by its short form, those marked shared ({@link GlossaryEntry#sharedAbbr}) included. */
    private final Map<String, List<GlossaryEntry>> withShortForm;
    private final Map<String, GlossaryEntry> byChinese;
    /** Variant key to standard key, indexed by the variant's first character, for matching a term part by part. */
    private final Map<Character, List<String[]>> partVariants;
    private final java.util.Set<String> basic;
    /** The English keys of entries whose definitions (on the sides listed) come from a user's glossary. */
    private final Map<String, java.util.Set<Lang>> userDefined;
    /**
     * {@link #byEnglish}'s answers, as written: a build asks for the same phrases and their parts for every card, in
     * each of its selections (two keys computed per question). At most {@link #REMEMBERED} of them.
     */
    private final Map<String, Optional<GlossaryEntry>> askedEnglish = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int REMEMBERED = 200_000;

    private Glossary(Collection<GlossaryEntry> entries, java.util.Set<String> basic,
            Map<String, java.util.Set<Lang>> userDefined) {
        this.basic = java.util.Set.copyOf(basic);
        this.userDefined = Map.copyOf(userDefined);
        byEnglish = new LinkedHashMap<>();
        for (GlossaryEntry e : entries) {
            byEnglish.remove(TermKeys.englishSingular(e.en()));
            byEnglish.put(TermKeys.englishSingular(e.en()), e);
        }
        bySpelling = new HashMap<>();
        for (GlossaryEntry e : byEnglish.values()) {
            bySpelling.putIfAbsent(EnglishSpelling.key(e.en()), e);
        }
        byAbbr = new HashMap<>();
        withShortForm = new HashMap<>();
        byChinese = new HashMap<>();
        for (GlossaryEntry e : byEnglish.values()) {
            if (e.linkedAbbr() != null) {
                byAbbr.computeIfAbsent(TermKeys.englishSingular(e.abbr()), k -> new ArrayList<>()).add(e);
            }
            if (e.abbr() != null) {
                withShortForm.computeIfAbsent(TermKeys.englishSingular(e.abbr()), k -> new ArrayList<>()).add(e);
            }
            byChinese.putIfAbsent(TermKeys.of(e.zh()), e);
        }
        partVariants = new HashMap<>();
        for (GlossaryEntry e : byEnglish.values()) {
            for (String v : e.zhVariants()) {
                String vk = TermKeys.of(v);
                byChinese.putIfAbsent(vk, e);
                if (!vk.isEmpty()) {
                    partVariants.computeIfAbsent(vk.charAt(0), c -> new ArrayList<>())
                            .add(new String[] {vk, TermKeys.of(e.zh())});
                }
            }
        }
    }

    /** A glossary of {@code entries}, later ones overriding earlier ones with the same English term. */
    public static Glossary of(Collection<GlossaryEntry> entries) {
        return new Glossary(entries, java.util.Set.of(), Map.of());
    }

    /**
     * A glossary of {@code entries} where the English terms {@code basicTerms} are basic vocabulary (see
     * {@link #isBasic}).
     */
    public static Glossary of(Collection<GlossaryEntry> entries, Collection<String> basicTerms) {
        return new Glossary(entries, basicTerms.stream().map(TermKeys::englishSingular)
                .collect(java.util.stream.Collectors.toSet()), Map.of());
    }

    /**
     * Whether the entry is basic vocabulary ({@code model}, {@code training}) or a part other terms are built from
     * ({@code few-shot}): too general to make a card on its own.
     */
    public boolean isBasic(GlossaryEntry entry) {
        return basic.contains(TermKeys.englishSingular(entry.en()));
    }

    /**
     * This glossary with a user's glossary {@code more} added, overriding entries with the same English term: the
     * definitions {@code more} gives are the user's, and a side it leaves empty keeps the overridden entry's.
     */
    public Glossary plus(Glossary more) {
        List<GlossaryEntry> all = new ArrayList<>(byEnglish.values());
        Map<String, java.util.Set<Lang>> user = new HashMap<>(userDefined);
        for (GlossaryEntry e : more.entries()) {
            String key = TermKeys.englishSingular(e.en());
            GlossaryEntry old = byEnglish.get(key);
            java.util.Set<Lang> sides = java.util.EnumSet.noneOf(Lang.class);
            dev.termdeck.deck.Bilingual def = e.definition();
            for (Lang lang : Lang.values()) {
                if (def.has(lang)) {
                    sides.add(lang);
                } else if (old != null && old.definition().has(lang)) {
                    def = def.with(lang, old.definition().get(lang));
                    if (userDefined.getOrDefault(key, java.util.Set.of()).contains(lang)) {
                        sides.add(lang);
                    }
                }
            }
            user.put(key, sides);
            all.add(new GlossaryEntry(e.en(), e.zh(), e.abbr(), e.zhVariants(), def, e.sharedAbbr()));
        }
        java.util.Set<String> both = new java.util.HashSet<>(basic);
        both.addAll(more.basic);
        return new Glossary(all, both, user);
    }

    /**
     * Where the entry's definition in {@code lang} comes from: {@link DefinitionSource#GLOSSARY} for a user's
     * glossary, {@link DefinitionSource#DICTIONARY} for the bundled one; {@code null} when it has none.
     */
    public DefinitionSource definitionSource(GlossaryEntry entry, Lang lang) {
        if (!entry.definition().has(lang)) {
            return null;
        }
        return userDefined.getOrDefault(TermKeys.englishSingular(entry.en()), java.util.Set.of()).contains(lang)
                ? DefinitionSource.GLOSSARY : DefinitionSource.DICTIONARY;
    }

    /** The entries, in reading order. */
    public List<GlossaryEntry> entries() {
        return List.copyOf(byEnglish.values());
    }

    public int size() {
        return byEnglish.size();
    }

    /**
     * The entry for an English term (plural or singular, any case and hyphenation, British or American spelling:
     * {@code behavioural cloning} finds {@code behavior cloning}; see {@link EnglishSpelling}).
     */
    public Optional<GlossaryEntry> byEnglish(String en) {
        Optional<GlossaryEntry> found = en == null ? null : askedEnglish.get(en);
        if (found == null) {
            GlossaryEntry e = byEnglish.get(TermKeys.englishSingular(en));
            found = Optional.ofNullable(e != null ? e : bySpelling.get(EnglishSpelling.key(en)));
            if (askedEnglish.size() < REMEMBERED) {
                askedEnglish.put(en, found);
            }
        }
        return found;
    }

    /**
     * The entries whose abbreviation is {@code abbr} (case-insensitive, plural ignored: FLOP, FLOPs), in order; not
     * an entry whose short form is {@linkplain GlossaryEntry#sharedAbbr shared} with another concept, which the
     * letters alone never name.
     */
    public List<GlossaryEntry> byAbbr(String abbr) {
        return byAbbr.getOrDefault(TermKeys.englishSingular(abbr), List.of());
    }

    /**
     * Every entry whose abbreviation is {@code abbr}, as {@link #byAbbr} finds them but including those whose short
     * form is marked shared: what the field writes the letters for, though the letters alone name none of them.
     */
    public List<GlossaryEntry> withShortForm(String abbr) {
        return withShortForm.getOrDefault(TermKeys.englishSingular(abbr), List.of());
    }

    /**
     * The entries a short form stands for when deciding whether two terms that write it may be one card: those the
     * letters name ({@link #byAbbr}), or, when every entry holding them marks them shared (AD: anomaly detection,
     * autonomous driving, Alzheimer's disease, ...), all of them, so that "Alzheimer's disease (AD)" still does not
     * meet 异常检测（AD）.
     */
    public List<GlossaryEntry> knownAs(String abbr) {
        List<GlossaryEntry> named = byAbbr(abbr);
        return named.isEmpty() ? withShortForm(abbr) : named;
    }

    /** The entry whose standard Chinese term or a variant is {@code zh} (simplified). */
    public Optional<GlossaryEntry> byChinese(String zh) {
        return Optional.ofNullable(byChinese.get(TermKeys.of(zh)));
    }

    /**
     * The entry for a Chinese term, written as a standard rendering or a variant, or built from variants of the
     * terms it is made of: with {@code 新兴} a variant of {@code 涌现} (emergent), {@code 新兴能力} finds the entry of
     * {@code 涌现能力}. At most two parts are replaced.
     */
    public Optional<GlossaryEntry> findChinese(String zh) {
        String key = TermKeys.of(zh);
        GlossaryEntry e = byChinese.get(key);
        if (e != null) {
            return Optional.of(e);
        }
        return Optional.ofNullable(substituted(key, 2));
    }

    private GlossaryEntry substituted(String key, int depth) {
        for (int i = 0; i < key.length(); i++) {
            List<String[]> pairs = partVariants.get(key.charAt(i));
            if (pairs == null) {
                continue;
            }
            for (String[] p : pairs) {
                if (p[0].length() < key.length() && key.startsWith(p[0], i)) {
                    String next = key.substring(0, i) + p[1] + key.substring(i + p[0].length());
                    GlossaryEntry e = byChinese.get(next);
                    if (e == null && depth > 1) {
                        e = substituted(next, depth - 1);
                    }
                    if (e != null) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Every Chinese rendering, each with its entry: the standard ones, the variants, and the forms built by writing
     * one part of a rendering as that part's variant ({@code 少量提示} from {@code 少样本提示}, since {@code 少量} is a
     * variant of {@code 少样本}). A form that is itself a rendering of another entry keeps that entry.
     */
    public Map<String, GlossaryEntry> expandedRenderings() {
        Map<String, GlossaryEntry> out = new LinkedHashMap<>();
        for (GlossaryEntry e : byEnglish.values()) {
            for (String z : e.allZh()) {
                out.putIfAbsent(TermKeys.of(z), e);
            }
        }
        List<String[]> pairs = new ArrayList<>();
        partVariants.values().forEach(pairs::addAll);
        Map<String, GlossaryEntry> built = new LinkedHashMap<>();
        for (Map.Entry<String, GlossaryEntry> r : out.entrySet()) {
            String key = r.getKey();
            for (String[] p : pairs) {
                int at = key.indexOf(p[1]);
                if (at >= 0 && p[1].length() < key.length()) {
                    built.putIfAbsent(key.substring(0, at) + p[0] + key.substring(at + p[1].length()), r.getValue());
                }
            }
        }
        built.forEach(out::putIfAbsent);
        return out;
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
