package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the selected candidates of one language across documents into {@link TermGroup}s: candidates with the same
 * key are one term, and a term written only as a short form ({@code LLM}) joins the term that a document defines
 * with that abbreviation ({@code large language model (LLM)}). Stateless and thread-safe.
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
            groups.add(made.computeIfAbsent(new SameItems(members, null), k -> group(members, docOrder)));
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

    private static TermGroup group(List<ScoredCandidate> members, Map<String, Integer> docOrder) {
        List<ScoredCandidate> best = new ArrayList<>(members);
        // Prefer a candidate that carries its abbreviation: its text is the long form the card should show.
        best.sort(Comparator.comparing((ScoredCandidate s) -> s.candidate().abbr() == null)
                .thenComparing(ScoredCandidate.BEST_FIRST));
        TermCandidate head = best.get(0).candidate();
        Lang lang = head.lang();
        String abbr = null;
        String gloss = null;
        String definition = null;
        List<String> variants = new ArrayList<>();
        best.sort(ScoredCandidate.BEST_FIRST);
        for (ScoredCandidate s : best) {
            TermCandidate c = s.candidate();
            abbr = abbr != null ? abbr : c.abbr();
            gloss = gloss != null ? gloss : c.gloss();
            definition = definition != null ? definition : c.definition();
            variants.add(c.text());
            variants.addAll(c.variants());
        }
        // "Natural Language Processing (NLP)" in one abstract, "natural language processing" in another: show the
        // lower-case form, keep the capitalised one as a variant.
        String text = head.text();
        for (String v : variants) {
            if (v.equalsIgnoreCase(text) && v.equals(v.toLowerCase(java.util.Locale.ROOT))) {
                variants.add(text);
                text = v;
                break;
            }
        }
        String shown = text;
        String shownAbbr = abbr;
        variants.removeIf(v -> v.equals(shown) || v.equals(shownAbbr));
        Map<String, TermCandidate> perDoc = new LinkedHashMap<>();
        for (ScoredCandidate s : best) {
            perDoc.putIfAbsent(s.candidate().docId(), s.candidate());
        }
        List<TermCandidate> docs = new ArrayList<>(perDoc.values());
        docs.sort(Comparator.comparingInt((TermCandidate c) -> docOrder.getOrDefault(c.docId(), Integer.MAX_VALUE))
                .thenComparing(TermCandidate::docId));
        List<Source> sources = new ArrayList<>();
        for (TermCandidate c : docs) {
            sources.add(new Source(c.docId(), c.lang(), c.context()));
        }
        int frequency = members.stream().mapToInt(s -> s.candidate().frequency()).sum();
        double score = members.stream().mapToDouble(ScoredCandidate::score).max().orElse(0);
        boolean defined = definition != null;
        return new TermGroup(lang, head.key(), shown, variants, abbr, gloss,
                defined ? definition : head.context(), defined, sources, frequency, score, counterparts(best));
    }

    /** The members' renderings in the other version of their papers, best member first, one per text. */
    private static List<Counterpart> counterparts(List<ScoredCandidate> best) {
        Map<String, Counterpart> found = new LinkedHashMap<>();
        boolean missing = false;
        for (ScoredCandidate s : best) {
            Counterpart c = s.candidate().counterpart();
            if (c.isFound()) {
                found.putIfAbsent(c.text(), c);
            }
            missing |= c.status() == Counterpart.Status.NOT_FOUND;
        }
        List<Counterpart> out = new ArrayList<>(found.values());
        if (missing) {
            out.add(Counterpart.NOT_FOUND);
        }
        return out;
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
            if (c.lang() == dev.termdeck.core.Lang.EN && c.abbr() != null) {
                longFormByAbbr.putIfAbsent(c.abbr(), c.text().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Map<String, List<TermCandidate>> byDoc = new LinkedHashMap<>();
        for (ScoredCandidate s : selected) {
            if (s.candidate().lang() == dev.termdeck.core.Lang.EN) {
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
