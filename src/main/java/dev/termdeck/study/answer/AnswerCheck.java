package dev.termdeck.study.answer;

import dev.termdeck.study.schedule.Grade;
import java.util.List;
import java.util.Objects;

/**
 * The result of checking a typed or chosen answer.
 *
 * @param typed    what the learner typed (stripped)
 * @param verdict  right, nearly right, or wrong
 * @param proposed the grade to propose: Good if right, Hard if close, Again if wrong
 * @param expected the accepted answer the typing was compared with (the nearest one)
 * @param diff     what was typed against {@code expected}, character by character
 * @param pinyin   whether the answer was recognised as the pinyin of the expected Chinese
 */
public record AnswerCheck(String typed, Verdict verdict, Grade proposed, String expected, List<DiffSegment> diff,
        boolean pinyin) {

    /** How right an answer is. */
    public enum Verdict {
        CORRECT,
        /** A typo, a missing umlaut, or pinyin with the wrong tones. */
        CLOSE,
        WRONG;

        /** The grade proposed for this verdict. */
        public Grade proposedGrade() {
            return switch (this) {
                case CORRECT -> Grade.GOOD;
                case CLOSE -> Grade.HARD;
                case WRONG -> Grade.AGAIN;
            };
        }
    }

    public AnswerCheck {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(expected, "expected");
        diff = List.copyOf(diff);
    }
}
