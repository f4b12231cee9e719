package dev.termdeck.eval;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Figures for the cards of papers read with their translation (an abstract and its Chinese version): how many have
 * both languages, how many Chinese sides are English words copied (names that stay in Latin letters aside), and how
 * many of those with a definition have it in both languages. A card counts when one of its sources is a version of
 * such a paper. No gold set is needed.
 *
 * @param papers            the corpus's papers with both an English and a Chinese version
 * @param cards             the deck's cards with a source in one of them
 * @param bothLanguages     of those cards, the ones with an English and a Chinese term
 * @param copies            of those with a Chinese term, the ones whose Chinese term is English words, not a name
 *                          kept in Latin letters (one capitalised word, or a standard Chinese term the caller knows
 *                          to be written in Latin letters, such as the glossary's Swin Transformer)
 * @param definitionsInBoth of those with a definition, the ones with it in both languages
 */
public record TranslatedPaperFigures(int papers, int cards, EvalReport.Count bothLanguages, EvalReport.Count copies,
        EvalReport.Count definitionsInBoth) {

    /** The figures of {@code deck} built from {@code documents}, or {@code null} when no paper has a translation. */
    public static TranslatedPaperFigures of(Deck deck, List<Document> documents) {
        return of(deck, documents, Set.of());
    }

    /**
     * As {@link #of(Deck, List)}, with {@code latinNames}: Chinese terms written in Latin letters that are standard
     * (a glossary's Chinese column that Chinese text writes in Latin letters, Swin Transformer, Mask R-CNN), names
     * rather than copies.
     */
    public static TranslatedPaperFigures of(Deck deck, List<Document> documents, Set<String> latinNames) {
        Map<String, Set<Lang>> langsOfPaper = documents.stream().collect(Collectors.groupingBy(Document::paper,
                Collectors.mapping(Document::lang, Collectors.toSet())));
        Set<String> translatedDocs = new HashSet<>();
        for (Document d : documents) {
            if (langsOfPaper.get(d.paper()).size() > 1) {
                translatedDocs.add(d.id());
            }
        }
        if (translatedDocs.isEmpty()) {
            return null;
        }
        int papers = (int) langsOfPaper.values().stream().filter(l -> l.size() > 1).count();
        int cards = 0;
        int both = 0;
        int withZh = 0;
        int copies = 0;
        int defined = 0;
        int definedBoth = 0;
        for (Card c : deck.cards()) {
            if (c.sources().stream().map(Source::doc).noneMatch(translatedDocs::contains)) {
                continue;
            }
            cards++;
            both += c.term().has(Lang.EN) && c.term().has(Lang.ZH) ? 1 : 0;
            if (c.term().has(Lang.ZH)) {
                withZh++;
                copies += isEnglishWords(c.term().zh()) && !latinNames.contains(c.term().zh().strip()) ? 1 : 0;
            }
            if (c.definition().has(Lang.EN) || c.definition().has(Lang.ZH)) {
                defined++;
                definedBoth += c.definition().has(Lang.EN) && c.definition().has(Lang.ZH) ? 1 : 0;
            }
        }
        return new TranslatedPaperFigures(papers, cards, new EvalReport.Count(both, cards),
                new EvalReport.Count(copies, withZh), new EvalReport.Count(definedBoth, defined));
    }

    /**
     * Whether a Chinese side is English words rather than a name that stays in Latin letters: Latin letters only, and
     * several words ("Composed Video Retrieval"), a word in lower case ("quantization"), or a hyphenated word with
     * a lower-case English part ("LLM-generated"); a single capitalised word or a mixed-case token (BLOOM,
     * DeepSeek-R1, Transformer, Text-to-SQL) is a name, and so are several words that are each a name by a capital or
     * digit after their first letter (S&P Top-K, not "GPT-4 Turbo").
     */
    static boolean isEnglishWords(String zh) {
        String t = zh.strip();
        if (t.isEmpty() || t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        if (t.contains(" ") && !isSpacedName(t)
                || t.equals(t.toLowerCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        for (String part : t.split("-")) {
            if (part.length() >= 4 && part.equals(part.toLowerCase(Locale.ROOT))
                    && part.chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** Several words, each with a capital or a digit after its first letter (S&P Top-K, Llama-3 8B). */
    private static boolean isSpacedName(String t) {
        for (String w : t.split(" +")) {
            boolean name = false;
            for (int k = 1; k < w.length() && !name; k++) {
                name = Character.isUpperCase(w.charAt(k)) || Character.isDigit(w.charAt(k));
            }
            if (!name) {
                return false;
            }
        }
        return true;
    }
}
