package dev.termdeck.extract;

import java.util.Objects;

/**
 * What the other language version of a candidate's paper says about it: whether the translation beside the abstract
 * renders the term, how, and in which sentence (see {@link TranslationAligner}). A term of a paper that has a
 * translation but no counterpart in it is weak evidence of a term (on real text, a strong sign of a junk phrase: a
 * translator renders the concepts of an abstract, not its fragments); {@link TermRanker} uses {@link #status()}.
 *
 * @param status     whether the paper has a translation, and whether the term was found in it
 * @param text       the term in the other language, as the translation writes it ({@code 光学字符识别} for "optical
 *                   character recognition", {@code optical character recognition} for 光学字符识别), or {@code null}
 *                   unless {@link Status#FOUND}
 * @param how        the evidence that found it, or {@code null} unless {@link Status#FOUND}
 * @param definition the other language's definition: the sentence of the translation aligned with the sentence that
 *                   defines the term ({@link TermCandidate#definition()}), trimmed the same way; or {@code null}
 */
public record Counterpart(Status status, String text, Evidence how, String definition) {
    /** The counterpart of a term whose paper has one version. */
    public static final Counterpart NO_TRANSLATION = new Counterpart(Status.NO_TRANSLATION, null, null, null);
    /** The counterpart of a term the translation of its paper does not render. */
    public static final Counterpart NOT_FOUND = new Counterpart(Status.NOT_FOUND, null, null, null);

    /** Whether the paper has a translation and whether it renders the term. */
    public enum Status {
        /** The paper has one language version: nothing is known either way. */
        NO_TRANSLATION,
        /** The translation renders the term: {@link #text()} is the rendering. */
        FOUND,
        /** The paper has a translation, and it does not render the term (or not so that it could be found). */
        NOT_FOUND
    }

    /** The evidence that found the counterpart, surest first. */
    public enum Evidence {
        /** The same short form in brackets on both sides ({@code 深度Q网络（DQN）} and "Deep Q-Networks (DQNs)"). */
        ABBREVIATION,
        /** A name written in Latin letters in both versions ({@code TrackDiffusion}). */
        NAME,
        /** A rendering the bilingual glossary lists (standard or variant), found in the aligned sentence. */
        GLOSSARY,
        /**
         * Word alignment of the aligned sentences, with word translations learned from all the papers of the corpus
         * and the glossary ({@code tracklet condition} → {@code 轨迹条件}).
         */
        ALIGNMENT
    }

    public Counterpart {
        Objects.requireNonNull(status, "status");
        if (status == Status.FOUND) {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(how, "how");
            if (text.isBlank()) {
                throw new IllegalArgumentException("a found counterpart has blank text");
            }
        } else if (text != null || how != null || definition != null) {
            throw new IllegalArgumentException("a counterpart that was not found has no text, evidence or definition");
        }
    }

    /** A counterpart found by {@code how}. */
    public static Counterpart found(String text, Evidence how, String definition) {
        return new Counterpart(Status.FOUND, text, how, definition);
    }

    /** Whether the translation renders the term. */
    public boolean isFound() {
        return status == Status.FOUND;
    }
}
