package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a card takes from the term groups it is made of (best first), for {@link CardMaker}: the group that gives each
 * side its term (a long form over its bare short form, hanzi over a copied short form), the rendering the translation
 * gives a side, the definition aligned with one, and the sources of all groups. Stateless.
 */
final class CardGroups {
    private CardGroups() {
    }

    /**
     * The English group that gives the card its English term: the best one, but when that is a bare short form and
     * the card holds the long form its letters spell, the long form ("Massively Multi-Task Model-Based Policy
     * Optimization", not M3PO, which the paper writes more often).
     */
    static TermGroup englishGroup(List<TermGroup> groups) {
        TermGroup best = first(groups, Lang.EN);
        if (best == null || !BilingualLinker.isShortForm(best.text())) {
            return best;
        }
        for (TermGroup g : groups) {
            if (g.lang() == Lang.EN && g != best && !BilingualLinker.isShortForm(g.text())
                    && CardShortForms.spells(best.text(), g.text())) {
                return g;
            }
        }
        return best;
    }

    /**
     * The Chinese group that gives the card its Chinese term: the best one, but when that is a short form the
     * translation writes alone in Latin letters (GLA), the group the translation writes in hanzi with that short form
     * in brackets (门控线性注意力（GLA）): the short form copied is no Chinese term where the translation has one.
     */
    static TermGroup chineseGroup(List<TermGroup> groups) {
        TermGroup best = first(groups, Lang.ZH);
        if (best == null || !BilingualLinker.isLatin(best.text()) || !BilingualLinker.isShortForm(best.text())) {
            return best;
        }
        for (TermGroup g : groups) {
            if (g.lang() == Lang.ZH && g.abbr() != null && !BilingualLinker.isLatin(g.text())
                    && CardShortForms.sameShortForm(g.abbr(), best.text())) {
                return g;
            }
        }
        return best;
    }

    static TermGroup first(List<TermGroup> groups, Lang lang) {
        for (TermGroup g : groups) {
            if (g.lang() == lang) {
                return g;
            }
        }
        return null;
    }

    /**
     * The rendering the translations give the groups of {@code lang} in the other language (the first group's best
     * candidate's), or {@code null}.
     */
    static Counterpart rendering(List<TermGroup> groups, Lang lang) {
        for (TermGroup g : groups) {
            if (g.lang() == lang && !g.renderings().isEmpty()) {
                return g.renderings().get(0);
            }
        }
        return null;
    }

    /**
     * The definition in the other language that the translation gives a term defined in {@code lang}: the sentence
     * aligned with the one that defines it, or {@code null}.
     */
    static String alignedDefinition(List<TermGroup> groups, Lang lang) {
        for (TermGroup g : groups) {
            if (g.lang() == lang && g.cardDefinition() != null) {
                for (Counterpart r : g.renderings()) {
                    if (r.definition() != null) {
                        return r.definition();
                    }
                }
            }
        }
        return null;
    }

    static List<Source> sources(List<TermGroup> groups) {
        List<Source> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Lang lang : Lang.values()) {
            for (TermGroup g : groups) {
                if (g.lang() != lang) {
                    continue;
                }
                for (Source s : g.sources()) {
                    if (seen.add(s.doc() + "\n" + s.lang())) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
