package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the selected candidates of one language across documents into {@link TermGroup}s: candidates with the same
 * key are one term, and a term written only as a short form ({@code LLM}) joins the term that a document defines
 * with that abbreviation ({@code large language model (LLM)}); {@link TermGroupMerge} makes each group of its members.
 * Stateless and thread-safe.
 */
public final class TermGroups {
    private TermGroups() {
    }

    /**
     * Groups {@code selected} (candidates of one language, in corpus order), best score first, then by key.
     *
     * @param docOrder the position of each document id in the corpus, for ordering sources
     */
    public static List<TermGroup> of(List<ScoredCandidate> selected, Map<String, Integer> docOrder) {
        return of(selected, docOrder, new HashMap<>());
    }

    /**
     * As {@link #of(List, Map)}, finding in {@code made} the group of members met before (the same candidate objects
     * in the same order, with the same {@code docOrder}) and remembering the groups it makes there: the selections of
     * one build share it, so a refill makes again only the groups its new candidates change.
     */
    static List<TermGroup> of(List<ScoredCandidate> selected, Map<String, Integer> docOrder,
            Map<SameItems, TermGroup> made) {
        Map<String, String> parent = new HashMap<>();
        for (ScoredCandidate s : selected) {
            parent.putIfAbsent(s.candidate().key(), s.candidate().key());
        }
        // Each key normalised once (not once per abbreviation, which sorted and normalised every key of the corpus
        // for every candidate with a short form: a sixth of a 1,000-abstract build).
        Map<String, List<String>> keysByNormal = new HashMap<>();
        for (String k : parent.keySet()) {
            keysByNormal.computeIfAbsent(GenericPhrases.normalize(k), n -> new ArrayList<>(1)).add(k);
        }
        Map<String, List<TermCandidate>> definedWith = new LinkedHashMap<>();
        for (ScoredCandidate s : selected) {
            TermCandidate c = s.candidate();
            if (c.abbr() != null) {
                definedWith.computeIfAbsent(GenericPhrases.normalize(c.abbr()), a -> new ArrayList<>()).add(c);
            }
        }
        definedWith.forEach((abbr, longForms) -> {
            List<String> bare = keysByNormal.getOrDefault(abbr, List.of());
            if (bare.isEmpty()) {
                return;
            }
            for (String k : bare) {
                for (String longForm : joinedLongForms(k, longForms, selected)) {
                    union(parent, k, longForm);
                }
            }
        });
        unionNearDuplicates(selected, parent);
        Map<String, List<ScoredCandidate>> byRoot = new LinkedHashMap<>();
        for (ScoredCandidate s : selected) {
            byRoot.computeIfAbsent(find(parent, s.candidate().key()), k -> new ArrayList<>()).add(s);
        }
        List<TermGroup> groups = new ArrayList<>();
        for (List<ScoredCandidate> members : byRoot.values()) {
            groups.add(made.computeIfAbsent(new SameItems(members, null), k -> TermGroupMerge.of(members, docOrder)));
        }
        groups.sort(Comparator.comparingDouble(TermGroup::score).reversed().thenComparing(TermGroup::key));
        return groups;
    }

