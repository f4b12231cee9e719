package dev.termdeck.extract.align;

import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.zh.HanLpChinese;
import static dev.termdeck.extract.align.TermOccurrences.bracketEnds;
import static dev.termdeck.extract.align.TermOccurrences.firstWordOf;
import static dev.termdeck.extract.align.TermOccurrences.isClosing;
import static dev.termdeck.extract.align.TermOccurrences.isOpening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Chinese a translation writes beside a short form as the rendering of a term whose words are too rare to align,
 * for {@link TermMatcher}: the Chinese in brackets after the short form or the run of words before it in brackets
 * ({@link #beside}), and whether a Chinese term and an English one defined with the same short form render each other
 * ({@link #definedAlike}). Decides by length (one to three characters a word), the words that can edge a term, and
 * the words no other English word of the paper claims. Not thread-safe (the paper's associations).
 */
final class ShortFormRenderings {
    /** The Chinese renderings of the glossary's terms (the glossary does not change once read). */
    private final Set<String> glossaryTerms;
    private final PaperAssociations assoc;
    private final BesideEdges edges;

    ShortFormRenderings(Glossary glossary, PaperAssociations assoc) {
        this.glossaryTerms = glossary.chineseRenderings().keySet();
        this.assoc = assoc;
        this.edges = new BesideEdges(glossary, assoc);
    }

    /**
     * The Chinese words the translation writes beside the term's short form when nothing of the term could be
     * aligned (its words too rare to have learned translations): the words in brackets after it (TOAST（任务导向自适应语义
     * 传输）) or, the short form in brackets, the run of words before it back to punctuation or a function word
     * (即多点接近（MPP）: 多点接近 for "MultiPoint Proximity"). Kept when it is Chinese, is one or two to three characters
     * a word of the term long, and neither edge is a word that cannot end a term; else {@code null}.
     */
    String beside(PaperAligner.Bitext b, TermCandidate c) {
        PaperText zh = b.zh;
        List<Word> english = new ArrayList<>();
        Set<String> own = new HashSet<>();
        for (Word w : EnglishWords.of(c.text())) {
            if (w.content()) {
                english.add(w);
            }
            own.add(w.norm());
        }
        int n = english.size();
        if (n < 2) {
            return null;
        }
        int spaced = spacedWords(c.text());
        String text = zh.text;
        for (int at = text.indexOf(c.abbr()); at >= 0; at = text.indexOf(c.abbr(), at + 1)) {
            int end = at + c.abbr().length();
            if (end < text.length() && isOpening(text.charAt(end))) {
                int close = end + 1;
                while (close < text.length() && HanLpChinese.isHan(text.charAt(close))) {
                    close++;
                }
                if (close < text.length() && isClosing(text.charAt(close)) && plausible(close - end - 1, spaced, n)
                        && !assoc.claimedElsewhere(b, own, end + 1, close)) {
                    return text.substring(end + 1, close);
                }
            }
        }
        for (int w : bracketEnds(zh, c.abbr())) {
            int first = w;
            while (first > 0 && zh.words.get(first - 1).content() && !zh.words.get(first - 1).isLatin()
                    && zh.words.get(first - 1).form().codePoints().allMatch(HanLpChinese::isHan)
                    && zh.words.get(first - 1).end() == zh.words.get(first).start()) {
                first--;
            }
            // Leading words that cannot start a term go: a verb (提出, 评估) unless a term of the glossary starts
            // with it (强化/学习 of 强化学习辅助集成（RLAE）), a one-character word.
            while (first < w && (!zh.words.get(first).edge() || zh.words.get(first).form().length() == 1
                    || zh.words.get(first).verb() && !startsGlossaryTerm(zh, first, w))) {
                first++;
            }
            // A verbal noun glued on goes (保护 of 保护知识产权（IP）), a Latin word the term starts with comes back.
            first = edges.withLatinStart(zh, c.text(), c.abbr(), edges.withoutGluedVerb(b, english, first, w));
            Word last = zh.words.get(w);
            if (!last.edge() || last.isLatin()) {
                continue;
            }
            int from = zh.words.get(first).start();
            if (plausible(last.end() - from, spaced, n) && !assoc.claimedElsewhere(b, own, from, last.end())) {
                return text.substring(from, last.end());
            }
            if (w - 1 > first && rendersHeadAfter(b, c.abbr(), last)) {
                Word before = zh.words.get(w - 1);
                if (before.edge() && !before.isLatin() && plausible(before.end() - from, spaced, n)
                        && !assoc.claimedElsewhere(b, own, from, before.end())) {
                    return text.substring(from, before.end());
                }
            }
        }
        return null;
    }

    /**
     * Whether words {@code first} to at most {@code last} start with a Chinese term of the glossary of two words or
     * more (强化/学习; not 解释 of 可解释图像质量评估, a term of one word).
     */
    private boolean startsGlossaryTerm(PaperText zh, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (glossaryTerms.contains(zh.text.substring(zh.words.get(first).start(), zh.words.get(k).end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Chinese word is the rendering of the head noun the English writes right after the short form's
     * brackets, which the translation moved in front of them ("Test-time Humane-centered Interaction (THI) module" /
     * 测试时人本交互模块（THI）: 模块 is "module", no word of the term).
     */
    private boolean rendersHeadAfter(PaperAligner.Bitext b, String abbr, Word zhWord) {
        String text = b.en.text;
        for (int at = text.indexOf("(" + abbr + ")"); at >= 0; at = text.indexOf("(" + abbr + ")", at + 1)) {
            int close = at + abbr.length() + 2;
            for (Word e : b.en.words) {
                if (e.start() < close) {
                    continue;
                }
                if (e.content() && text.substring(close, e.start()).isBlank()
                        && assoc.enToZh.of(e, zhWord) >= SpanFinder.CLAIMS) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    /**
     * Whether a Chinese term and an English one that both versions define with one short form are one rendering of
     * each other although a word of the English has no learned translation in it: the Chinese is all the translation
     * writes before the short form (back to punctuation, a function word or a word that cannot edge a term:
     * 引用视频物体分割（RVOS） for "Referring Video Object Segmentation (RVOS)", where the corpus learned "referring"
     * as 指代; 设计了一个自引导模块(SGM) for "Self-guided Module (SGM)"), one to three characters a word of the English
     * long, rendering all its content words but one of three or more, and holding no word that another English word of
     * the paper renders better (not 测试时人本交互模块（THI） for "Test-time Humane-centered Interaction (THI) module":
     * 模块 is "module").
     */
    boolean definedAlike(PaperAligner.Bitext b, TermCandidate c, TermCandidate e) {
        List<Word> english = new ArrayList<>();
        Set<String> own = new HashSet<>();
        for (Word w : EnglishWords.of(e.text())) {
            if (w.content()) {
                english.add(w);
                own.add(w.norm());
            }
        }
        if (english.size() < 2 || !plausible(c.text().length(), spacedWords(e.text()), english.size())) {
            return false;
        }
        PaperText zh = b.zh;
        for (int w : bracketEnds(zh, c.abbr())) {
            int end = zh.words.get(w).end();
            int start = end - c.text().length();
            int first = firstWordOf(zh, w, c.text());
            if (first < 0) {
                continue;
            }
            if (first > 0) {
                Word before = zh.words.get(first - 1);
                if (before.content() && before.edge() && before.end() == start) {
                    continue;
                }
            }
            boolean[] rendered = new boolean[english.size()];
            for (int i = 0; i < english.size(); i++) {
                Word s = english.get(i);
                rendered[i] = assoc.unlearned(assoc.base(s.norm()));
                for (int k = first; k <= w && !rendered[i]; k++) {
                    Word z = zh.words.get(k);
                    rendered[i] = assoc.renders(s, z);
                }
            }
            int unrendered = unrendered(e.text(), english, rendered);
            // The English word left unrendered must have a Chinese word of its own there that renders no other word
            // of the term (引用, "referring"): 人的活动识别（HAR） gives 活动识别 nothing for "Human".
            int unexplained = 0;
            for (int k = first; k <= w; k++) {
                Word z = zh.words.get(k);
                boolean explains = !z.content() || z.isLatin();
                for (int i = 0; i < english.size() && !explains; i++) {
                    explains = assoc.enToZh.of(english.get(i), z) >= SpanFinder.RENDERS
                            || assoc.rendersAsShortForm(english.get(i), z);
                }
                unexplained += explains ? 0 : 1;
            }
            // Two words or more of three or more may be left unrendered when each has a Chinese word of its own and the
            // Chinese starts on no verb (错误接受率（FAR） for "false acceptance rate (FAR)", words the corpus saw too
            // seldom to learn; not 增强车联网 for "Internet of Vehicles").
            boolean own2 = unrendered >= 2 && unrendered < english.size() && unexplained >= unrendered
                    && !zh.words.get(first).verb();
            if ((unrendered == 0 || unrendered == 1 && english.size() >= 3 && unexplained >= 1 || own2)
                    && !assoc.claimedElsewhere(b, own, start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many of a term's content words ({@code english}, of {@code text}) are left unrendered, given which are: a
     * word hyphenated to a rendered one is rendered with it, as a hyphenated compound is often one Chinese word (大规模
     * renders "large-scale", though the corpus learned it for "large" alone: 大规模基础模型（LFM）, "large-scale
     * foundation models (LFMs)").
     */
    static int unrendered(String text, List<Word> english, boolean[] rendered) {
        int n = 0;
        for (int i = 0; i < english.size(); i++) {
            boolean compound = i > 0 && rendered[i - 1] && hyphened(text, english.get(i - 1), english.get(i))
                    || i + 1 < english.size() && rendered[i + 1] && hyphened(text, english.get(i), english.get(i + 1));
            n += rendered[i] || compound ? 0 : 1;
        }
        return n;
    }

    /** Whether only a hyphen stands between two words of a text ("large" and "scale" of "large-scale"). */
    private static boolean hyphened(String text, Word before, Word after) {
        return before.end() < after.start() && text.substring(before.end(), after.start()).equals("-");
    }

    /**
     * Whether a Chinese rendering of {@code chars} characters is as long as a term of {@code spaced} words written
     * apart and {@code words} words in all: a hyphenated compound is often one short word in Chinese (Test-time 测试时,
     * Humane-centered 人本), so it counts once for the shortest length, each of its parts for the longest.
     */
    private static boolean plausible(int chars, int spaced, int words) {
        return chars >= 2 * Math.min(spaced, words) - 1 && chars <= 3 * words + 1;
    }

    /**
     * The content words of an English term written apart by spaces, each hyphenated compound one: a function word asks
     * no character of the Chinese ("Reinforcement Learning-Assisted Ensemble for LLMs" is four).
     */
    private static int spacedWords(String text) {
        int n = 0;
        for (String token : text.strip().split("\\s+")) {
            n += EnglishWords.of(token).stream().anyMatch(Word::content) ? 1 : 0;
        }
        return n;
    }
}
