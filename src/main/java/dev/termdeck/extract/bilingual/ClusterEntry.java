package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermGroup;
import static dev.termdeck.extract.bilingual.PhraseMatch.looseKey;
import java.util.List;

/**
 * The glossary entry that fills the card of a cluster of linked groups, for {@link BilingualLinker}: the entry of
 * the card's English term, or another group's entry only when it names that term, so that a shorter concept joined
 * by a short form or a rendering does not give the card its Chinese side. Stateless.
 */
final class ClusterEntry {
    private ClusterEntry() {
    }

    /**
     * The entry that fills the card of a cluster: the one found for the card's English term (the first English group)
     * when it has one; an entry found only for another group of the cluster serves when it names that English term,
     * else none. A Chinese term joined by a short form or a rendering may be a shorter, other concept (姿态估计, "pose
     * estimation", joined with "Category-Agnostic Pose Estimation" by CAPE; 医学图像分割 beside "medical image
     * reasoning segmentation"): its entry would give the card a Chinese side that drops the English term's modifiers.
     */
    static GlossaryEntry entryOfCard(List<TermGroup> groups, List<Integer> members, List<TermGroup> all,
            List<GlossaryEntry> entries, GlossaryEntry first) {
        TermGroup en = null;
        for (TermGroup g : groups) {
            if (g.lang() == Lang.EN) {
                en = g;
                break;
            }
        }
        if (en == null || first == null) {
            return first;
        }
        GlossaryEntry own = entries.get(members.get(indexOf(members, all, en)));
        if (own != null) {
            return own;
        }
        for (int i : members) {
            GlossaryEntry e = entries.get(i);
            if (e != null && (namesTerm(e, en) || writesTerm(all.get(i), en))) {
                return e;
            }
        }
        return null;
    }

    static int indexOf(List<Integer> members, List<TermGroup> all, TermGroup g) {
        for (int k = 0; k < members.size(); k++) {
            if (all.get(members.get(k)) == g) {
                return k;
            }
        }
        throw new IllegalStateException("group not in its cluster");
    }

    /** Whether a Chinese group's text writes the English term beside it (超越模仿游戏基准(Big Bench)). */
    static boolean writesTerm(TermGroup g, TermGroup en) {
        return g.gloss() != null && looseKey(g.gloss()).equals(looseKey(en.text()));
    }

    /**
     * Whether the entry's English or short form is the group's term or one of its forms (hyphens, plurals aside), not
     * a form that is the term with words left out ({@link AliasScope#isOtherConcept}).
     */
    static boolean namesTerm(GlossaryEntry e, TermGroup en) {
        String key = looseKey(e.en());
        String term = looseKey(en.text());
        if (term.equals(key) || e.linkedAbbr() != null && looseKey(e.linkedAbbr()).equals(term)) {
            return true;
        }
        for (String v : en.variants()) {
            if (looseKey(v).equals(key) && !AliasScope.isOtherConcept(v, en.text())) {
                return true;
            }
        }
        return false;
    }
}
