package dev.termdeck.exchange;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Source;
import java.text.Collator;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The content of a printable bilingual glossary, shared by the Markdown and HTML handouts: a title, the entries
 * sorted for the chosen direction, an optional Chinese index, and the labels in English and Chinese (from the
 * {@code HandoutLabels} bundles). Immutable.
 *
 * <p>Directions: {@code en-zh} lists every card sorted by English term (cards with no English term at the end, by
 * pinyin), English first; {@code zh-en} sorts by pinyin (cards with no Chinese term at the end, by English), Chinese
 * first; {@code both} is the English-first glossary followed by a Chinese index (Chinese, pinyin, English) sorted by
 * pinyin.
 *
 * @param title      the title line (English title, else Chinese title, else the deck name)
 * @param subtitle   the Chinese title when the deck has both, else {@code null}
 * @param meta       a line with the count (in both languages) and the date
 * @param chineseFirst whether the main table starts with the Chinese column
 * @param entries    the main table, sorted
 * @param index      the Chinese index (only with {@code both}), sorted by pinyin; empty otherwise
 * @param labels     column and section labels
 * @param papers     the documents the cards come from, numbered in the order the main table first names them, each
 *                   with its title when the deck knows it: the Source column names a paper by its title (shortened)
 *                   or by its number, never by its id, and a list at the end gives each number its id
 */
record Handout(String title, String subtitle, String meta, boolean chineseFirst, List<Card> entries,
               List<Card> index, Labels labels, List<Paper> papers) {

    /** The longest title the Source column shows whole. */
    static final int SHORT_TITLE = 40;

    /**
     * A document the cards come from.
     *
     * @param number its number, from 1
     * @param doc    its id in the corpus
     * @param title  its title, or {@code null}
     */
    record Paper(int number, String doc, String title) {
        /** How the Source column names it: its title, shortened, or {@code [number]}. */
        String label() {
            if (title == null) {
                return "[" + number + "]";
            }
            return title.length() <= SHORT_TITLE ? title : title.substring(0, SHORT_TITLE - 1).strip() + "…";
        }
    }

    /** The paper of document {@code doc}. */
    Paper paper(String doc) {
        return papers.stream().filter(p -> p.doc().equals(doc)).findFirst().orElseThrow();
    }

    /** A label in both languages. */
    record Label(String en, String zh) {
    }

    /** The handout's labels. */
    record Labels(Label english, Label chinese, Label pinyin, Label abbr, Label definition, Label source,
                  Label index, Label papers) {
    }

    static Handout of(Deck deck, ExportOptions options) {
        // No fallback to the default locale: the handout shows both languages whatever the machine's locale is.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle en = ResourceBundle.getBundle("dev.termdeck.exchange.HandoutLabels", Locale.ROOT, exact);
        ResourceBundle zh = ResourceBundle.getBundle("dev.termdeck.exchange.HandoutLabels", Locale.CHINESE, exact);
        Labels labels = new Labels(label(en, zh, "english"), label(en, zh, "chinese"), label(en, zh, "pinyin"),
                label(en, zh, "abbr"), label(en, zh, "definition"), label(en, zh, "source"), label(en, zh, "index"),
                label(en, zh, "papers"));
        String titleEn = deck.title().en();
        String titleZh = deck.title().zh();
        String title = titleEn != null ? titleEn : titleZh != null ? titleZh : deck.name();
        String subtitle = titleEn != null ? titleZh : null;
        String date = LocalDate.ofInstant(options.now(), ZoneOffset.UTC).toString();
        int n = deck.cards().size();
        String meta = MessageFormat.format(en.getString("meta"), n) + " · "
                + MessageFormat.format(zh.getString("meta"), n) + " · " + date;
        ExportDirection d = options.direction();
        List<Card> main = new ArrayList<>(deck.cards());
        main.sort(d == ExportDirection.ZH_EN ? byChinese() : byEnglish());
        List<Card> index = new ArrayList<>();
        if (d == ExportDirection.BOTH) {
            deck.cards().stream().filter(c -> c.term().has(Lang.ZH)).forEach(index::add);
            index.sort(byChinese());
        }
        List<Paper> papers = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Card c : main) {
            for (String doc : docs(c)) {
                if (seen.add(doc)) {
                    papers.add(new Paper(papers.size() + 1, doc, deck.documents().get(doc)));
                }
            }
        }
        return new Handout(title, subtitle, meta, d == ExportDirection.ZH_EN, main, index, labels, papers);
    }

    private static Label label(ResourceBundle en, ResourceBundle zh, String key) {
        return new Label(en.getString(key), zh.getString(key));
    }

    /** The distinct documents a card was found in, in order. */
    static List<String> docs(Card card) {
        Set<String> docs = new LinkedHashSet<>();
        for (Source s : card.sources()) {
            docs.add(s.doc());
        }
        return List.copyOf(docs);
    }

    /** English terms A–Z (case-insensitive), then cards without one by pinyin. */
    static Comparator<Card> byEnglish() {
        Collator c = Collator.getInstance(Locale.ENGLISH);
        c.setStrength(Collator.SECONDARY);
        return Comparator.<Card, Boolean>comparing(card -> !card.term().has(Lang.EN))
                .thenComparing(card -> card.term().has(Lang.EN) ? sortable(card.term().en()) : "", c)
                .thenComparing(byChinese());
    }

    /** Pinyin A–Z (tone marks ignored, then by tone), then the Chinese term, then cards without one by English. */
    static Comparator<Card> byChinese() {
        Collator latin = Collator.getInstance(Locale.ENGLISH);
        latin.setStrength(Collator.SECONDARY);
        Collator chinese = Collator.getInstance(Locale.CHINESE);
        return Comparator.<Card, Boolean>comparing(card -> !card.term().has(Lang.ZH))
                .thenComparing(card -> toneless(card.pinyin()), latin)
                .thenComparing(card -> card.term().has(Lang.ZH) ? card.term().zh() : "", chinese)
                .thenComparing(card -> card.term().has(Lang.EN) ? card.term().en() : "", latin)
                .thenComparing(Card::id);
    }

    /** {@code s} without leading characters that are neither letters nor digits ({@code #hashtag} sorts as h). */
    private static String sortable(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i < s.length() ? s.substring(i) : s;
    }

    private static String toneless(String pinyin) {
        if (pinyin == null) {
            return "\uffff";
        }
        return Normalizer.normalize(pinyin, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
