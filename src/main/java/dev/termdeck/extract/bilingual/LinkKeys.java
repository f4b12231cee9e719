package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import static dev.termdeck.extract.bilingual.BilingualLinker.isLatin;
import static dev.termdeck.extract.bilingual.BilingualLinker.isShortForm;
import java.util.ArrayList;
import java.util.List;

/**
 * How term groups meet, for {@link BilingualLinker}: the keys each group is filed under (its glossary entry, short
 * form, English forms, Latin names and the renderings the translations give it), two groups that share a key being
 * one term, and the union-find over group indices that joins them into clusters. Stateless.
 */
final class LinkKeys {
    private LinkKeys() {
    }

    /**
     * The keys under which groups meet: entry, abbreviation, English forms and Latin names, and the renderings the
     * translation of a paper gives a term (an English term meets the Chinese term its translation writes for it).
     */
    static List<Object> linkKeys(TermGroup g, GlossaryEntry entry, boolean otherExpansion,
            boolean sharedAbbr) {
        List<Object> keys = new ArrayList<>();
        if (entry != null) {
            keys.add(entry);
        }
        if (g.abbr() != null) {
            // A short form the group spells out otherwise than the glossary does meets only the same long form, and
            // the term defined with the same short form in the other version of one of its papers (交互式跨模态学习框架
            // （ICL） in the translation of "Interactive Cross-modal Learning framework (ICL)").
            // A short form the glossary gives several entries (AD: anomaly detection, Alzheimer's disease, ...) meets
            // only groups of the same entry, which the entry's own key already joins: "Alzheimer's disease (AD)" does
            // not meet 异常检测（AD）of another paper.
            String abbrKey = "abbr:" + TermKeys.englishSingular(g.abbr());
            keys.add(abbrKey + (otherExpansion ? ":" + g.key() : sharedAbbr ? ":" + entry.en() : ""));
            if (otherExpansion || sharedAbbr) {
                for (Source s : g.sources()) {
                    keys.add(abbrKey + "@" + paperOf(s.doc()));
                }
            }
        }
        if (g.lang() == Lang.EN) {
            keys.add("en:" + TermKeys.englishSingular(g.text()));
            if (isShortForm(g.text())) {
                keys.add("abbr:" + TermKeys.englishSingular(g.text()));
            }
            for (Counterpart r : g.renderings()) {
                keys.add("zh:" + TermKeys.of(r.text()));
            }
        } else {
            keys.add("zh:" + TermKeys.of(g.text()));
            for (Counterpart r : g.renderings()) {
                keys.add("en:" + TermKeys.englishSingular(r.text()));
            }
            if (g.gloss() != null) {
                keys.add("en:" + TermKeys.englishSingular(g.gloss()));
            }
            if (isLatin(g.text())) {
                keys.add("en:" + TermKeys.englishSingular(g.text()));
                if (isShortForm(g.text())) {
                    // The translation writes the short form alone (物理隔离的专家路由网络（PiERN），这是……PiERN): it
                    // meets the term defined with it, as an English short form does.
                    keys.add("abbr:" + TermKeys.englishSingular(g.text()));
                }
            }
        }
        return keys;
    }

    /** The paper a document is a version of: {@code FILE#N} for {@code FILE#N} and its translation {@code FILE#N@zh}. */
    static String paperOf(String doc) {
        int at = doc.lastIndexOf('@');
        return at > doc.lastIndexOf('#') && at > 0 ? doc.substring(0, at) : doc;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
