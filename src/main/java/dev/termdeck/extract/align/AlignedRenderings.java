package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.WordPieces;

import java.util.List;
import java.util.Set;

/**
 * The rendering of a term by word alignment, for {@link TermMatcher}: the run of words of the aligned sentences that
 * renders it ({@link SpanFinder}), kept when its score reaches {@link #MIN_SCORE} and it renders all the term's
 * content words, its Chinese edges repaired to whole words; and whether a given Chinese string renders an English
 * term where both stand. Uses the associations of the paper being matched; not thread-safe.
 */
final class AlignedRenderings {
    /** The least score (sum of word weights) of an aligned run, and the least share of the term it must render. */
    private static final double MIN_SCORE = 1.0;
    private static final double MIN_COVERAGE = 1;

    private final PaperAssociations assoc;
    private final WordPieces pieces;
    private final HanLpChinese hanlp;
    private final GlossaryEdges edges;

    AlignedRenderings(PaperAssociations assoc, Glossary glossary, HanLpChinese hanlp) {
        this.assoc = assoc;
        this.pieces = new WordPieces(glossary.chineseRenderings().keySet());
        this.hanlp = hanlp;
        this.edges = new GlossaryEdges(glossary);
    }

    /**
     * The Chinese words that render an English term at one of its occurrences (the best-scored), when they render
     * all its content words; else {@code null}. With {@code ends} given, only runs that end at one of those words.
     */
    String chinese(PaperAligner.Bitext b, List<int[]> occurrences, Set<Integer> ends) {
        SpanFinder.Run best = null;
        int[] bestOcc = null;
        for (int[] occ : occurrences) {
            SpanFinder.Run before = best;
            int s = b.en.sentenceOf(occ[0]);
            SentenceAlignment.Bead bead = b.sentences.ofEnglish(s);
            if (ends.isEmpty()) {
                if (bead.pairs()) {
                    best = better(best, SpanFinder.find(b.en.words, b.en.firstWord(bead.enFrom()),
                            b.en.endWord(bead.enTo() - 1), occ[0], occ[1], b.zh.words, b.zh.firstWord(bead.zhFrom()),
                            b.zh.endWord(bead.zhTo() - 1), -1, assoc.enToZh));
                }
                bestOcc = best != before ? occ : bestOcc;
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
                        e, assoc.enToZh));
            }
            bestOcc = best != before ? occ : bestOcc;
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
        if (whole[1] > end && cutsWord(zw, end, whole[1])) {
            // The characters taken after the run start a longer word of the segmenter (强 of 强化 in 图强化学习, taken
            // for 图强, a word of its own; 界 of 误差界限 for the glossary's 误差界): they are that word's.
            whole[1] = end;
        }
        whole = edges.complete(b.zh.text, whole[0], whole[1], b.en.text, b.en.words.subList(bestOcc[0], bestOcc[1]),
                i -> zw.stream().filter(w -> w.end() == i).findFirst().orElse(null),
                learned(b, b.en.words.subList(bestOcc[0], bestOcc[1])));
        return b.zh.text.substring(whole[0], whole[1]);
    }

    /**
     * What the corpus learned, and which Chinese words the English words of the paper other than the term's render
     * (for GlossaryEdges).
     */
    private GlossaryEdges.Learned learned(PaperAligner.Bitext b, List<Word> term) {
        return new GlossaryEdges.Learned() {
            @Override
            public boolean renders(String english, String chinese) {
                return assoc.learned(english, chinese);
            }

            @Override
            public boolean claimed(Word chinese) {
                return assoc.claimedOutside(b, term, chinese);
            }
        };
    }

    /** Whether [end, to) is the start of a word of the segmenter that goes on past {@code to}. */
    static boolean cutsWord(List<Word> words, int end, int to) {
        for (Word w : words) {
            if (w.start() >= end && w.start() < to && w.end() > to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a string the edge repair would make is a word: one the corpus, the glossary or HanLP know, or two
     * characters that stand together inside a glossary term when one of them is no word on its own (解耦 of 解耦表示,
     * which the segmenter reads 和解/耦: 耦 alone is no word).
     */
    private boolean edgeWord(String form) {
        return assoc.enToZh.isWord(form) || form.length() == 2 && pieces.cuts(form, 1)
                && (!hanlp.isWord(form.substring(0, 1)) || !hanlp.isWord(form.substring(1)));
    }

    /**
     * The English words that render a Chinese term at one of its occurrences (the best-scored, in sentences the
     * alignment pairs), when they render all its content words; else {@code null}.
     */
    String english(PaperAligner.Bitext b, List<int[]> occurrences) {
        SpanFinder.Run best = null;
        for (int[] occ : occurrences) {
            int s = b.zh.sentenceOf(occ[0]);
            SentenceAlignment.Bead bead = b.sentences.ofChinese(s);
            if (!bead.pairs()) {
                continue;
            }
            SpanFinder.Run run = SpanFinder.find(b.zh.words, b.zh.firstWord(bead.zhFrom()),
                    b.zh.endWord(bead.zhTo() - 1), occ[0], occ[1], b.en.words, b.en.firstWord(bead.enFrom()),
                    b.en.endWord(bead.enTo() - 1), -1, assoc.zhToEn);
            if (run != null && (best == null || run.score() * run.coverage() > best.score() * best.coverage())) {
                best = run;
            }
        }
        if (best != null && best.score() >= MIN_SCORE && best.coverage() >= MIN_COVERAGE) {
            return b.en.text.substring(b.en.words.get(best.from()).start(), b.en.words.get(best.to() - 1).end());
        }
        return null;
    }

    /**
     * Whether the words of {@code text}, where it occurs in a sentence aligned with the term, render all of it (every
     * content word whose translation could be learned).
     */
    boolean renders(PaperAligner.Bitext b, List<int[]> occurrences, String text) {
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
                if (!e.content() || assoc.unlearned(e.norm())) {
                    continue;
                }
                boolean rendered = false;
                for (Word z : b.zh.words) {
                    if (z.start() >= at && z.end() <= at + text.length()
                            && assoc.enToZh.of(e, z) >= SpanFinder.RENDERS) {
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
        return assoc.outweighed(b, from, to, b.en.firstWord(bead.enFrom()), b.en.endWord(bead.enTo() - 1),
                i -> i >= occ[0] && i < occ[1]);
    }

    private static SpanFinder.Run better(SpanFinder.Run a, SpanFinder.Run b) {
        if (b == null) {
            return a;
        }
        return a == null || b.score() * b.coverage() > a.score() * a.coverage() ? b : a;
    }
}
