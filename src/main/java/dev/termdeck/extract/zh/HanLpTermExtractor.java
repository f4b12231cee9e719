package dev.termdeck.extract.zh;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.TermExtractor;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.TermKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese term extraction over HanLP segmentation: cross-script glosses ({@code 多点触摸归因(MTA)}), renderings
 * from the bilingual glossary found anywhere in the text, compounds the segmenter split that recur in the document
 * ({@code 视频/文本/检索}), Latin names the document introduces ({@code Clip2TV}), and definitions from Chinese cues.
 * Text in traditional characters is read as simplified. See docs/chinese.md for the rules.
 *
 * <p>Thread-safe: the HanLP adapter and glossary are read-only, and each call keeps its state on the stack.
 */
public final class HanLpTermExtractor implements TermExtractor {
    private final HanLpChinese chinese;
    private final Glossary glossary;
    private final GlossFinder glosses;
    private final GlossaryScanner scanner;
    private final DefinitionFinder definitions = new DefinitionFinder();
    private final Headings headings;

    public HanLpTermExtractor(HanLpChinese chinese, Glossary glossary) {
        this.chinese = chinese;
        this.glossary = glossary;
        this.glosses = new GlossFinder(glossary);
        this.scanner = new GlossaryScanner(glossary);
        this.headings = new Headings(glossary);
    }

    @Override
    public Lang lang() {
        return Lang.ZH;
    }

    @Override
    public List<TermCandidate> extract(Document doc) {
        if (doc.lang() != Lang.ZH) {
            throw new IllegalArgumentException("document " + doc.id() + " is not Chinese (" + doc.lang() + ")");
        }
        List<TermCandidate> out = new ArrayList<>();
        for (TermEvidence e : evidence(doc)) {
            out.add(e.toCandidate(doc.id()));
        }
        return out;
    }

    /** The evidence gathered for each term of a Chinese document, fragments of longer terms dropped. */
    List<TermEvidence> evidence(Document doc) {
        String text = chinese.toSimplified(doc.text());
        ZhText t = new ZhText(text, chinese.segment(text));
        Map<String, TermEvidence> found = new LinkedHashMap<>();
        addGlosses(t, found);
        addExpandedAcronyms(t, found);
        addGlossaryHits(t, found);
        new CompoundFinder(glossary).find(t, found);
        new LatinNames(glossary).find(t, found);
        headings.find(t, found);
        addDefinitions(t, found);
        Boundaries.repair(t, found);
        ModifierPhrases.drop(text, found);
        ClauseVerbs.drop(t, found);
        for (TermEvidence e : found.values()) {
            if (e.frequency == 0) {
                e.frequency = Occurrences.count(text, e.text);
            }
            e.frequency += e.latinMentions;
        }
        List<TermEvidence> kept = FragmentFilter.kept(mergedByEntry(found.values()));
        for (TermEvidence e : kept) {
            if (e.context == null) {
                e.context = Occurrences.sentenceAround(t, e.start);
            }
        }
        return kept;
    }

    private void addGlosses(ZhText t, Map<String, TermEvidence> found) {
        for (Gloss g : glosses.find(t)) {
            TermEvidence e = evidence(found, g.zh(), t.token(g.zhFrom()).start());
            e.glossed = true;
            if (g.acronym()) {
                e.abbr = e.abbr == null ? g.latin() : e.abbr;
            } else {
                e.gloss = e.gloss == null ? g.latin() : e.gloss;
            }
            if (e.context == null) {
                e.context = Occurrences.sentenceAround(t, t.token(g.zhFrom()).start());
            }
            List<GlossaryEntry> byAbbr = g.acronym() ? glossary.byAbbr(g.latin()) : List.of();
            if (!byAbbr.isEmpty()) {
                e.entry = byAbbr.get(0);
                markGlossary(e, byAbbr.get(0), glossary);
            } else {
                glossary.findChinese(g.zh()).ifPresent(entry -> markGlossary(e, entry, glossary));
            }
        }
    }

