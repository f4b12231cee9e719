package dev.termdeck.extract.en;

/**
 * A short form defined in a text with its long form ("RL from AI Feedback (RLAIF)"). Offsets are into the text the
 * finder was given.
 *
 * @param shortForm the short form as written ({@code RLAIF}, {@code LLMs})
 * @param longForm  the long form as written ({@code RL from AI Feedback})
 * @param longStart the offset of the long form's first character
 * @param longEnd   the offset after the long form's last character
 * @param shortStart the offset of the short form's first character
 */
public record Abbreviation(String shortForm, String longForm, int longStart, int longEnd, int shortStart) {
}
