package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The last stage of a build: gives every card the best definition there is on each side, and records where it comes
 * from ({@link DefinitionSource}). In order of preference:
 * <ol>
 *   <li>{@code abstract}: a definition a cue found in one of the documents the card was made from (set by the
 *       linker);</li>
 *   <li>{@code corpus}: a definition a cue found for the same term (its shown form or an alias, same language; any
 *       written form of it there) in any other document of the corpus, whether or not the term was selected there,
 *       or the one the other version of that document's paper gives its rendering; the first in corpus order. Bare
 *       short forms ({@code SAE}, {@code MTA}) are not looked up: across papers they name different things;</li>
 *   <li>{@code glossary}, then {@code dictionary}, then {@code composed}: from the {@link DefinitionDictionary} (a
 *       user's glossary first, then the bundled dictionary, then a definition composed from the dictionary's entries
 *       for the parts of a compound term).</li>
 * </ol>
 * A definition found in the text (abstract or corpus) that is weak by a measurable sign ({@link WeakDefinitions}: the
 * source sentence rather than a statement about the term, the paper's setup, pointing back, a purpose or effect only, a
 * comparison with nothing named) gives way to the user's glossary or the dictionary when either has an entry of its
 * own for the term; the card records that source.
 * Then a card shown by a short form that a card of the same paper spells out takes that card's definition on a side
 * it still lacks ({@link LongFormDefinitions}). A card with none keeps no definition on that side (its source sentence stays its context). Immutable and
 * thread-safe.
 */
public final class DefinitionChooser {
    private final DefinitionDictionary dictionary;

