package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A paper of the tune pages as the card rules' tests arrange it: its English text and, when the page has one, its
 * translation, as the corpus reads them (documents of one paper), and cards whose sources are the first sentence of a
 * version.
 *
 * @param paper the paper's id ("250924505v1-robust-multimodal-semantic-segmentation#1")
 * @param en    English text (a sentence or the abstract)
 * @param zh    the translation's text, or null for a paper read in one version
 */
public record TunePage(String paper, String en, String zh) {
    /** The paper's documents: the English one, then the translation if any. */
    public List<Document> docs() {
        List<Document> out = new ArrayList<>();
        out.add(english(paper, en));
        if (zh != null) {
            out.add(chinese(paper, zh));
        }
        return out;
    }

    /** The documents of several papers, in order. */
    public static List<Document> docs(TunePage... pages) {
        List<Document> out = new ArrayList<>();
        for (TunePage p : pages) {
            out.addAll(p.docs());
        }
        return out;
    }

    /** A card of this paper whose sources are the first sentence of each given version (both when none is given). */
    public Card card(String termEn, String termZh, String abbr, Lang... versions) {
        List<Source> sources = new ArrayList<>();
        for (Lang l : versions.length > 0 ? versions : zh == null ? new Lang[] {Lang.EN} : Lang.values()) {
            sources.add(source(paper, l, l == Lang.ZH ? zh : en));
        }
        return cardOf(termEn, termZh, abbr, sources.toArray(Source[]::new));
    }

    /** A card of this paper's English version on {@code sentence}, one of its sentences (no Chinese term). */
    public Card cardOn(String termEn, String sentence) {
        return cardOf(termEn, null, null, new Source(paper, Lang.EN, sentence));
    }

    /** A card with an id made of its English term, score 0.5. */
    public static Card cardOf(String termEn, String termZh, String abbr, Source... sources) {
        Card.Builder b = Card.builder(termEn.toLowerCase(Locale.ROOT).replace(' ', '-')).term(Lang.EN, termEn)
                .abbr(abbr).sources(List.of(sources)).score(0.5);
        return (termZh == null ? b : b.term(Lang.ZH, termZh)).build();
    }

    /** The first sentence of {@code text} as a source in the version {@code lang} of {@code paper}. */
    public static Source source(String paper, Lang lang, String text) {
        String first = text.split("(?<=[.。])\\s*")[0];
        return new Source(lang == Lang.ZH ? Document.translationId(paper, Lang.ZH) : paper, lang, first);
    }

    /** The English version of a paper as the corpus reads it. */
    public static Document english(String id, String text) {
        return new Document(id, id + ".md", Lang.EN, "T", text, id);
    }

    /** The Chinese translation of a paper as the corpus reads it. */
    public static Document chinese(String paper, String text) {
        return new Document(Document.translationId(paper, Lang.ZH), paper + ".md", Lang.ZH, "T", text, paper);
    }
}
