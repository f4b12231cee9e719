package dev.termdeck.extract.zh;

import dev.termdeck.extract.bilingual.TermKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the edges of Chinese candidates against the text: a candidate must not leave out characters that belong to
 * the word at its edge. The segmenter splits off the single-character suffixes that make nouns ({@code 大数据/集}:
 * 数据集 is a dataset, 大数据集 a large one) and the prefix 可 ("-able": {@code 可/训练/参数}), so a term found from its
 * pieces or from the glossary ({@code 大数据}, {@code 训练参数}) can be a word cut short. When every occurrence of a
 * candidate in the document has the same missing character beside it, the candidate becomes the whole word. Stateless.
 */
final class Boundaries {
    /**
     * Single characters that end a noun when written right after one ({@code 数据集}, {@code 编码器}, {@code 准确率},
     * {@code 鲁棒性}): a closed class of Chinese nominal suffixes.
     */
    static final Set<Character> NOUN_SUFFIXES = Set.of('集', '器', '率', '性', '度', '值', '量', '法', '者', '机');

    private Boundaries() {
    }

    /** The candidates of {@code found} with their cut edges restored, merged with a candidate of the whole word. */
    static void repair(ZhText t, Map<String, TermEvidence> found) {
        Map<String, TermEvidence> renamed = new LinkedHashMap<>();
        List<String> drop = new ArrayList<>();
        for (TermEvidence e : found.values()) {
            if (e.glossed || e.latinName || GlossFinder.hanCount(e.text) < 2) {
                continue;
            }
            String whole = wholeWord(t, e.text);
            if (whole == null) {
                continue;
            }
            drop.add(e.key);
            String key = TermKeys.of(whole);
            TermEvidence target = found.get(key) != null ? found.get(key) : renamed.get(key);
            if (target == null) {
                target = new TermEvidence(key, whole, Math.max(0, t.text().indexOf(whole)));
                target.frequency = Occurrences.count(t.text(), whole);
                renamed.put(key, target);
            }
            boolean fresh = target.entry == null && !target.inGlossary;
            target.absorb(e);
            target.variants.remove(e.text);
            if (fresh) {
                // The glossary knows the piece (大数据), not the word it was cut from (大数据集).
                target.inGlossary = false;
                target.glossaryWeight = 0;
                target.basic = false;
            }
        }
        drop.forEach(found::remove);
        renamed.forEach(found::putIfAbsent);
    }

    /**
     * The word {@code term} was cut from, when all its occurrences have the same character missing: 可 before a verb
     * it starts with, or a noun suffix written as a piece of its own after it. Else {@code null}.
     */
    static String wholeWord(ZhText t, String term) {
        String text = t.text();
        String whole = null;
        int at = text.indexOf(term);
        if (at < 0) {
            return null;
        }
        while (at >= 0) {
            int end = at + term.length();
            boolean left = at > 0 && text.charAt(at - 1) == '可' && t.tokenStartingAt(at - 1) >= 0
                    && t.tokenStartingAt(at) >= 0 && WordClass.isVerb(t.token(t.tokenStartingAt(at)))
                    || at > 0 && text.charAt(at - 1) == '可' && t.tokenStartingAt(at - 1) >= 0
                    && t.tokenStartingAt(at) >= 0 && t.token(t.tokenStartingAt(at)).tag().equals("vn");
            int suffix = end < text.length() ? t.tokenStartingAt(end) : -1;
            boolean right = suffix >= 0 && t.token(suffix).word().length() == 1
                    && NOUN_SUFFIXES.contains(t.token(suffix).word().charAt(0));
            String candidate = (left ? "可" : "") + term + (right ? text.substring(end, end + 1) : "");
            if (!left && !right || whole != null && !whole.equals(candidate)) {
                return null;
            }
            whole = candidate;
            at = text.indexOf(term, end);
        }
        return whole;
    }
}
