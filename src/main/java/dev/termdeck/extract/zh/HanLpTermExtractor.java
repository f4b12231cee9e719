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
        for (Evidence e : evidence(doc)) {
            out.add(e.toCandidate(doc.id()));
        }
        return out;
    }

    /** The evidence gathered for each term of a Chinese document, fragments of longer terms dropped. */
    List<Evidence> evidence(Document doc) {
        String text = chinese.toSimplified(doc.text());
        ZhText t = new ZhText(text, chinese.segment(text));
        Map<String, Evidence> found = new LinkedHashMap<>();
        addGlosses(t, found);
        addGlossaryHits(t, found);
        new CompoundFinder(glossary).find(t, found);
        new LatinNames(glossary).find(t, found);
        headings.find(t, found);
        addDefinitions(t, found);
        for (Evidence e : found.values()) {
            if (e.frequency == 0) {
                e.frequency = Occurrences.count(text, e.text);
            }
            e.frequency += e.latinMentions;
        }
        List<Evidence> kept = Dominance.kept(mergedByEntry(found.values()));
        for (Evidence e : kept) {
            if (e.context == null) {
                e.context = Occurrences.sentenceAround(t, e.start);
            }
        }
        return kept;
    }

    private void addGlosses(ZhText t, Map<String, Evidence> found) {
        for (Gloss g : glosses.find(t)) {
            Evidence e = evidence(found, g.zh(), t.token(g.zhFrom()).start());
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

    private void addGlossaryHits(ZhText t, Map<String, Evidence> found) {
        for (GlossaryScanner.Hit h : scanner.scan(t)) {
            Evidence e = evidence(found, t.text().substring(h.start(), h.end()), h.start());
            int next = t.tokenStartingAt(h.end());
            boolean insideCompound = next >= 0 && t.wordClass(next) != WordClass.BREAK
                    && GlossFinder.hasHan(t.token(next).word()) && !CompoundFinder.isGeneral(t.token(next).word());
            markGlossary(e, h.entry(), glossary, insideCompound ? 0.3 : 1.0);
        }
    }

    private void addDefinitions(ZhText t, Map<String, Evidence> found) {
        int rank = 0;
        for (ZhDefinition d : definitions.find(t)) {
            rank++;
            if (d.term() != null) {
                Evidence e = evidence(found, d.term(), d.start());
                glossary.findChinese(d.term()).ifPresent(entry -> markGlossary(e, entry, glossary));
                e.defineBy(d.sentence(), d.strength() * 1000 + rank);
                continue;
            }
            Evidence best = null;
            for (Evidence e : found.values()) {
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

    private static boolean containsAllChars(String clause, String key) {
        return key.chars().allMatch(c -> clause.indexOf(c) >= 0);
    }

    static void markGlossary(Evidence e, GlossaryEntry entry, Glossary glossary) {
        markGlossary(e, entry, glossary, 1.0);
    }

    /**
     * Marks a term as a glossary rendering. Weight: a multi-word or abbreviated English term counts more than a
     * single general word ({@code 模型}); a rendering met only as the first part of a longer compound counts less.
     */
    static void markGlossary(Evidence e, GlossaryEntry entry, Glossary glossary, double factor) {
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

    static Evidence evidence(Map<String, Evidence> found, String surface, int start) {
        String text = surface.strip();
        String key = TermKeys.of(text);
        Evidence e = found.get(key);
        if (e == null) {
            e = new Evidence(key, text, start);
            found.put(key, e);
        } else if (start < e.start) {
            e.start = start;
        }
        return e;
    }

    /** One evidence per glossary entry: surface forms of one term ({@code 涌现能力}, {@code 新兴能力}) merged. */
    private static List<Evidence> mergedByEntry(java.util.Collection<Evidence> all) {
        Map<GlossaryEntry, Evidence> main = new java.util.IdentityHashMap<>();
        List<Evidence> out = new ArrayList<>();
        List<Evidence> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparingInt((Evidence e) -> -e.frequency));
        for (Evidence e : sorted) {
            if (e.entry == null || e.basic) {
                out.add(e);
                continue;
            }
            Evidence first = main.putIfAbsent(e.entry, e);
            if (first == null) {
                out.add(e);
            } else {
                first.absorb(e);
            }
        }
        return out;
    }
}
