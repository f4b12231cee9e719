package dev.termdeck.study.question;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.study.schedule.Phase;
import java.util.List;
import java.util.Objects;

/**
 * One card as asked: what to show, what the answer is, and (in choice mode) the options. What a view draws; it holds
 * no behaviour. Immutable.
 *
 * @param key           the card's progress key
 * @param card          the card
 * @param phase         the card's phase before this answer (new, learning, review, relearning)
 * @param direction     the concrete direction asked
 * @param mode          how it is answered (a card that cannot be asked in the session's mode falls back to flip)
 * @param promptLang    the language of the prompt
 * @param prompt        what is shown: a term, a definition, or (cloze) a sentence with the term blanked as
 *                      {@link #BLANK}
 * @param hint          a cue shown with a cloze prompt (the term in the other language), or {@code null}
 * @param answerLang    the language of the answer
 * @param answer        the expected answer
 * @param accepted      other answers counted as right (aliases, abbreviation)
 * @param choices       in choice mode, the options in display order (the answer once, among distractors); else empty
 * @param correctChoice the index of the answer in {@code choices}, or -1
 * @param context       a sentence where the term was found, to show with the answer, or {@code null}
 */
public record Question(CardKey key, Card card, Phase phase, Direction direction, Mode mode, Lang promptLang,
        String prompt, String hint, Lang answerLang, String answer, List<String> accepted, List<String> choices,
        int correctChoice, Excerpt context) {

    /** What replaces the term in a cloze sentence. */
    public static final String BLANK = "_____";

    public Question {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        if (direction == null || direction == Direction.MIXED) {
            throw new IllegalArgumentException("a question has a concrete direction");
        }
        accepted = List.copyOf(accepted);
        choices = List.copyOf(choices);
        if (choices.isEmpty() ? correctChoice != -1 : correctChoice < 0 || correctChoice >= choices.size()) {
            throw new IllegalArgumentException("correct choice " + correctChoice + " out of " + choices.size());
        }
    }

    /** Whether the mode asks for a typed answer (type and cloze). */
    public boolean typed() {
        return mode == Mode.TYPE || mode == Mode.CLOZE;
    }

    /**
     * Whether a typed answer can be checked: always in choice mode, and whenever the answer is a term (a typed
     * definition is shown beside the answer, not checked: the learner grades it).
     */
    public boolean checkable() {
        return mode == Mode.CHOICE || direction != Direction.TERM_DEF;
    }

    /**
     * The definition to show with the answer: in the answer's language when the card has it, else in the other;
     * {@code null} when the direction asks for the definition itself (it is the answer) or the card has none.
     */
    public String definitionShown() {
        if (direction == Direction.TERM_DEF || direction == Direction.DEF_TERM) {
            return null;
        }
        String def = card.definition().get(answerLang);
        return def != null ? def : card.definition().get(answerLang.other());
    }

    /**
     * Where the definition this question involves comes from: the definition asked for (term → definition) or shown
     * as the prompt (definition → term), else the one shown with the answer; {@code null} when unknown or none.
     */
    public DefinitionSource definitionSource() {
        return switch (direction) {
            case TERM_DEF -> card.definitionSource().get(answerLang);
            case DEF_TERM -> card.definitionSource().get(promptLang);
            default -> {
                if (definitionShown() == null) {
                    yield null;
                }
                yield card.definition().has(answerLang) ? card.definitionSource().get(answerLang)
                        : card.definitionSource().get(answerLang.other());
            }
        };
    }

    /**
     * The source sentence to show with the answer, or {@code null} when there is none or it is one of the card's
     * definitions (shown already, or the answer itself in term → definition).
     */
    public Excerpt contextShown() {
        if (context == null) {
            return null;
        }
        String sentence = squeeze(context.text());
        for (Lang l : Lang.values()) {
            if (card.definition().has(l) && squeeze(card.definition().get(l)).equals(sentence)) {
                return null;
            }
        }
        return sentence.equals(squeeze(answer)) ? null : context;
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The accepted answers that are the corpus's own (machine-translation) renderings of the term. */
    public List<String> corpusRenderings() {
        return accepted.stream().filter(card.corpusRenderings()::contains).toList();
    }

    /** The accepted answers other than the corpus renderings (aliases, the abbreviation). */
    public List<String> otherAccepted() {
        return accepted.stream().filter(a -> !card.corpusRenderings().contains(a)).toList();
    }
}
