package dev.termdeck.extract.align;

import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.zh.HanLpChinese;
import static dev.termdeck.extract.align.TermOccurrences.bracketEnds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Chinese a translation writes before a short form in brackets as the rendering of a long form that holds a
 * function word between its words ("Diffusion as Self-Distillation (DSD)" / 扩散即自蒸馏（DSD）, "Internet of Vehicles
 * (IoV)"), for {@link TermMatcher}: the run back from the brackets stops at the first function word (即, 和), so
 * {@link ShortFormRenderings#beside} finds too short a run. Here the run may hold function words, and is taken from
 * the brackets back to the nearest start that renders the whole term: every content word of the term the corpus
 * learned is rendered by a word of the run, the run's first and last content words each render a word of the term
 * (no verb or determiner glued on: not 增强车联网), no other content word of the run is left unexplained beyond the
 * term's words the corpus never learned, and no word of the run is rendered better by another English word of the
 * paper. Not thread-safe (the paper's associations).
 */
final class SpannedLongForms {
    /** The most characters a rendering may have for each content word of the term, and one more. */
    private static final int CHARS_PER_WORD = 3;

    private final PaperAssociations assoc;

    SpannedLongForms(PaperAssociations assoc) {
        this.assoc = assoc;
    }

    /** The rendering of the term {@code c} (with a short form) before its short form in brackets, or {@code null}. */
    String rendering(PaperAligner.Bitext b, TermCandidate c) {
        List<Word> english = new ArrayList<>();
        Set<String> own = new HashSet<>();
        for (Word w : EnglishWords.of(c.text())) {
            if (w.content()) {
                english.add(w);
                own.add(w.norm());
            }
        }
        if (english.size() < 2 || !functionWordInside(c.text())) {
            return null;
        }
        PaperText zh = b.zh;
        int most = CHARS_PER_WORD * english.size() + 1;
        for (int w : bracketEnds(zh, c.abbr())) {
            Word last = zh.words.get(w);
            if (!isHan(last) || !explained(english, last)) {
                continue;
            }
            for (int k = w; k >= 0 && inRun(english, zh.words.get(k)) && last.end() - zh.words.get(k).start() <= most;
                    k--) {
                Word first = zh.words.get(k);
                if (!first.content() || !first.edge() || !explained(english, first)) {
                    continue;
                }
                if (covers(zh.words.subList(k, w + 1), english)
                        && !assoc.claimedElsewhere(b, own, first.start(), last.end())) {
                    return zh.text.substring(first.start(), last.end());
                }
            }
        }
        return null;
    }

    /**
     * Whether the Chinese words render every learned content word of the term, and hold no more content words that
     * render none of its words than the term has words the corpus never learned.
     */
    private boolean covers(List<Word> run, List<Word> english) {
        int unlearned = 0;
        for (Word e : english) {
            boolean rendered = false;
            for (int i = 0; i < run.size() && !rendered; i++) {
                rendered = renders(e, run.get(i));
            }
            if (!rendered) {
                if (!assoc.unlearned(assoc.base(e.norm()))) {
                    return false;
                }
                unlearned++;
            }
        }
        int unexplained = 0;
        for (Word z : run) {
            if (z.content() && !explained(english, z)) {
                unexplained++;
            }
        }
        return unexplained <= unlearned;
    }

    /** Whether a Chinese word renders one of the term's content words. */
    private boolean explained(List<Word> english, Word z) {
        for (Word e : english) {
            if (renders(e, z)) {
                return true;
            }
        }
        return false;
    }

    private boolean renders(Word e, Word z) {
        return assoc.enToZh.of(e, z) >= SpanFinder.RENDERS || assoc.enToZh.rendersWithin(e, z)
                || assoc.rendersAsShortForm(e, z);
    }

    /**
     * Whether a word may stand in a run: Chinese, or a Latin word of the term the translation kept (自适应Rollout和响应复用
     * 策略优化（AR3PO）, "Adaptive Rollout and Response Reuse Policy Optimization").
     */
    private boolean inRun(List<Word> english, Word z) {
        return isHan(z) || z.isLatin() && explained(english, z);
    }

    private static boolean isHan(Word w) {
        return !w.form().isEmpty() && w.form().codePoints().allMatch(HanLpChinese::isHan);
    }

    /** Whether a function word stands between two content words of the term ("as", "and", "of"). */
    private static boolean functionWordInside(String text) {
        List<Word> words = EnglishWords.of(text);
        for (int i = 1; i < words.size() - 1; i++) {
            if (!words.get(i).content()) {
                return true;
            }
        }
        return false;
    }
}
