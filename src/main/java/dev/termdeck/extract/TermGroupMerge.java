package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one {@link TermGroup} of the candidates {@link TermGroups} found to be one term: the best member's text (or
 * its lower-case form, when a member writes it so) shown, the others' forms as variants, the first abbreviation, gloss
 * and definition of the members best first, one source per document in corpus order, and the members' renderings in
 * the other version of their papers. Stateless.
 */
final class TermGroupMerge {
    private TermGroupMerge() {
    }

    /** The group of {@code members}, candidates of one term; {@code docOrder} orders its sources as the corpus. */
    static TermGroup of(List<ScoredCandidate> members, Map<String, Integer> docOrder) {
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
}