    /** An acronym with its Chinese expansion in brackets after it: {@code OFDM（正交频分复用）}. */
    private static final java.util.regex.Pattern EXPANDED_ACRONYM = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9])(\\p{Lu}[A-Za-z0-9-]*\\p{Lu}[A-Za-z0-9-]*)\\s?[（(](\\p{IsHan}{2,12})[）)]");

    /**
     * "我们采用OFDM（正交频分复用）技术": a bare acronym whose expansion stands beside it in brackets is the
     * expansion's short form; the card is the expansion's, not the acronym's.
     */
    private void addExpandedAcronyms(ZhText t, Map<String, TermEvidence> found) {
        java.util.regex.Matcher m = EXPANDED_ACRONYM.matcher(t.text());
        while (m.find()) {
            String zh = m.group(2);
            if (CompoundFinder.isGeneral(zh)) {
                continue;
            }
            TermEvidence e = evidence(found, zh, m.start(2));
            e.glossed = true;
            e.abbr = e.abbr == null ? m.group(1) : e.abbr;
            if (e.context == null) {
                e.context = Occurrences.sentenceAround(t, m.start(1));
            }
            List<GlossaryEntry> byAbbr = glossary.byAbbr(m.group(1));
            if (!byAbbr.isEmpty()) {
                markGlossary(e, byAbbr.get(0), glossary);
            } else {
                glossary.findChinese(zh).ifPresent(entry -> markGlossary(e, entry, glossary));
            }
        }
    }

    private void addGlossaryHits(ZhText t, Map<String, TermEvidence> found) {
        for (GlossaryScanner.Hit h : scanner.scan(t)) {
            TermEvidence e = evidence(found, t.text().substring(h.start(), h.end()), h.start());
            int next = t.tokenStartingAt(h.end());
            boolean insideCompound = next >= 0 && t.wordClass(next) != WordClass.BREAK
                    && GlossFinder.hasHan(t.token(next).word()) && !CompoundFinder.isGeneral(t.token(next).word());
            markGlossary(e, h.entry(), glossary, insideCompound ? 0.3 : 1.0);
        }
    }

    private void addDefinitions(ZhText t, Map<String, TermEvidence> found) {
        int rank = 0;
        for (ZhDefinition d : definitions.find(t)) {
            rank++;
            if (d.term() != null) {
                if (isAnaphor(t.text(), d.term(), d.start())) {
                    // "这一现象被称为灾难性遗忘": "this phenomenon" points at the term the sentence names; it is none.
                    continue;
                }
                TermEvidence e = evidence(found, d.term(), d.start());
                glossary.findChinese(d.term()).ifPresent(entry -> markGlossary(e, entry, glossary));
                e.defineBy(d.sentence(), d.strength() * 1000 + rank);
                continue;
            }
            TermEvidence best = null;
            for (TermEvidence e : found.values()) {
                if (GlossFinder.hanCount(e.key) >= 3 && containsAllChars(d.consequent(), e.key)
                        && (best == null || e.key.length() > best.key.length())) {
                    best = e;
                }
            }
            if (best != null) {
                best.defineBy(d.sentence(), d.strength() * 1000 + rank);
            }
        }
    }

    /** A general noun ({@code 现象}, {@code 方法}) right after a demonstrative ({@code 这一}, {@code 该}, {@code 此}). */
    static boolean isAnaphor(String text, String term, int start) {
        if (!CompoundFinder.isGeneral(term)) {
            return false;
        }
        int at = text.lastIndexOf(term, Math.max(0, start + term.length()));
        if (at < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, at - 3), at);
        return before.endsWith("这") || before.endsWith("这一") || before.endsWith("这种") || before.endsWith("该")
                || before.endsWith("此") || before.endsWith("上述") || before.endsWith("这个") || before.endsWith("这类");
    }

    private static boolean containsAllChars(String clause, String key) {
        return key.chars().allMatch(c -> clause.indexOf(c) >= 0);
    }

    static void markGlossary(TermEvidence e, GlossaryEntry entry, Glossary glossary) {
        markGlossary(e, entry, glossary, 1.0);
    }

    /**
     * Marks a term as a glossary rendering. Weight: a multi-word or abbreviated English term counts more than a
     * single general word ({@code 模型}); a rendering met only as the first part of a longer compound counts less.
     */
    static void markGlossary(TermEvidence e, GlossaryEntry entry, Glossary glossary, double factor) {
        e.inGlossary = true;
        if (e.entry == null) {
            e.entry = entry;
        }
        double w = 1.2;
        if (entry.en().contains(" ") || entry.en().contains("-")) {
            w += 0.8;
        }
        if (entry.abbr() != null) {
            w += 0.5;
        }
        if (glossary.isBasic(entry)) {
            e.basic = e.entry == entry;
            w = 0;
        }
        e.glossaryWeight = Math.max(e.glossaryWeight, w * factor);
    }

    static TermEvidence evidence(Map<String, TermEvidence> found, String surface, int start) {
        String text = surface.strip();
        String key = TermKeys.of(text);
        TermEvidence e = found.get(key);
        if (e == null) {
            e = new TermEvidence(key, text, start);
            found.put(key, e);
        } else if (start < e.start) {
            e.start = start;
        }
        return e;
    }

    /** One evidence per glossary entry: surface forms of one term ({@code 涌现能力}, {@code 新兴能力}) merged. */
    private static List<TermEvidence> mergedByEntry(java.util.Collection<TermEvidence> all) {
        Map<GlossaryEntry, TermEvidence> main = new java.util.IdentityHashMap<>();
        List<TermEvidence> out = new ArrayList<>();
        List<TermEvidence> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparingInt((TermEvidence e) -> -e.frequency));
        for (TermEvidence e : sorted) {
            if (e.entry == null || e.basic) {
                out.add(e);
                continue;
            }
            TermEvidence first = main.putIfAbsent(e.entry, e);
            if (first == null) {
                out.add(e);
            } else {
                first.absorb(e);
            }
        }
        return out;
    }
}
