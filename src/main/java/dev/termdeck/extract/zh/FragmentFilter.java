package dev.termdeck.extract.zh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Map<String, List<TermEvidence>> containers = containers(all);
        List<TermEvidence> out = new ArrayList<>(all.size());
        for (TermEvidence e : all) {
            if (e.evidenceScore() <= 0 || fragment(e, containers.getOrDefault(e.key, List.of()))) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /**
     * For each key of {@code all}, the terms with evidence that contain it as a strict part of their key or of one
     * of their variants' keys, each term once. Each term's own parts are looked up (a term has a few dozen) instead
     * of comparing every pair of terms, which took minutes on a book-sized document.
     */
    private static Map<String, List<TermEvidence>> containers(Collection<TermEvidence> all) {
        Set<String> keys = new HashSet<>();
        for (TermEvidence e : all) {
            keys.add(e.key);
        }
        int[] lengths = keys.stream().mapToInt(String::length).distinct().sorted().toArray();
        Map<String, List<TermEvidence>> out = new HashMap<>();
        Set<String> parts = new HashSet<>();
        for (TermEvidence longer : all) {
            if (longer.evidenceScore() <= 0) {
                continue;
            }
            parts.clear();
            addParts(longer.key, keys, lengths, parts);
            for (String vk : longer.variantKeys()) {
                addParts(vk, keys, lengths, parts);
            }
            for (String p : parts) {
                out.computeIfAbsent(p, k -> new ArrayList<>()).add(longer);
            }
        }
        return out;
    }

    /** Adds to {@code parts} the strict parts of {@code whole} that are keys. */
    private static void addParts(String whole, Set<String> keys, int[] lengths, Set<String> parts) {
        for (int len : lengths) {
            if (len >= whole.length()) {
                return;
            }
            for (int i = 0; i + len <= whole.length(); i++) {
                String part = whole.substring(i, i + len);
                if (keys.contains(part)) {
                    parts.add(part);
                }
            }
        }
    }

    /** Whether {@code e} is a fragment of the terms that contain it ({@code containers}, with evidence). */
    private static boolean fragment(TermEvidence e, List<TermEvidence> containers) {
        if (e.glossed || e.definition != null) {
            return false;
        }
        int covered = 0;
        for (TermEvidence longer : containers) {
            if (longer != e && (e.onlyRecurs() || e.latinName || !longer.onlyRecurs())) {
                covered += longer.frequency;
            }
        }
        return covered > 0 && covered >= NEARLY * e.frequency;
    }
}
