package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deck-level rules for phrases that describe rather than name, applied once the whole corpus is read and the
 * definitions are chosen:
 * <ul>
 *   <li>a plain phrase of three words or more ({@link TermExtractor#isPlain}: everyday words only, no name, no head of
 *       the field, no glossary term) that one paper says once ("hierarchical cross-modal interaction", "textual
 *       motion instruction", "unknown training environment");</li>
 *   <li>a short form that another card spells out, then one lower-case noun ("SAE checkpoint", "PDE benchmark"): a
 *       kind of thing said about a concept that has its own card;</li>
 * </ul>
 * each makes no card when no other paper has it as a candidate, the title does not name it, no cue defines it, the
 * dictionary does not define it and the text gives it no short form. Each of those is evidence that a phrase names
 * something a learner meets again. Within one document a plain phrase only counts less ({@code Termhood}). Only
 * English terms are tested: the Chinese extractor says nothing is plain.
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
     * The texts of the groups that are undefined, unabbreviated, found as a candidate in no other document of the
     * corpus and not in the title of their document, and that are either plain phrases of three words or more said
     * once, or a short form and a noun ({@link #isShortFormAndNoun}).
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
        Map<String, String> longForms = new HashMap<>();
        for (TermGroup g : groups) {
            if (g.abbr() != null) {
                longForms.putIfAbsent(g.abbr(), g.text());
            }
        }
        for (TermGroup g : groups) {
            if (g.abbr() != null || g.defined() || df.getOrDefault(g.lang().code() + ":" + g.key(), 1) > 1
                    || inTitle(g, titles)) {
                continue;
            }
            if (g.frequency() <= 1 && words(g.text()) >= MIN_WORDS && extractor.isPlain(g.text())
                    || isShortFormAndNoun(g, longForms, titles)) {
                out.add(g.text());
            }
        }
        return out;
    }

    /**
     * "SAE checkpoint", "PDE benchmark", "MLLM benchmark": a short form that another card of the deck spells out,
     * then one lower-case noun, is a kind of thing said about the concept that has its own card, unless the title
     * names it with the long form ("MultiPoint Proximity (MPP) encoding" under the title "Multi-Point Proximity
     * Encoding for ...").
     */
    private static boolean isShortFormAndNoun(TermGroup g, Map<String, String> longForms, Map<String, String> titles) {
        String named = ShortFormNoun.named(g.text(), longForms);
        if (named == null) {
            return false;
        }
        for (Source s : g.sources()) {
            if (ShortFormNoun.squeezed(titles.getOrDefault(s.doc(), "")).contains(named)) {
                return false;
            }
        }
        return true;
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