    public DefinitionChooser(DefinitionDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    /**
     * The definitions cues found in the corpus, by language and term: built once per build. It also remembers the
     * cards a chooser gave their definitions, so that a build's later selections (the same cards and a few more) look
     * up only the cards they change; so it serves one build on one thread.
     */
    public static final class CorpusDefinitions {
        private final Map<String, String> byTerm;
        /** Each document's paper, and the text of every version of each paper. */
        private final Map<String, String> paperOf;
        private final Map<String, String> paperTexts;
        /** The cards {@link #chooser} was asked about, with their definitions chosen. */
        private final Map<Card, Card> chosen = new HashMap<>();
        private DefinitionChooser chooser;

        private CorpusDefinitions(Map<String, String> byTerm, Map<String, String> paperOf,
                Map<String, String> paperTexts) {
            this.byTerm = byTerm;
            this.paperOf = paperOf;
            this.paperTexts = paperTexts;
        }

        /**
         * As {@link #of(List)}, knowing the corpus's documents, whose papers' text a dictionary entry of one field
         * may ask about ({@link DefinitionDictionary.Papers}).
         */
        public static CorpusDefinitions of(List<List<TermCandidate>> extracted,
                List<dev.termdeck.corpus.Document> docs) {
            Map<String, String> paperOf = new HashMap<>();
            Map<String, StringBuilder> texts = new java.util.LinkedHashMap<>();
            for (dev.termdeck.corpus.Document d : docs) {
                paperOf.put(d.id(), d.paper());
                texts.computeIfAbsent(d.paper(), p -> new StringBuilder()).append(Objects.toString(d.title(), "")).append('\n')
                        .append(d.text()).append('\n');
            }
            Map<String, String> paperTexts = new HashMap<>();
            texts.forEach((p, b) -> paperTexts.put(p, b.toString()));
            return new CorpusDefinitions(of(extracted).byTerm, paperOf, paperTexts);
        }

        /**
         * The papers' text of the cards asked about one after another: a card's asked for again (its other side) is
         * not joined again. Only for one thread.
         */
        DefinitionDictionary.Papers remembering() {
            return new DefinitionDictionary.Papers() {
                private Card last;
                private String text;

                @Override
                public String textOf(Card card) {
                    if (card != last) {
                        text = paperText(card);
                        last = card;
                    }
                    return text;
                }
            };
        }

        /** The text of every version of every paper the card comes from, or an empty string. */
        String paperText(Card card) {
            StringBuilder b = new StringBuilder();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (dev.termdeck.deck.Source s : card.sources()) {
                String paper = paperOf.get(s.doc());
                if (paper != null && seen.add(paper)) {
                    b.append(paperTexts.getOrDefault(paper, "")).append('\n');
                }
            }
            return b.toString();
        }

        /**
         * The definitions of {@code extracted} (every candidate of every document, in corpus order): under the
         * candidate's text and its other written forms, and the definition its paper's other version gives it under
         * that version's rendering of it.
         */
        public static CorpusDefinitions of(List<List<TermCandidate>> extracted) {
            Map<String, String> byTerm = new HashMap<>();
            for (List<TermCandidate> doc : extracted) {
                for (TermCandidate c : doc) {
                    if (c.definition() != null) {
                        put(byTerm, c.lang(), c.text(), c.definition());
                        for (String v : c.variants()) {
                            put(byTerm, c.lang(), v, c.definition());
                        }
                    }
                    Counterpart other = c.counterpart();
                    if (other.isFound() && other.definition() != null) {
                        put(byTerm, c.lang() == Lang.EN ? Lang.ZH : Lang.EN, other.text(), other.definition());
                    }
                }
            }
            return new CorpusDefinitions(byTerm, Map.of(), Map.of());
        }

        /** Keeps the first definition of a term; never of a bare short form or a one- or two-character word. */
        private static void put(Map<String, String> byTerm, Lang lang, String term, String definition) {
            if (term == null || isShortForm(term) || term.strip().codePointCount(0, term.strip().length()) < 3) {
                return;
            }
            byTerm.putIfAbsent(key(lang, term), definition);
        }

        /** The definition found for {@code term} in {@code lang}, or {@code null}. */
        String find(Lang lang, String term) {
            return term == null || isShortForm(term) ? null : byTerm.get(key(lang, term));
        }

        private static String key(Lang lang, String term) {
            return lang.code() + ":" + GenericPhrases.normalize(term);
        }
    }

    /** The cards with their definitions chosen; a card that needs nothing is returned as it is. */
    public List<Card> choose(List<Card> cards, CorpusDefinitions corpus) {
        if (corpus.chooser != this) {
            corpus.chosen.clear();
            corpus.chooser = this;
        }
        List<Card> out = new ArrayList<>(cards.size());
        for (Card c : cards) {
            // A card is a value: one equal to a card chosen before (same term, sources, definitions) gets the same.
            out.add(corpus.chosen.computeIfAbsent(c, k -> choose(k, corpus)));
        }
        return LongFormDefinitions.withLongFormDefinitions(out);
    }

    private Card choose(Card card, CorpusDefinitions corpus) {
        Card.Builder b = null;
        java.util.function.Function<Lang, DefinitionDictionary.Entry> dictionaryOf =
                dictionary.forCard(card, corpus.remembering());
        for (Lang lang : Lang.values()) {
            if (card.definition().has(lang)) {
                DefinitionSource own = card.definitionSource().get(lang);
                DefinitionDictionary.Entry instead = own == null || own == DefinitionSource.ABSTRACT
                        ? instead(card, lang, card.definition().get(lang), false, dictionaryOf) : null;
                if (instead != null) {
                    b = b != null ? b : card.toBuilder();
                    b.definition(lang, instead.text(), instead.source());
                } else if (own == null) {
                    b = b != null ? b : card.toBuilder();
                    b.definition(lang, card.definition().get(lang), DefinitionSource.ABSTRACT);
                }
                continue;
            }
            String found = fromCorpus(card, lang, corpus);
            DefinitionSource source = DefinitionSource.CORPUS;
            DefinitionDictionary.Entry instead = found == null ? null : instead(card, lang, found, true, dictionaryOf);
            if (instead != null) {
                found = null;
            }
            if (found == null) {
                DefinitionDictionary.Entry e = dictionaryOf.apply(lang);
                if (e != null) {
                    found = e.text();
                    source = e.source();
                }
            }
            if (found != null) {
                b = b != null ? b : card.toBuilder();
                b.definition(lang, found, source);
            }
        }
        return b == null ? card : b.build();
    }

    /** What {@link #instead} gives for a definition to leave out, with nothing to show in its place. */
    private static final DefinitionDictionary.Entry NOTHING = new DefinitionDictionary.Entry(null, null);

    /**
     * The dictionary's entry to show instead of a definition found in the text that is weak by a measurable sign
     * ({@link WeakDefinitions}); {@link #NOTHING} for the source sentence of a cue, the paper's use of an everyday word
     * or a definition pointing back to what it does not name, when the dictionary has no entry at all (the card keeps
     * the sentence as its context, not dressed as a definition); or null: the text's definition stays when it shows
     * no sign, and for the other signs when the dictionary has no entry of its own for the term (a composed one says
     * less than the text).
     */
    private static DefinitionDictionary.Entry instead(Card card, Lang lang, String found, boolean elsewhere,
            java.util.function.Function<Lang, DefinitionDictionary.Entry> dictionaryOf) {
        String why = WeakDefinitions.why(card, lang, found, elsewhere);
        if (why == null) {
            return null;
        }
        DefinitionDictionary.Entry e = dictionaryOf.apply(lang);
        if (why.equals(WeakDefinitions.SOURCE_SENTENCE) || why.equals(WeakDefinitions.PAPERS_USE)
                || why.equals(WeakDefinitions.POINTS_BACK)) {
            return e != null ? e : NOTHING;
        }
        return e == null || e.source() == DefinitionSource.COMPOSED ? null : e;
    }

    private static String fromCorpus(Card card, Lang lang, CorpusDefinitions corpus) {
        String found = corpus.find(lang, card.term(lang));
        for (String alias : card.aliases().get(lang)) {
            found = found != null ? found : corpus.find(lang, alias);
        }
        return found;
    }

    /** A bare short form ({@code SAE}, {@code LLMs}, {@code GPT-4}): capitals, digits and hyphens, one word. */
    static boolean isShortForm(String term) {
        String t = term.endsWith("s") ? term.substring(0, term.length() - 1) : term;
        return t.length() <= 8 && t.chars().allMatch(ch -> ch < 128 && (Character.isUpperCase(ch)
                || Character.isDigit(ch) || ch == '-')) && t.chars().anyMatch(Character::isUpperCase);
    }
}
