package dev.termdeck.extract.align;

import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.Counterpart.Evidence;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.TermKeys;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.WordPieces;
import static dev.termdeck.extract.align.LatinForms.containsWord;
import static dev.termdeck.extract.align.LatinForms.isCapitalizedWord;
import static dev.termdeck.extract.align.LatinForms.isLatin;
import static dev.termdeck.extract.align.LatinForms.isLatinLetterOrDigit;
import static dev.termdeck.extract.align.LatinForms.isName;
import static dev.termdeck.extract.align.LatinForms.sameLatin;
import static dev.termdeck.extract.align.LatinForms.sameShortForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the counterpart of each term of one version of a paper in the other version, trying the surest evidence
 * first:
 * <ol>
 *   <li>the same short form in brackets on both sides: the Chinese candidate defined with it
 *       ({@code 深度Q网络（DQN）} for "Deep Q-Networks (DQNs)"), or, when the term's words are too rare to align, the
 *       Chinese written beside the short form that renders no other word of the paper
 *       ({@code TOAST（任务导向自适应语义传输）});</li>
 *   <li>a name written in Latin letters that both versions write ({@code TrackDiffusion});</li>
 *   <li>a rendering the glossary lists for the term, written in the other version;</li>
 *   <li>word alignment: the run of words of the aligned sentences that renders the term ({@link SpanFinder}), kept
 *       when it renders at least half of the term's content words and is no copy of English words.</li>
 * </ol>
 * A Chinese term's English counterpart must moreover be a term: a candidate of the English version, a candidate of
 * another English document of the corpus, or a glossary term. Not thread-safe across papers (none is needed).
 *
 * <p>Longer than most classes because the four kinds of evidence run in both directions (an English term's
 * Chinese counterpart and a Chinese term's English one) over the same per-paper word associations and occurrence
 * look-ups; the string tests on Latin names and short forms are in {@link LatinForms}.
 */
final class TermMatcher {
    /** The least score (sum of word weights) of an aligned run, and the least share of the term it must render. */
    private static final double MIN_SCORE = 1.0;
    private static final double MIN_COVERAGE = 1;
    /** An English word seen in at most this many sentence pairs and glossary entries has no learned translation. */
    private static final int RARE = 3;
    /** The longest suffix, and the shortest word left, by which a rare word may be derived from a frequent one. */
    private static final int MAX_SUFFIX = 3;
    private static final int MIN_BASE = 5;

    private final Glossary glossary;
    private final WordPieces pieces;
    private final HanLpChinese hanlp;
    private final WordTranslations words;
    private final Set<String> englishTerms;
    private final SpanFinder.Association enToZh;
    /** English-to-Chinese associations of the words of the paper being matched, by their offsets. */
    private final java.util.Map<Long, Double> memo = new java.util.HashMap<>();
    private PaperAligner.Bitext current;
    private final SpanFinder.Association zhToEn;
    private final BareShortForms bare;

    /**
     * @param englishTerms the keys of every English candidate of the corpus ({@link TermCandidate#key()})
     */
    TermMatcher(Glossary glossary, WordTranslations words, Set<String> englishTerms, HanLpChinese hanlp) {
        this.glossary = glossary;
        this.bare = new BareShortForms(glossary);
        this.pieces = new WordPieces(glossary.chineseRenderings().keySet());
        this.hanlp = hanlp;
        this.words = words;
        this.englishTerms = englishTerms;
        this.enToZh = new SpanFinder.Association() {
            @Override
            public double of(Word s, Word t) {
                // Within one paper a word is its start offset; the association of each pair is computed once.
                long key = (long) s.start() << 32 | t.start();
                Double known = memo.get(key);
                if (known != null) {
                    return known;
                }
                String e = base(s.norm());
                double a = sameLatin(s, t) ? 1
                        : Math.max(words.association(e, t.norm()), words.partialAssociation(e, t.form()));
                memo.put(key, a);
                return a;
            }

            @Override
            public boolean isWord(String form) {
                return form.length() > 1 && words.isChineseWord(form) || glossary.byChinese(form).isPresent()
                        || hanlp.isWord(form);
            }

            @Override
            public boolean isRare(Word source) {
                // A word the glossary translates has a learned translation however rarely the corpus writes it
                // (spatiotemporal, 时空: the 大规模 beside 动态 is no rendering of it).
                return words.englishCount(base(source.norm())) <= RARE
                        && glossary.byEnglish(source.form().toLowerCase(Locale.ROOT)).isEmpty();
            }

            @Override
            public boolean isIdentical(Word source, Word target) {
                return sameLatin(source, target);
            }

            @Override
            public boolean rendersWithin(Word source, Word target) {
                return words.rendersWithin(base(source.norm()), target.form());
            }
        };
        this.zhToEn = (s, t) -> sameLatin(t, s) ? 1 : words.association(t.norm(), s.norm());
    }

    /**
     * The English word whose learned translations a word stands for: the word itself, or, when it is rare, the
     * frequent word it is derived from by a short suffix (behavioral from behavior, computational from computation),
     * whose translation it shares (行为 of 后验行为克隆 for "posterior behavioral cloning").
     */
    private String base(String norm) {
        if (words.englishCount(norm) > RARE) {
            return norm;
        }
        for (int cut = 1; cut <= MAX_SUFFIX && norm.length() - cut >= MIN_BASE; cut++) {
            String stem = norm.substring(0, norm.length() - cut);
            if (words.englishCount(stem) > RARE) {
                return stem;
            }
        }
        return norm;
    }

    /** The English candidates with their Chinese counterparts. */
    List<TermCandidate> english(PaperAligner.Bitext b, List<TermCandidate> english, List<TermCandidate> chinese) {
        startPaper(b);
        List<TermCandidate> out = new ArrayList<>(english.size());
        for (TermCandidate c : english) {
            out.add(c.withCounterpart(chineseOf(b, c, chinese)));
        }
        return out;
    }

    /** The Chinese candidates with their English counterparts. */
    List<TermCandidate> chinese(PaperAligner.Bitext b, List<TermCandidate> chinese, List<TermCandidate> english) {
        startPaper(b);
        List<TermCandidate> out = new ArrayList<>(chinese.size());
        for (TermCandidate c : chinese) {
            TermCandidate whole = wholeOfCut(b, c, english);
            out.add(whole != null ? whole : c.withCounterpart(englishOf(b, c, english)));
        }
        return out;
    }

    private void startPaper(PaperAligner.Bitext b) {
        if (b != current) {
            memo.clear();
            current = b;
        }
    }

    private Counterpart chineseOf(PaperAligner.Bitext b, TermCandidate c, List<TermCandidate> chinese) {
        List<int[]> occurrences = occurrences(b.en, c);
        if (c.abbr() != null) {
            // The same short form in brackets: the words the term aligns with that end just before it.
            String bracketed = alignedChinese(b, occurrences, bracketEnds(b.zh, c.abbr()));
            if (bracketed != null) {
                return found(bracketed, Evidence.ABBREVIATION, b, c, occurrences);
            }
            for (TermCandidate z : chinese) {
                if (z.abbr() != null && sameShortForm(z.abbr(), c.abbr()) && !isLatin(z.text())
                        && wholeWords(b.zh, z.text()) && renders(b, occurrences, z.text())) {
                    return found(z.text(), Evidence.ABBREVIATION, b, c, occurrences);
                }
            }
            String beside = besideShortForm(b, c);
            if (beside != null) {
                return found(beside, Evidence.ABBREVIATION, b, c, occurrences);
            }
            // The long form's short form in brackets after the Chinese that spells it (错误接受率（FAR）).
            String spelled = b.spelledOut(bare, c.abbr(), c.text());
            if (spelled != null) {
                return found(spelled, Evidence.ABBREVIATION, b, c, occurrences);
            }
        }
        if ((isName(c.text()) || isCapitalizedWord(c.text())) && containsWord(b.zh.text, c.text())) {
            // A bare short form the translation spells out in Chinese before it in brackets (门控线性注意力（GLA）).
            String spelled = c.abbr() == null ? b.spelledOut(bare, c.text(), null) : null;
            if (spelled != null) {
                return found(spelled, Evidence.ABBREVIATION, b, c, occurrences);
            }
            return found(c.text(), Evidence.NAME, b, c, occurrences);
        }
        Optional<GlossaryEntry> entry = glossary.byEnglish(c.text());
        if (entry.isPresent() && !glossary.isBasic(entry.get())) {
            for (String r : entry.get().allZh()) {
                if (b.zh.text.contains(r)) {
                    return found(r, Evidence.GLOSSARY, b, c, occurrences);
                }
            }
        }
        String aligned = alignedChinese(b, occurrences, Set.of());
        if (aligned != null && (!isLatin(aligned) || isName(aligned) && wholeName(aligned, c.text()))) {
            return found(aligned, Evidence.ALIGNMENT, b, c, occurrences);
        }
        return Counterpart.NOT_FOUND;
    }

    /**
     * Whether a Latin name the alignment found is the whole term, not one word of it that the translation kept in
     * Latin letters ("RL" of "RL finetuning", written RL微调): at least as many content words.
     */
    private static boolean wholeName(String name, String term) {
        return contentWords(name) >= contentWords(term);
    }

    private static int contentWords(String text) {
        int n = 0;
        for (Word w : EnglishWords.of(text)) {
            n += w.content() ? 1 : 0;
        }
        return n;
    }

    /**
     * The Chinese words that render an English term at one of its occurrences (the best-scored), when they render
     * all its content words; else {@code null}. With {@code ends} given, only runs that end at one of those words.
     */
    private String alignedChinese(PaperAligner.Bitext b, List<int[]> occurrences, Set<Integer> ends) {
        SpanFinder.Run best = null;
        for (int[] occ : occurrences) {
            int s = b.en.sentenceOf(occ[0]);
            SentenceAlignment.Bead bead = b.sentences.ofEnglish(s);
            if (ends.isEmpty()) {
                if (bead.pairs()) {
                    best = better(best, SpanFinder.find(b.en.words, b.en.firstWord(bead.enFrom()),
                            b.en.endWord(bead.enTo() - 1), occ[0], occ[1], b.zh.words, b.zh.firstWord(bead.zhFrom()),
                            b.zh.endWord(bead.zhTo() - 1), -1, enToZh));
                }
                continue;
            }
            // The short form in brackets may stand in a sentence the translation moved: the English sentences it
            // is aligned with, and the one that holds the term, are the sentence the rest of its words compete in.
            for (int e : ends) {
                SentenceAlignment.Bead zhBead = b.sentences.ofChinese(b.zh.sentenceOf(e));
                int enFrom = Math.min(s, zhBead.enTo() > zhBead.enFrom() ? zhBead.enFrom() : s);
                int enTo = Math.max(s + 1, zhBead.enTo());
                best = better(best, SpanFinder.find(b.en.words, b.en.firstWord(enFrom), b.en.endWord(enTo - 1),
                        occ[0], occ[1], b.zh.words, b.zh.firstWord(zhBead.zhFrom()), b.zh.endWord(zhBead.zhTo() - 1),
                        e, enToZh));
            }
        }
        if (best == null || best.score() < MIN_SCORE || best.coverage() < MIN_COVERAGE) {
            return null;
        }
        List<Word> zw = b.zh.words;
        int start = zw.get(best.from()).start();
        int end = zw.get(best.to() - 1).end();
        int nextEnd = best.to() < zw.size() ? zw.get(best.to()).end() : end;
        int previousStart = best.from() > 0 ? zw.get(best.from() - 1).start() : start;
        int[] repaired = ChineseEdges.repair(b.zh.text, start, end, previousStart, zw.get(best.from()).end(),
                zw.get(best.to() - 1).start(), nextEnd, this::edgeWord);
        if (repaired == null) {
            return null;
        }
        int[] whole = pieces.whole(b.zh.text, repaired[0], repaired[1], b.zh::holdsWord);
        return b.zh.text.substring(whole[0], whole[1]);
    }

    /**
     * Whether a string the edge repair would make is a word: one the corpus, the glossary or HanLP know, or two
     * characters that stand together inside a glossary term when one of them is no word on its own (解耦 of 解耦表示,
     * which the segmenter reads 和解/耦: 耦 alone is no word).
     */
    private boolean edgeWord(String form) {
        return enToZh.isWord(form) || form.length() == 2 && pieces.cuts(form, 1)
                && (!hanlp.isWord(form.substring(0, 1)) || !hanlp.isWord(form.substring(1)));
    }

    /**
     * The Chinese words the translation writes beside the term's short form when nothing of the term could be
     * aligned (its words too rare to have learned translations): the words in brackets after it (TOAST（任务导向自适应语义
     * 传输）) or, the short form in brackets, the run of words before it back to punctuation or a function word
     * (即多点接近（MPP）: 多点接近 for "MultiPoint Proximity"). Kept when it is Chinese, is one or two to three characters
     * a word of the term long, and neither edge is a word that cannot end a term; else {@code null}.
     */
    private String besideShortForm(PaperAligner.Bitext b, TermCandidate c) {
        PaperText zh = b.zh;
        int n = 0;
        Set<String> own = new java.util.HashSet<>();
        for (Word w : EnglishWords.of(c.text())) {
            n += w.content() ? 1 : 0;
            own.add(w.norm());
        }
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
                        && !claimedElsewhere(b, own, end + 1, close)) {
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
            Word last = zh.words.get(w);
            if (!last.edge() || last.isLatin()) {
                continue;
            }
            int from = zh.words.get(first).start();
            if (plausible(last.end() - from, spaced, n) && !claimedElsewhere(b, own, from, last.end())) {
                return text.substring(from, last.end());
            }
            if (w - 1 > first && rendersHeadAfter(b, c.abbr(), last)) {
                Word before = zh.words.get(w - 1);
                if (before.edge() && !before.isLatin() && plausible(before.end() - from, spaced, n)
                        && !claimedElsewhere(b, own, from, before.end())) {
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
            if (glossary.chineseRenderings().containsKey(
                    zh.text.substring(zh.words.get(first).start(), zh.words.get(k).end()))) {
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
                        && enToZh.of(e, zhWord) >= SpanFinder.CLAIMS) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    /**
     * Whether a Chinese word in [from, to) renders an English word of the paper that is no word of the term better
     * than any word of the term (混合精度 and 策略 of 混合精度量化策略（OPQ）, "mixed-precision quantization strategy", beside "outlier-preserving
     * quantization (OPQ)").
     */
    private boolean claimedElsewhere(PaperAligner.Bitext b, Set<String> own, int from, int to) {
        return outweighed(b, from, to, 0, b.en.words.size(), i -> isOwn(own, b.en.words.get(i).norm()));
    }

    /**
     * Whether an English word is one of the term's words or the start or end of one written as a compound ("points"
     * of "MultiPoint": 点 of 多点接近（MPP） is the term's own).
     */
    private static boolean isOwn(Set<String> own, String norm) {
        if (own.contains(norm)) {
            return true;
        }
        for (String o : own) {
            if (norm.length() >= 4 && o.length() >= norm.length() + 3 && (o.startsWith(norm) || o.endsWith(norm))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a content Chinese word in [from, to) is rendered by an English content word of [enFrom, enTo) that is
     * not the term's own (by {@code own}, on the word's index) at least {@link SpanFinder#CLAIMS} and better than by
     * any of the term's own words.
     */
    private boolean outweighed(PaperAligner.Bitext b, int from, int to, int enFrom, int enTo, IntPredicate own) {
        for (Word z : b.zh.words) {
            if (z.start() < from || z.end() > to || !z.content()) {
                continue;
            }
            double in = 0;
            double out = 0;
            for (int i = enFrom; i < enTo; i++) {
                Word e = b.en.words.get(i);
                if (!e.content()) {
                    continue;
                }
                double a = enToZh.of(e, z);
                if (own.test(i)) {
                    in = Math.max(in, a);
                } else {
                    out = Math.max(out, a);
                }
            }
            if (out >= SpanFinder.CLAIMS && out > in) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausible(int chars, int words) {
        return plausible(chars, words, words);
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

    private static boolean isOpening(char ch) {
        return ch == '(' || ch == '（';
    }

    private static boolean isClosing(char ch) {
        return ch == ')' || ch == '）';
    }

    /**
     * Whether {@code text} starts and ends on word boundaries where it first occurs in the Chinese version, with no
     * one-character word beside it that could be a cut-off part of it (去 before 耦原型学习, 器 after 图像标记).
     */
    private static boolean wholeWords(PaperText zh, String text) {
        int at = zh.text.indexOf(text);
        if (at < 0) {
            return false;
        }
        int end = at + text.length();
        for (int w = 0; w < zh.words.size(); w++) {
            Word word = zh.words.get(w);
            if (word.start() < at && word.end() > at || word.start() < end && word.end() > end) {
                return false;
            }
            boolean before = word.end() == at;
            boolean after = word.start() == end;
            if ((before || after) && word.form().length() == 1 && word.edge() && !word.isLatin()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words of {@code text}, where it occurs in a sentence aligned with the term, render all of it (every
     * content word whose translation could be learned).
     */
    private boolean renders(PaperAligner.Bitext b, List<int[]> occurrences, String text) {
        for (int[] occ : occurrences) {
            SentenceAlignment.Bead bead = b.sentences.ofEnglish(b.en.sentenceOf(occ[0]));
            if (!bead.pairs()) {
                continue;
            }
            int from = b.zh.sentences.get(bead.zhFrom()).start();
            int to = b.zh.sentences.get(bead.zhTo() - 1).end();
            int at = b.zh.text.indexOf(text, from);
            if (at < 0 || at + text.length() > to) {
                continue;
            }
            boolean all = true;
            for (int i = occ[0]; i < occ[1] && all; i++) {
                Word e = b.en.words.get(i);
                if (!e.content() || words.englishCount(e.norm()) <= RARE) {
                    continue;
                }
                boolean rendered = false;
                for (Word z : b.zh.words) {
                    if (z.start() >= at && z.end() <= at + text.length() && enToZh.of(e, z) >= SpanFinder.RENDERS) {
                        rendered = true;
                        break;
                    }
                }
                all = rendered;
            }
            if (all && !holdsOtherWords(b, bead, occ, at, at + text.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the Chinese words in [from, to) include one that another word of the English sentences renders better
     * than any word of the term does (增强 in 增强车联网, "enhance", beside "Internet of Vehicles").
     */
    private boolean holdsOtherWords(PaperAligner.Bitext b, SentenceAlignment.Bead bead, int[] occ, int from, int to) {
        return outweighed(b, from, to, b.en.firstWord(bead.enFrom()), b.en.endWord(bead.enTo() - 1),
                i -> i >= occ[0] && i < occ[1]);
    }

    private static SpanFinder.Run better(SpanFinder.Run a, SpanFinder.Run b) {
        if (b == null) {
            return a;
        }
        return a == null || b.score() * b.coverage() > a.score() * a.coverage() ? b : a;
    }

    /** The Chinese words just before {@code abbr} in brackets: （FBSDEs） after 前后向随机微分方程. */
    static Set<Integer> bracketEnds(PaperText zh, String abbr) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int w = 1; w < zh.words.size(); w++) {
            String f = zh.words.get(w).form();
            if (!(f.startsWith("(") || f.startsWith("（"))) {
                continue;
            }
            int open = zh.words.get(w).start();
            int close = -1;
            for (int k = open + 1; k < Math.min(zh.text.length(), open + 20); k++) {
                char ch = zh.text.charAt(k);
                if (ch == ')' || ch == '）') {
                    close = k;
                    break;
                }
            }
            if (close > 0 && sameShortForm(zh.text.substring(open + 1, close).strip(), abbr)) {
                out.add(w - 1);
            }
        }
        return out;
    }

    private Counterpart englishOf(PaperAligner.Bitext b, TermCandidate c, List<TermCandidate> english) {
        if (c.abbr() != null) {
            // The English term defined with the same short form, or written just before it in brackets (the English
            // extractor may give the short form to a shorter term: "image quality assessment" of "explainable image
            // quality assessment (IQA)"). The Chinese term must render the whole English one (not 自蒸馏 for
            // "Diffusion as Self-Distillation", cut from 扩散即自蒸馏), or be all the Chinese the translation writes
            // before the short form.
            List<TermCandidate> defined = definedWith(b.en, english, c.abbr());
            for (TermCandidate e : defined) {
                // Or the English term's aligned rendering before the short form is the Chinese term, whole (后验行为克隆
                // (PostBC), where HanLP reads 后/验 and no word renders "posterior" alone).
                if (renders(b, occurrences(b.en, e), c.text()) || definedAlike(b, c, e)
                        || c.text().equals(alignedChinese(b, occurrences(b.en, e), bracketEnds(b.zh, c.abbr())))) {
                    return found(e.text(), Evidence.ABBREVIATION, b, c, List.of());
                }
            }
            if (!defined.isEmpty() && defined.get(0).abbr() != null && sameShortForm(defined.get(0).abbr(), c.abbr())) {
                return Counterpart.NOT_FOUND;
            }
        }
        if (isLatin(c.text()) && containsWord(b.en.text, c.text())) {
            return found(c.text(), Evidence.NAME, b, c, List.of());
        }
        if (c.gloss() != null) {
            TermCandidate e = byKey(english, TermKeys.englishSingular(c.gloss()));
            if (e != null) {
                return found(e.text(), Evidence.GLOSSARY, b, c, List.of());
            }
        }
        Optional<GlossaryEntry> entry = glossary.findChinese(c.text());
        if (entry.isPresent()) {
            TermCandidate e = byKey(english, TermKeys.englishSingular(entry.get().en()));
            if (e != null) {
                return found(e.text(), Evidence.GLOSSARY, b, c, List.of());
            }
            if (!glossary.isBasic(entry.get()) && !occurrences(b.en, entry.get().en()).isEmpty()) {
                return found(entry.get().en(), Evidence.GLOSSARY, b, c, List.of());
            }
        }
        List<int[]> occurrences = chineseOccurrences(b.zh, c);
        SpanFinder.Run best = null;
        for (int[] occ : occurrences) {
            int s = b.zh.sentenceOf(occ[0]);
            SentenceAlignment.Bead bead = b.sentences.ofChinese(s);
            if (!bead.pairs()) {
                continue;
            }
            SpanFinder.Run run = SpanFinder.find(b.zh.words, b.zh.firstWord(bead.zhFrom()),
                    b.zh.endWord(bead.zhTo() - 1), occ[0], occ[1], b.en.words, b.en.firstWord(bead.enFrom()),
                    b.en.endWord(bead.enTo() - 1), -1, zhToEn);
            if (run != null && (best == null || run.score() * run.coverage() > best.score() * best.coverage())) {
                best = run;
            }
        }
        if (best != null && best.score() >= MIN_SCORE && best.coverage() >= MIN_COVERAGE) {
            String text = b.en.text.substring(b.en.words.get(best.from()).start(),
                    b.en.words.get(best.to() - 1).end());
            String key = TermKeys.englishSingular(text);
            TermCandidate e = byKey(english, key);
            if (e != null) {
                return found(e.text(), Evidence.ALIGNMENT, b, c, occurrences);
            }
            if (englishTerms.contains(key) || glossary.byEnglish(text).isPresent()) {
                return found(isName(text) ? text : text.toLowerCase(Locale.ROOT), Evidence.ALIGNMENT, b, c,
                        occurrences);
            }
        }
        return Counterpart.NOT_FOUND;
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
    private boolean definedAlike(PaperAligner.Bitext b, TermCandidate c, TermCandidate e) {
        List<Word> english = new ArrayList<>();
        Set<String> own = new java.util.HashSet<>();
        for (Word w : EnglishWords.of(e.text())) {
            if (w.content()) {
                english.add(w);
                own.add(w.norm());
            }
        }
        if (english.size() < 2 || !plausible(c.text().length(), english.size())) {
            return false;
        }
        PaperText zh = b.zh;
        for (int w : bracketEnds(zh, c.abbr())) {
            int end = zh.words.get(w).end();
            int start = end - c.text().length();
            if (start < 0 || !zh.text.startsWith(c.text(), start)) {
                continue;
            }
            int first = w;
            while (first > 0 && zh.words.get(first).start() > start) {
                first--;
            }
            if (zh.words.get(first).start() != start) {
                continue;
            }
            if (first > 0) {
                Word before = zh.words.get(first - 1);
                if (before.content() && before.edge() && before.end() == start) {
                    continue;
                }
            }
            int unrendered = 0;
            for (Word s : english) {
                boolean rendered = words.englishCount(base(s.norm())) <= RARE;
                for (int k = first; k <= w && !rendered; k++) {
                    Word z = zh.words.get(k);
                    rendered = enToZh.of(s, z) >= SpanFinder.RENDERS || enToZh.rendersWithin(s, z);
                }
                unrendered += rendered ? 0 : 1;
            }
            // The English word left unrendered must have a Chinese word of its own there that renders no other word
            // of the term (引用, "referring"): 人的活动识别（HAR） gives 活动识别 nothing for "Human".
            int unexplained = 0;
            for (int k = first; k <= w; k++) {
                Word z = zh.words.get(k);
                boolean explains = !z.content() || z.isLatin();
                for (int i = 0; i < english.size() && !explains; i++) {
                    explains = enToZh.of(english.get(i), z) >= SpanFinder.RENDERS;
                }
                unexplained += explains ? 0 : 1;
            }
            // Two words or more of three or more may be left unrendered when each has a Chinese word of its own and the
            // Chinese starts on no verb (错误接受率（FAR） for "false acceptance rate (FAR)", words the corpus saw too
            // seldom to learn; not 增强车联网 for "Internet of Vehicles").
            boolean own2 = unrendered >= 2 && unrendered < english.size() && unexplained >= unrendered
                    && !zh.words.get(first).verb();
            if ((unrendered == 0 || unrendered == 1 && english.size() >= 3 && unexplained >= 1 || own2)
                    && !claimedElsewhere(b, own, start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Chinese term a candidate defined with a short form was cut from, when the English term defined with the same
     * short form renders it with more words before the short form in brackets: the Chinese extractor stopped at a
     * word its segmenter tags otherwise (策略优化（GRPO） of 即群体相对策略优化（GRPO）, "group relative policy
     * optimization", where 相对 reads as an adverb; 验行为克隆 of 后验行为克隆(PostBC)). The candidate becomes that
     * rendering, with the English term as its counterpart; else {@code null}.
     */
    private TermCandidate wholeOfCut(PaperAligner.Bitext b, TermCandidate c, List<TermCandidate> english) {
        if (c.abbr() == null) {
            return null;
        }
        List<TermCandidate> defined = definedWith(b.en, english, c.abbr());
        for (TermCandidate e : defined.isEmpty() ? defined : defined.subList(0, 1)) {
            String r = alignedChinese(b, occurrences(b.en, e), bracketEnds(b.zh, c.abbr()));
            if (r == null || r.length() <= c.text().length() || !r.endsWith(c.text())
                    || holdsOthers(b, e, c.abbr(), r)) {
                continue;
            }
            TermCandidate whole = new TermCandidate(c.lang(), TermKeys.of(r), r, List.of(), c.abbr(), c.gloss(),
                    c.definition(), c.context(), c.docId(), Math.max(0, c.start() - (r.length() - c.text().length())),
                    c.frequency(), c.termhood());
            return whole.withCounterpart(found(e.text(), Evidence.ABBREVIATION, b, whole, List.of()));
        }
        return null;
    }

    /**
     * Whether a rendering the translation writes before the English term's short form in brackets holds a word that
     * another English word of the paper renders better than the term's words do (残差 of 残差强化学习（RL）, "residual",
     * where the English extractor took "Reinforcement Learning (RL)" out of "Residual Reinforcement Learning (RL)").
     */
    private boolean holdsOthers(PaperAligner.Bitext b, TermCandidate e, String abbr, String rendering) {
        Set<String> own = new java.util.HashSet<>();
        for (Word w : EnglishWords.of(e.text())) {
            own.add(w.norm());
        }
        for (int w : bracketEnds(b.zh, abbr)) {
            int end = b.zh.words.get(w).end();
            if (end >= rendering.length() && b.zh.text.startsWith(rendering, end - rendering.length())) {
                return claimedElsewhere(b, own, end - rendering.length(), end);
            }
        }
        return true;
    }

    /**
     * The English terms defined with a short form: those the English extractor gave it, in their order, else those
     * the English text writes it right after in brackets.
     */
    private static List<TermCandidate> definedWith(PaperText en, List<TermCandidate> english, String abbr) {
        List<TermCandidate> same = new ArrayList<>();
        for (TermCandidate e : english) {
            if (e.abbr() != null && sameShortForm(e.abbr(), abbr)) {
                same.add(e);
            }
        }
        List<TermCandidate> before = new ArrayList<>();
        for (TermCandidate e : english) {
            if (!same.contains(e) && beforeShortForm(en, e, abbr)) {
                before.add(e);
            }
        }
        same.addAll(before);
        return same;
    }

    /**
     * Whether the English text writes the short form in brackets right after an occurrence of the term ("Backwards
     * Aggregation (BAgger)"), whatever short form the English extractor gave the term.
     */
    private static boolean beforeShortForm(PaperText en, TermCandidate e, String abbr) {
        for (int[] occ : occurrences(en, e)) {
            int at = en.words.get(occ[1] - 1).end();
            while (at < en.text.length() && en.text.charAt(at) == ' ') {
                at++;
            }
            if (at < en.text.length() && isOpening(en.text.charAt(at))) {
                int close = at + 1;
                while (close < en.text.length() && close < at + 20 && !isClosing(en.text.charAt(close))) {
                    close++;
                }
                if (close < en.text.length() && isClosing(en.text.charAt(close))
                        && sameShortForm(en.text.substring(at + 1, close).strip(), abbr)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A counterpart found, with the other side's definition when the term has one on its own side. */
    private Counterpart found(String text, Evidence how, PaperAligner.Bitext b, TermCandidate c, List<int[]> occ) {
        return Counterpart.found(text, how, c.definition() == null ? null : AlignedDefinitions.of(b, c, text));
    }

    /** Word ranges [from, to) where the English candidate (or one of its forms) occurs. */
    private static List<int[]> occurrences(PaperText en, TermCandidate c) {
        List<int[]> out = new ArrayList<>(occurrences(en, c.text()));
        for (String v : c.variants()) {
            out.addAll(occurrences(en, v));
        }
        return out;
    }

    private static List<int[]> occurrences(PaperText en, String form) {
        List<String> norms = new ArrayList<>();
        for (Word w : EnglishWords.of(form)) {
            norms.add(w.norm());
        }
        List<int[]> out = new ArrayList<>();
        if (norms.isEmpty()) {
            return out;
        }
        for (int i = 0; i + norms.size() <= en.words.size(); i++) {
            boolean match = true;
            for (int k = 0; k < norms.size() && match; k++) {
                match = en.words.get(i + k).norm().equals(norms.get(k));
            }
            if (match) {
                out.add(new int[] {i, i + norms.size()});
            }
        }
        return out;
    }

    /** Word ranges where the Chinese candidate's text occurs (the words that overlap it). */
    private static List<int[]> chineseOccurrences(PaperText zh, TermCandidate c) {
        List<int[]> out = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        forms.add(c.text());
        forms.addAll(c.variants());
        for (String f : forms) {
            int at = zh.text.indexOf(f);
            while (at >= 0 && !f.isEmpty()) {
                int from = -1;
                int to = -1;
                for (int w = 0; w < zh.words.size(); w++) {
                    Word word = zh.words.get(w);
                    if (word.end() > at && word.start() < at + f.length()) {
                        from = from < 0 ? w : from;
                        to = w + 1;
                    }
                }
                if (from >= 0) {
                    out.add(new int[] {from, to});
                }
                at = zh.text.indexOf(f, at + f.length());
            }
        }
        return out;
    }

    private static TermCandidate byKey(List<TermCandidate> cs, String key) {
        for (TermCandidate c : cs) {
            if (c.key().equals(key) || TermKeys.englishSingular(c.text()).equals(key)) {
                return c;
            }
        }
        return null;
    }
}

