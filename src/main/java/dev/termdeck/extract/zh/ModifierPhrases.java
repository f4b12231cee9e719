package dev.termdeck.extract.zh;

import java.util.Map;
import java.util.Set;

/**
 * Drops phrases that only modify the noun after them: a run ending in one of the words that make an adjective of what
 * stands before them, as "-driven", "-related", "-oriented" and "-agnostic" do in English (a closed class:
 * {@code 驱动 相关 导向 无关}), which the text writes before {@code 的} or another word at every occurrence
 * ({@code LLM驱动的方法}, {@code 安全相关特征}): the thing it names is after it. A phrase the text glosses, defines or the
 * glossary knows stays. Stateless.
 */
final class ModifierPhrases {
    private static final Set<String> MODIFYING_HEADS = Set.of("驱动", "相关", "导向", "无关");

    private ModifierPhrases() {
    }

    static void drop(String text, Map<String, TermEvidence> found) {
        found.values().removeIf(e -> !e.glossed && e.definition == null && !e.inGlossary && !e.heading
                && endsInModifyingHead(e.text) && modifiesAtEveryOccurrence(text, e.text));
    }

    private static boolean endsInModifyingHead(String term) {
        return term.length() > 2 && MODIFYING_HEADS.contains(term.substring(term.length() - 2));
    }

    /** Whether every occurrence of {@code term} in {@code text} is followed by {@code 的} or another hanzi. */
    static boolean modifiesAtEveryOccurrence(String text, String term) {
        int at = text.indexOf(term);
        boolean any = false;
        while (at >= 0) {
            int end = at + term.length();
            if (end >= text.length() || !HanLpChinese.isHan(text.charAt(end))) {
                return false;
            }
            any = true;
            at = text.indexOf(term, end);
        }
        return any;
    }
}
