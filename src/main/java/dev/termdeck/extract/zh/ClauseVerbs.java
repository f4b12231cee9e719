package dev.termdeck.extract.zh;

import java.util.Map;

/**
 * Drops a run that is the object and verb of a disposal clause: one ending in a verb (HanLP {@code v}, not the verbal
 * noun {@code vn}) that the text writes right after 将 or 把 and right before 为, 成 or 到 at every occurrence
 * ({@code 将大型教师模型蒸馏为较小学生模型}, "distil the large teacher model into a smaller student model": not a term
 * 大型教师模型蒸馏). A run the text glosses, defines or the glossary knows stays. Stateless.
 */
final class ClauseVerbs {
    private ClauseVerbs() {
    }

    static void drop(ZhText t, Map<String, TermEvidence> found) {
        found.values().removeIf(e -> !e.glossed && e.definition == null && !e.inGlossary && !e.heading
                && disposedAtEveryOccurrence(t, e.text));
    }

    private static boolean disposedAtEveryOccurrence(ZhText t, String term) {
        String text = t.text();
        int at = text.indexOf(term);
        boolean any = false;
        while (at >= 0) {
            int end = at + term.length();
            int last = t.tokenEndingAt(end);
            if (at == 0 || end >= text.length() || last < 0 || !WordClass.isVerb(t.token(last))
                    || "将把".indexOf(text.charAt(at - 1)) < 0 || "为成到".indexOf(text.charAt(end)) < 0) {
                return false;
            }
            any = true;
            at = text.indexOf(term, end);
        }
        return any;
    }
}
