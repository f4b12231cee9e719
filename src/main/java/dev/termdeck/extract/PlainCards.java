package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A deck-level rule: a plain phrase of three words or more ({@link TermExtractor#isPlain}: everyday words only, no
 * name, no head of the field, no glossary term) that one paper of the corpus says once, outside its title, that no cue defines, the text
 * does not abbreviate and the dictionary does not define, describes rather than names, and makes no card
 * ("hierarchical cross-modal interaction", "textual motion instruction", "unknown training environment"). Each of
 * those is evidence that a phrase names something a learner meets again: a definition, a short form, a dictionary
 * entry, recurrence in the paper or across papers, the paper's title, a name, a word of the field. Within one
 * document such a phrase only counts less ({@code Termhood}); here, with the whole corpus read and the definitions
 * chosen, it goes. Only English terms are tested: the Chinese extractor says nothing is plain.
 */
final class PlainCards {
    /**
     * The fewest words of a description: two everyday words said once ("smoke simulation", "target video") name a
     * thing as often as they describe one, and {@code Termhood} already counts them less.
     */
    static final int MIN_WORDS = 3;

    private PlainCards() {
    }

    private static int words(String text) {
        return text.trim().split("\\s+").length;
    }

    /**
     * The texts of the groups of three words or more that are plain, undefined, unabbreviated, said once, found as a candidate in no other
     * document of the corpus, and not in the title of their document.
     *
     * @param df     the number of documents each candidate key ({@code lang:key}) was found in
     * @param titles each document's title by document id
     */
    static Set<String> unsupported(List<TermGroup> groups, Map<String, Integer> df, TermExtractor extractor,
            Map<String, String> titles) {
        Set<String> out = new HashSet<>();
        if (extractor == null) {
            return out;
        }
        for (TermGroup g : groups) {
            if (g.abbr() == null && !g.defined() && g.frequency() <= 1 && words(g.text()) >= MIN_WORDS
                    && df.getOrDefault(g.lang().code() + ":" + g.key(), 1) <= 1
                    && !inTitle(g, titles) && extractor.isPlain(g.text())) {
                out.add(g.text());
            }
        }
        return out;
    }

    /** Whether a title of the group's documents holds its text or a variant (case ignored). */
    private static boolean inTitle(TermGroup g, Map<String, String> titles) {
        for (Source s : g.sources()) {
            String title = titles.getOrDefault(s.doc(), "").toLowerCase(Locale.ROOT);
            if (title.isEmpty()) {
                continue;
            }
            if (title.contains(g.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (String v : g.variants()) {
                if (title.contains(v.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cards without those whose term in {@code lang} is one of {@code unsupported} and that have, after the
     * definitions were chosen, no definition in either language and no short form.
     */
    static List<Card> drop(List<Card> cards, Lang lang, Set<String> unsupported) {
        if (unsupported.isEmpty()) {
            return cards;
        }
        List<Card> kept = new ArrayList<>(cards.size());
        for (Card c : cards) {
            String term = c.term(lang);
            boolean bare = c.abbr() == null && c.definition().get(Lang.EN) == null
                    && c.definition().get(Lang.ZH) == null;
            if (!(bare && term != null && unsupported.contains(term))) {
                kept.add(c);
            }
        }
        return kept;
    }
}