    /**
     * The keys of the long forms a term written only as a short form joins: all of them when the corpus spells the
     * short form out one way; when it spells it out as several concepts (CAPE: "Category-Agnostic Pose Estimation" in
     * one paper, "Contrastive Patient-Augmented ECG Pretraining" in another), only the one defined in the papers the
     * short form is written in (most of them; none when no such paper defines it), so that the short form does not
     * make one term of two papers' concepts.
     */
    private static List<String> joinedLongForms(String bareKey, List<TermCandidate> longForms,
            List<ScoredCandidate> selected) {
        List<String> keys = new ArrayList<>();
        List<String> concepts = new ArrayList<>();
        for (TermCandidate c : longForms) {
            if (!keys.contains(c.key())) {
                keys.add(c.key());
            }
            String concept = concept(c);
            if (concepts.stream().noneMatch(o -> sameConcept(o, concept))) {
                concepts.add(concept);
            }
        }
        if (concepts.size() <= 1) {
            return keys;
        }
        java.util.Set<String> papers = new java.util.HashSet<>();
        for (ScoredCandidate s : selected) {
            if (s.candidate().key().equals(bareKey) && s.candidate().abbr() == null) {
                papers.add(paperOf(s.candidate().docId()));
            }
        }
        String best = null;
        int most = 0;
        for (String k : keys) {
            java.util.Set<String> shared = new java.util.HashSet<>();
            for (TermCandidate c : longForms) {
                if (c.key().equals(k) && papers.contains(paperOf(c.docId()))) {
                    shared.add(paperOf(c.docId()));
                }
            }
            if (shared.size() > most || shared.size() == most && most > 0 && k.compareTo(best) < 0) {
                best = k;
                most = shared.size();
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** A long form compared loosely: lower case, only its letters and digits, a final s aside. */
    private static String concept(TermCandidate c) {
        StringBuilder out = new StringBuilder();
        c.text().toLowerCase(java.util.Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        int n = out.length();
        return n > 3 && out.charAt(n - 1) == 's' ? out.substring(0, n - 1) : out.toString();
    }

    /** Two long forms of one concept: the same words, or (Chinese) one written inside the other. */
    private static boolean sameConcept(String a, String b) {
        return a.equals(b) || a.length() >= 2 && b.length() >= 2 && (a.contains(b) || b.contains(a))
                && a.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }

    /** The paper a document is a version of: {@code FILE#N} for {@code FILE#N} and its translation {@code FILE#N@zh}. */
    static String paperOf(String doc) {
        int at = doc.lastIndexOf('@');
        return at > doc.lastIndexOf('#') && at > 0 ? doc.substring(0, at) : doc;
    }

    /**
     * Near-duplicates of one document become one term: two English phrases with the same modifiers whose heads name
     * the same thing, more or less exactly ("closed-source model" and "closed-source LLM", where the document's LLM
     * is a large language model; "closed-source model" and "closed-source language model"). The more specific one
     * is usually the better card; both forms stay as aliases.
     */
    private static void unionNearDuplicates(List<ScoredCandidate> selected, Map<String, String> parent) {
        Map<String, String> longFormByAbbr = new HashMap<>();
        for (ScoredCandidate s : selected) {
            TermCandidate c = s.candidate();
            if (c.lang() == Lang.EN && c.abbr() != null) {
                longFormByAbbr.putIfAbsent(c.abbr(), c.text().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Map<String, List<TermCandidate>> byDoc = new LinkedHashMap<>();
        for (ScoredCandidate s : selected) {
            if (s.candidate().lang() == Lang.EN) {
                byDoc.computeIfAbsent(s.candidate().docId(), d -> new ArrayList<>()).add(s.candidate());
            }
        }
        for (List<TermCandidate> doc : byDoc.values()) {
            // Two phrases whose first words differ (up to case) are never near-duplicates: the more general one's
            // modifiers open the other. Each phrase's first word once, not a split and lower-casing per pair.
            String[] first = new String[doc.size()];
            for (int i = 0; i < first.length; i++) {
                String t = doc.get(i).text();
                int space = t.indexOf(' ');
                first[i] = (space < 0 ? t : t.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
            }
            for (int i = 0; i < first.length; i++) {
                TermCandidate a = doc.get(i);
                for (int j = 0; j < first.length; j++) {
                    TermCandidate b = doc.get(j);
                    if (a != b && first[i].equals(first[j]) && a.key().compareTo(b.key()) < 0
                            // A long form defined with its own short form names a concept of its own: "Flexible
                            // Association Control (FlexAC)" is no way of writing "flexible control".
                            && (a.abbr() == null) == (b.abbr() == null)
                            && sameThing(a.text(), b.text(), longFormByAbbr)) {
                        union(parent, a.key(), b.key());
                    }
                }
            }
        }
    }

    /** Whether {@code x} and {@code y} differ only in how they name the same head (see above), either way round. */
    static boolean sameThing(String x, String y, Map<String, String> longFormByAbbr) {
        return narrows(x, y, longFormByAbbr) || narrows(y, x, longFormByAbbr);
    }

    private static boolean narrows(String general, String specific, Map<String, String> longFormByAbbr) {
        String[] g = general.split(" ");
        String[] s = specific.split(" ");
        if (g.length < 2 || s.length < 2) {
            return false;
        }
        String head = g[g.length - 1].toLowerCase(java.util.Locale.ROOT);
        String modifiers = String.join(" ", java.util.Arrays.copyOf(g, g.length - 1)).toLowerCase(java.util.Locale.ROOT);
        String specificLower = specific.toLowerCase(java.util.Locale.ROOT);
        if (!specificLower.startsWith(modifiers + " ")) {
            return false;
        }
        String rest = specific.substring(modifiers.length() + 1);
        if (!rest.contains(" ")) {
            // "closed-source LLM": the other head is a short form whose long form ends in this head.
            String longForm = longFormByAbbr.get(rest);
            return longForm != null && (longForm.endsWith(" " + head) || longForm.endsWith(" " + head + "s"));
        }
        // "closed-source language model": the same head with a modifier more.
        return specificLower.endsWith(" " + head) && rest.split(" ").length == 2;
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.get(k);
        while (!p.equals(k)) {
            k = p;
            p = parent.get(k);
        }
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // The smaller key becomes the root, so the result does not depend on the order of calls.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
