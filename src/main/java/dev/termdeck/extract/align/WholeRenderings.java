package dev.termdeck.extract.align;

import dev.termdeck.extract.TermCandidate;
import static dev.termdeck.extract.align.TermOccurrences.bracketEnds;
import static dev.termdeck.extract.align.TermOccurrences.firstWordOf;

/**
 * Whether a Chinese term defined with a short form is the rendering of the English long form defined with the same
 * short form although word alignment could not show it, for {@link TermMatcher}: the translation writes nothing else
 * of the term before the short form in brackets, and the term is as long as the long form asks (two characters or so
 * a word). "subject-independent leave-one-subject-out (LOSO)" / 主体独立留一法(LOSO): the corpus learned no word of
 * "leave-one-subject-out"; without this, the English term (left out by the card rule) and the Chinese one stayed
 * apart and the Chinese card led with LOSO. Not a piece of a rendering: 视角合成 of 高动态范围新视角合成（HDR NVS）
 * has a content word written against it, 自蒸馏 is short for "Diffusion as Self-Distillation". Stateless.
 */
final class WholeRenderings {
    private WholeRenderings() {
    }

    /**
     * Whether {@code c} stands right before its short form in brackets, with no content word written against its
     * start (新 of 高动态范围新视角合成), and has from two characters a content word of {@code longForm} less one to
     * three a word more one.
     */
    static boolean wholeBefore(PaperText zh, TermCandidate c, String longForm) {
        int words = 0;
        for (Word w : EnglishWords.of(longForm)) {
            words += w.content() ? 1 : 0;
        }
        int chars = c.text().length();
        if (words < 1 || chars < Math.max(2, 2 * words - 1) || chars > 3 * words + 1) {
            return false;
        }
        for (int w : bracketEnds(zh, c.abbr())) {
            int first = firstWordOf(zh, w, c.text());
            if (first == 0 || first > 0 && !(zh.words.get(first - 1).content()
                    && zh.words.get(first - 1).end() == zh.words.get(first).start())) {
                return true;
            }
        }
        return false;
    }
}
