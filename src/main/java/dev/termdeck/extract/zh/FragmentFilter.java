package dev.termdeck.extract.zh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Drops fragments of longer terms: a term with no evidence of its own besides recurring, or with only weak glossary
 * evidence, is dropped when a longer term of the document contains it and occurs nearly as often
 * ({@code 文本检索} inside {@code 视频文本检索}, {@code 治疗效果} inside {@code 条件平均治疗效果}).
 */
final class FragmentFilter {
    private static final double NEARLY = 0.7;

    private FragmentFilter() {
    }

    static List<TermEvidence> kept(Collection<TermEvidence> all) {
        List<TermEvidence> out = new ArrayList<>(all.size());
        for (TermEvidence e : all) {
            if (e.evidenceScore() <= 0 || fragment(e, all)) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** Whether {@code key} is a strict part of the term or of one of its variants. */
    private static boolean containsAsPart(TermEvidence longer, String key) {
        if (longer.key.length() > key.length() && longer.key.contains(key)) {
            return true;
        }
        for (String vk : longer.variantKeys()) {
            if (vk.length() > key.length() && vk.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fragment(TermEvidence e, Collection<TermEvidence> all) {
        if (e.glossed || e.definition != null) {
            return false;
        }
        int covered = 0;
        for (TermEvidence longer : all) {
            if (longer != e && containsAsPart(longer, e.key)
                    && longer.evidenceScore() > 0
                    && (e.onlyRecurs() || e.latinName || !longer.onlyRecurs())) {
                covered += longer.frequency;
            }
        }
        return covered > 0 && covered >= NEARLY * e.frequency;
    }
}
