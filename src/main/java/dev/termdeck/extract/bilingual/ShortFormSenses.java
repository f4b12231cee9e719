package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each short form of the corpus stands for, paper by paper, so that a short form two papers spell out as two
 * concepts does not make one card of them: "Category-Agnostic Pose Estimation (CAPE)" in one paper and "Contrastive
 * Patient-Augmented ECG Pretraining (CAPE)" in another share only their letters. A paper's sense of a short form is
 * the English long form it defines with it, else the English its translation renders the Chinese long form with,
 * else that Chinese long form. Two senses differ when both are English and have other words, or both are Chinese and
 * neither is written inside the other nor three quarters of the other's characters. Immutable.
 */
final class ShortFormSenses {
    /** Short form (as a link key) → paper → the sense that paper gives it. */
    private final Map<String, Map<String, String>> byAbbr;

    private ShortFormSenses(Map<String, Map<String, String>> byAbbr) {
        this.byAbbr = byAbbr;
    }

    /** The senses of the short forms the groups define (English groups first, so that a paper's English wins). */
    static ShortFormSenses of(List<TermGroup> groups) {
        Map<String, Map<String, String>> byAbbr = new HashMap<>();
        for (Lang lang : List.of(Lang.EN, Lang.ZH)) {
            for (TermGroup g : groups) {
                if (g.lang() != lang || g.abbr() == null || isBare(g)) {
                    continue;
                }
                String sense = senseOf(g);
                Map<String, String> papers = byAbbr.computeIfAbsent(key(g.abbr()), k -> new LinkedHashMap<>());
                for (Source s : g.sources()) {
                    papers.putIfAbsent(paperOf(s.doc()), sense);
                }
            }
        }
        return new ShortFormSenses(byAbbr);
    }

    /**
     * Whether the corpus spells out the group's short form as more than one concept: then a group defining it meets
     * only the groups of its own papers and those with its own long form, not every group with the letters.
     */
    boolean spelledOutOtherwise(TermGroup g) {
        if (g.abbr() == null || isBare(g)) {
            return false;
        }
        Map<String, String> papers = byAbbr.get(key(g.abbr()));
        if (papers == null || papers.size() < 2) {
            return false;
        }
        List<String> senses = new ArrayList<>();
        for (String s : papers.values()) {
            if (senses.stream().noneMatch(o -> same(o, s))) {
                senses.add(s);
            }
        }
        for (int i = 0; i < senses.size(); i++) {
            for (int j = i + 1; j < senses.size(); j++) {
                if (differ(senses.get(i), senses.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For a short form written alone (CAPE) whose letters the corpus spells out as more than one concept, the key that
     * meets the term defined with it in the first of its papers that defines it; else none.
     */
    Optional<Object> paperKey(TermGroup g) {
        if (!isBare(g)) {
            return Optional.empty();
        }
        String abbr = key(g.text());
        Map<String, String> papers = byAbbr.get(abbr);
        if (papers == null) {
            return Optional.empty();
        }
        for (Source s : g.sources()) {
            String paper = paperOf(s.doc());
            if (papers.containsKey(paper)) {
                return Optional.of(abbr + "@" + paper);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a glossary entry may be what a short form written alone stands for: when one of its papers defines the
     * short form, the first such paper's long form must be the entry's (its English words, or for Chinese one of its
     * renderings written otherwise): "MPP" in the translation of "MultiPoint Proximity (MPP) encoding" is no
     * "molecular property prediction".
     */
    boolean agrees(TermGroup g, GlossaryEntry e) {
        Map<String, String> papers = byAbbr.get(key(g.text()));
        if (papers == null) {
            return true;
        }
        for (Source s : g.sources()) {
            String sense = papers.get(paperOf(s.doc()));
            if (sense != null) {
                if (BilingualLinker.isLatin(sense)) {
                    return same(sense, e.en());
                }
                return e.allZh().stream().anyMatch(z -> same(sense, z));
            }
        }
        return true;
    }

    private static String senseOf(TermGroup g) {
        if (g.lang() == Lang.EN) {
            return g.text();
        }
        for (Counterpart r : g.renderings()) {
            if (r.text() != null && BilingualLinker.isLatin(r.text()) && !BilingualLinker.isShortForm(r.text())) {
                return r.text();
            }
        }
        return g.text();
    }

    private static boolean same(String a, String b) {
        return a.equals(b) || BilingualLinker.isLatin(a) && BilingualLinker.isLatin(b)
                && (TermKeys.englishSingular(a).equals(TermKeys.englishSingular(b)) || PhraseMatch.sameWords(a, b))
                || !BilingualLinker.isLatin(a) && !BilingualLinker.isLatin(b)
                && PhraseMatch.closeChinese(TermKeys.of(a), TermKeys.of(b));
    }

    /** Two senses known to differ: both English or both Chinese, and not one written otherwise. */
    private static boolean differ(String a, String b) {
        return BilingualLinker.isLatin(a) == BilingualLinker.isLatin(b) && !same(a, b);
    }

    /** A group written as its short form only (CAPE, PiERN). */
    static boolean isBare(TermGroup g) {
        return BilingualLinker.isShortForm(g.text()) && BilingualLinker.isLatin(g.text())
                && (g.abbr() == null || key(g.abbr()).equals(key(g.text())));
    }

    /** The link key of a short form, as {@link BilingualLinker} writes it. */
    static String key(String abbr) {
        return "abbr:" + TermKeys.englishSingular(abbr);
    }

    private static String paperOf(String doc) {
        int at = doc.lastIndexOf('@');
        return at > doc.lastIndexOf('#') && at > 0 ? doc.substring(0, at) : doc;
    }
}
