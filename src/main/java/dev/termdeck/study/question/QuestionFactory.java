package dev.termdeck.study.question;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.study.schedule.Phase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Turns a card into a {@link Question} for a direction and mode, or says it cannot be asked that way (a card missing
 * the side a direction needs is skipped for that direction).
 *
 * <ul>
 *   <li>en-zh / zh-en need both terms; term-def / def-term need a definition, asked in its language (the term in the
 *       same language if the card has it, else in the other).</li>
 *   <li>Type mode asks for a definition too, but the typed definition is not checked word for word
 *       ({@link Question#checkable()}): it is shown beside the answer and the learner grades it.</li>
 *   <li>Choice mode shows the answer among up to three distractors ({@link Distractors}); without any, flip. Options
 *       that are definitions have their own card's term (and its short form) blanked, so that no option names the
 *       term asked.</li>
 *   <li>Cloze blanks the term in the definition, else in a source sentence, of the answer's language; with neither
 *       containing it, the definition follows a blank. en-zh cloze asks for the Chinese term and shows the English
 *       one as a hint, zh-en the reverse.</li>
 * </ul>
 * Not thread-safe (distractor indexes are built lazily).
 */
public final class QuestionFactory {
    private static final int CHOICES = 4;

    private final Map<String, List<Card>> cardsByDeck;
    private final Map<String, Distractors> distractors = new HashMap<>();

    /** A factory over the cards of each deck (choice questions draw their distractors from the same deck). */
    public QuestionFactory(Map<String, List<Card>> cardsByDeck) {
        this.cardsByDeck = Map.copyOf(cardsByDeck);
    }

    /** Whether the card can be asked in {@code direction} (any concrete one for mixed) and {@code mode}. */
    public static boolean supports(Card card, Direction direction, Mode mode) {
        if (direction == Direction.MIXED) {
            return Direction.CONCRETE.stream().anyMatch(d -> supports(card, d, mode));
        }
        return !langs(card, direction, mode).isEmpty();
    }

    /** The question for {@code card}, or empty if it cannot be asked this way. */
    public Optional<Question> make(CardKey key, Card card, Phase phase, Direction direction, Mode mode,
            RandomGenerator random) {
        Direction d = direction;
        if (d == Direction.MIXED) {
            List<Direction> usable = new ArrayList<>();
            for (Direction c : Direction.CONCRETE) {
                if (supports(card, c, mode)) {
                    usable.add(c);
                }
            }
            if (usable.isEmpty()) {
                return Optional.empty();
            }
            d = usable.get(random.nextInt(usable.size()));
        }
        List<Lang> langs = langs(card, d, mode);
        if (langs.isEmpty()) {
            return Optional.empty();
        }
        Lang lang = langs.get(random.nextInt(langs.size()));
        return Optional.of(mode == Mode.CLOZE ? cloze(key, card, phase, d, lang)
                : plain(key, card, phase, d, mode, lang, random));
    }

    /**
     * The languages the card can be asked in: for term-def and def-term the definition's languages (those with the
     * term in the same language first), for cloze the answer languages with a cloze sentence.
     */
    private static List<Lang> langs(Card card, Direction d, Mode mode) {
        List<Lang> out = new ArrayList<>();
        switch (d) {
            case EN_ZH, ZH_EN -> {
                Lang answer = d == Direction.EN_ZH ? Lang.ZH : Lang.EN;
                if (card.term().en() != null && card.term().zh() != null
                        && (mode != Mode.CLOZE || clozeSentence(card, answer) != null)) {
                    out.add(answer);
                }
            }
            case TERM_DEF, DEF_TERM -> {
                for (Lang l : Lang.values()) {
                    boolean ok = mode == Mode.CLOZE ? card.term(l) != null && clozeSentence(card, l) != null
                            : card.definition().has(l);
                    if (ok) {
                        out.add(l);
                    }
                }
                if (mode != Mode.CLOZE && out.size() > 1) {
                    out.removeIf(l -> card.term(l) == null);
                }
            }
            default -> throw new IllegalArgumentException("not a concrete direction: " + d);
        }
        return out;
    }

    private Question plain(CardKey key, Card card, Phase phase, Direction d, Mode mode, Lang lang,
            RandomGenerator random) {
        Lang promptLang;
        String prompt;
        Lang answerLang;
        String answer;
        Distractors.Kind kind;
        switch (d) {
            case EN_ZH, ZH_EN -> {
                answerLang = lang;
                promptLang = lang.other();
                prompt = card.term(promptLang);
                answer = card.term(answerLang);
                kind = Distractors.Kind.TERM;
            }
            case TERM_DEF -> {
                promptLang = card.term(lang) != null ? lang : lang.other();
                prompt = card.term(promptLang);
                answerLang = lang;
                answer = card.definition().get(lang);
                kind = Distractors.Kind.DEFINITION;
            }
            default -> {
                promptLang = lang;
                String def = card.definition().get(lang);
                List<Span> spans = TermSpans.find(def, allForms(card));
                prompt = TermSpans.blank(def, spans, Question.BLANK);
                answerLang = card.term(lang) != null ? lang : lang.other();
                answer = card.term(answerLang);
                kind = Distractors.Kind.TERM;
            }
        }
        List<String> accepted = kind == Distractors.Kind.TERM ? accepted(card, answerLang) : List.of();
        Mode effective = mode == Mode.CLOZE ? Mode.FLIP : mode;
        List<String> choices = List.of();
        int correct = -1;
        if (effective == Mode.CHOICE) {
            List<Distractors.Option> wrong = distractors(key.deck()).pick(card, answer, kind, answerLang, CHOICES - 1,
                    random);
            if (wrong.isEmpty()) {
                effective = Mode.FLIP;
            } else {
                correct = random.nextInt(wrong.size() + 1);
                List<String> options = new ArrayList<>();
                for (Distractors.Option o : wrong) {
                    options.add(kind == Distractors.Kind.DEFINITION ? withoutTerm(o.text(), o.card()) : o.text());
                }
                options.add(correct, kind == Distractors.Kind.DEFINITION ? withoutTerm(answer, card) : answer);
                choices = options;
            }
        }
        return new Question(key, card, phase, d, effective, promptLang, prompt, null, answerLang, answer, accepted,
                choices, correct, context(card, answerLang));
    }

    private Question cloze(CardKey key, Card card, Phase phase, Direction d, Lang lang) {
        String prompt = clozeSentence(card, lang);
        String hint = d == Direction.EN_ZH || d == Direction.ZH_EN ? card.term(lang.other()) : null;
        return new Question(key, card, phase, d, Mode.CLOZE, lang, prompt, hint, lang, card.term(lang),
                accepted(card, lang), List.of(), -1, context(card, lang));
    }

    /** The definition or a source sentence in {@code lang} with the term blanked; or a blank and the definition. */
    static String clozeSentence(Card card, Lang lang) {
        if (card.term(lang) == null) {
            return null;
        }
        List<String> forms = TermSpans.forms(card, lang);
        List<String> sentences = new ArrayList<>();
        if (card.definition().has(lang)) {
            sentences.add(card.definition().get(lang));
        }
        for (Source s : card.sources()) {
            if (s.lang() == lang) {
                sentences.add(s.sentence());
            }
        }
        for (String s : sentences) {
            List<Span> spans = TermSpans.find(s, forms);
            if (!spans.isEmpty()) {
                return TermSpans.blank(s, spans, Question.BLANK);
            }
        }
        if (card.definition().has(lang)) {
            return Question.BLANK + (lang == Lang.ZH ? "：" : ": ") + card.definition().get(lang);
        }
        return null;
    }

    private static List<String> accepted(Card card, Lang lang) {
        List<String> out = new ArrayList<>(card.aliases().get(lang));
        if (lang == Lang.EN && card.abbr() != null) {
            out.add(card.abbr());
        }
        return out;
    }

    /** A definition with its card's term, aliases and short form blanked, in either language. */
    private static String withoutTerm(String definition, Card card) {
        return TermSpans.blank(definition, TermSpans.find(definition, allForms(card)), Question.BLANK);
    }

    private static List<String> allForms(Card card) {
        List<String> forms = new ArrayList<>(TermSpans.forms(card, Lang.EN));
        forms.addAll(card.term().zh() == null ? List.of() : List.of(card.term().zh()));
        forms.addAll(card.aliases().zh());
        return forms;
    }

    /** A source sentence in which the term occurs, preferring {@code lang}; {@code null} if the card has none. */
    static Excerpt context(Card card, Lang lang) {
        Excerpt fallback = null;
        for (Source s : card.sources()) {
            List<Span> spans = TermSpans.find(s.sentence(), TermSpans.forms(card, s.lang()));
            if (spans.isEmpty()) {
                continue;
            }
            Excerpt e = new Excerpt(s.sentence(), s.lang(), spans);
            if (s.lang() == lang) {
                return e;
            }
            if (fallback == null) {
                fallback = e;
            }
        }
        return fallback;
    }

    private Distractors distractors(String deck) {
        return distractors.computeIfAbsent(deck, name -> new Distractors(cardsByDeck.getOrDefault(name, List.of())));
    }
}
