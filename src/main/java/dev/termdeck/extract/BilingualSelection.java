package dev.termdeck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Selection for a paper read with its translation: its English and Chinese candidates that name one concept (one is
 * the other's {@link Counterpart}) count as one, so that the cap per document holds for the paper's concepts, not
 * for each version apart (an abstract and its translation give at most {@code cap} cards, each in both languages,
 * not twice as many). A concept scores its best candidate's score; the best {@code cap} concepts keep all their
 * candidates. Stateless.
 */
final class BilingualSelection {
    private BilingualSelection() {
    }

    /**
     * The candidates kept of one paper: English ones and Chinese ones, each list best first.
     *
     * @param english the scored English candidates that passed the minimum score
     * @param chinese the scored Chinese candidates that passed the minimum score
     */
    static List<List<ScoredCandidate>> select(List<ScoredCandidate> english, List<ScoredCandidate> chinese, int cap) {
        List<ScoredCandidate> all = new ArrayList<>(english);
        all.addAll(chinese);
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byChinese = new HashMap<>();
        Map<String, Integer> byEnglish = new HashMap<>();
        for (int i = 0; i < english.size(); i++) {
            TermCandidate c = english.get(i).candidate();
            byEnglish.putIfAbsent(key(c.text()), i);
            for (String v : c.variants()) {
                byEnglish.putIfAbsent(key(v), i);
            }
        }
        for (int i = 0; i < chinese.size(); i++) {
            byChinese.putIfAbsent(key(chinese.get(i).candidate().text()), english.size() + i);
        }
        for (int i = 0; i < all.size(); i++) {
            Counterpart cp = all.get(i).candidate().counterpart();
            if (!cp.isFound()) {
                continue;
            }
            Integer other = (i < english.size() ? byChinese : byEnglish).get(key(cp.text()));
            if (other != null) {
                union(parent, i, other);
            }
        }
        Map<Integer, List<ScoredCandidate>> concepts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            concepts.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<List<ScoredCandidate>> ranked = new ArrayList<>(concepts.values());
        for (List<ScoredCandidate> members : ranked) {
            members.sort(ScoredCandidate.BEST_FIRST);
        }
        ranked.sort(Comparator.comparing((List<ScoredCandidate> m) -> m.get(0), ScoredCandidate.BEST_FIRST));
        List<ScoredCandidate> keptEnglish = new ArrayList<>();
        List<ScoredCandidate> keptChinese = new ArrayList<>();
        for (List<ScoredCandidate> members : ranked.subList(0, Math.min(cap, ranked.size()))) {
            for (ScoredCandidate s : members) {
                (english.contains(s) ? keptEnglish : keptChinese).add(s);
            }
        }
        keptEnglish.sort(ScoredCandidate.BEST_FIRST);
        keptChinese.sort(ScoredCandidate.BEST_FIRST);
        return List.of(keptEnglish, keptChinese);
    }

    /** Candidates and renderings compare by {@link GenericPhrases#normalize}. */
    private static String key(String text) {
        return GenericPhrases.normalize(text);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
