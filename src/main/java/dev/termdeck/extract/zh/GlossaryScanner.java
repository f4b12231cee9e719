package dev.termdeck.extract.zh;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.TermKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the glossary's Chinese renderings (standard and variants) in a text in one pass (HanLP's Aho-Corasick
 * double-array trie), whatever the segmenter made of them, ignoring spaces and hyphens ({@code 编码器 - 解码器模型}).
 * A hit counts only where it starts and ends on piece boundaries (so {@code 相变} is not found inside
 * {@code 互相变换}), and a hit inside a longer hit is dropped ({@code 强化学习} inside
 * {@code 基于人类反馈的强化学习}). Immutable and thread-safe once built.
 */
final class GlossaryScanner {
    /** A rendering found in the text: characters {@code [start, end)}, and its glossary entry. */
    record Hit(int start, int end, GlossaryEntry entry) {
    }

    private final AhoCorasickDoubleArrayTrie<GlossaryEntry> trie = new AhoCorasickDoubleArrayTrie<>();

    GlossaryScanner(Glossary glossary) {
        TreeMap<String, GlossaryEntry> keys = new TreeMap<>();
        for (Map.Entry<String, GlossaryEntry> r : glossary.expandedRenderings().entrySet()) {
            String k = r.getKey();
            if (k.codePoints().anyMatch(HanLpChinese::isHan)) {
                keys.putIfAbsent(k, r.getValue());
            }
        }
        trie.build(keys);
    }

    List<Hit> scan(ZhText t) {
        String text = t.text();
        char[] compact = new char[text.length()];
        int[] origin = new int[text.length()];
        int n = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            char c = lower.length() == text.length() ? lower.charAt(i) : text.charAt(i);
            if (!TermKeys.isIgnoredChar(c)) {
                compact[n] = c;
                origin[n] = i;
                n++;
            }
        }
        char[] body = java.util.Arrays.copyOf(compact, n);
        List<Hit> hits = new ArrayList<>();
        trie.parseText(body, (begin, end, entry) -> {
            int s = origin[begin];
            int e = origin[end - 1] + 1;
            if (t.tokenStartingAt(s) >= 0 && t.tokenEndingAt(e) >= 0) {
                hits.add(new Hit(s, e, entry));
            }
        });
        // Longest first at each start; a hit is inside a longer one when an earlier-starting (or same-start, longer)
        // hit reaches at least as far.
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt((Hit h) -> -h.end()));
        List<Hit> kept = new ArrayList<>();
        int reach = -1;
        for (Hit h : hits) {
            if (h.end() > reach) {
                kept.add(h);
                reach = h.end();
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }
}
