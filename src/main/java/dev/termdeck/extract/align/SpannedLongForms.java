package dev.termdeck.extract.align;

import dev.termdeck.extract.TermCandidate;
import static dev.termdeck.extract.align.TermOccurrences.bracketEnds;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Chinese a translation writes before a short form in brackets as the rendering of a long form that holds a
 * function word between its words ("Diffusion as Self-Distillation (DSD)" / 扩散即自蒸馏（DSD）, "Adaptive Rollout and
 * Response Reuse Policy Optimization (AR3PO)" / 自适应Rollout和响应复用策略优化（AR3PO）), for {@link TermMatcher}: the
 * run back from the brackets stops at the first function word (即, 和), so {@link ShortFormRenderings#beside} finds
 * too short a run. Here the run may hold function words and the Latin words of the term the translation keeps, and is
 * taken from the brackets back to the farthest start that renders the whole term:
 * <ul>
 *   <li>every content word of the term the corpus learned is rendered by a word of the run;</li>
 *   <li>the run's first and last words each render a word of the term (no verb or determiner glued on: not
 *       增强车联网), and the first starts a word of the text (not 态 of 多模/态);</li>
 *   <li>the run holds exactly one content word that renders none of the term's words for each word of the term the
 *       corpus never learned;</li>
 *   <li>no word of the run is rendered better by another English word of the paper.</li>
 * </ul>
 * Not thread-safe (the paper's associations).
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
        List<Word> english = EnglishWords.of(c.text()).stream().filter(Word::content).toList();
        Set<String> own = english.stream().map(Word::norm).collect(Collectors.toSet());
        if (english.size() < 2 || !functionWordInside(c.text())) {
            return null;
        }
        PaperText zh = b.zh;
        int most = CHARS_PER_WORD * english.size() + 1;
        for (int w : bracketEnds(zh, c.abbr())) {
            Word last = zh.words.get(w);
            if (!last.isHan() || !explained(english, last)) {
                continue;
            }
            // The farthest start that renders the whole term: a nearer one may hold a word that renders two of the
            // term's words only by standing beside them (链 of 思维链（CoT）, "chain" and "thought").
            int start = -1;
            for (int k = w; k >= 0 && inRun(english, zh.words.get(k)) && last.end() - zh.words.get(k).start() <= most;
                    k--) {
                Word first = zh.words.get(k);
                if (first.content() && first.edge() && explained(english, first) && startsWord(zh, k)
                        && covers(zh.words.subList(k, w + 1), english)
                        && !assoc.claimedElsewhere(b, own, first.start(), last.end())) {
                    start = first.start();
                }
            }
            if (start >= 0) {
                return zh.text.substring(start, last.end());
            }
        }
        return null;
    }

    /**
     * Whether the Chinese words render every learned content word of the term, and hold as many content words that
     * render none of its words as the term has words the corpus never learned: each such word has a Chinese word of
     * its own (not 链 alone of 思维链（CoT） for "Chain-of-Thought", where "thought" is unlearned).
     */
    private boolean covers(List<Word> run, List<Word> english) {
        int unlearned = 0;
        for (Word e : english) {
            boolean rendered = false;
            for (int i = 0; i < run.size() && !rendered; i++) {
                rendered = assoc.renders(e, run.get(i));
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
        return unexplained == unlearned;
    }

    /** Whether a Chinese word renders one of the term's content words. */
    private boolean explained(List<Word> english, Word z) {
        for (Word e : english) {
            if (assoc.renders(e, z)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code k} starts a word of the text, not the end of one the segmenter cut (态 of 多模/态, 验 of
     * 后/验): the word before it is no content word, or is a verb of two characters or more (提出), or a measure word
     * that counts what follows (种 of 提出了一/种, {@link ChineseWords#counts}), or is not Chinese.
     */
    static boolean startsWord(PaperText zh, int k) {
        if (k == 0) {
            return true;
        }
        Word before = zh.words.get(k - 1);
        return !before.content() || before.verb() || ChineseWords.counts(before.form()) || !before.isHan()
                || before.end() < zh.words.get(k).start();
    }

    /**
     * Whether a word may stand in a run: Chinese, or a Latin word of the term the translation kept (自适应Rollout和响应复用
     * 策略优化（AR3PO）, "Adaptive Rollout and Response Reuse Policy Optimization").
     */
    private boolean inRun(List<Word> english, Word z) {
        return z.isHan() || z.isLatin() && explained(english, z);
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
