package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.zh.HanLpChinese;
import static dev.termdeck.extract.align.LatinForms.sameLatin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * How strongly the words of one paper's two versions render each other, for {@link TermMatcher}: the learned
 * association of an English word (or of the frequent word it is derived from) with a Chinese word, computed once per
 * pair within a paper, and whether a Chinese stretch holds a word that another English word of the paper renders
 * better than the term's own words do. Holds the associations of the paper last matched; not thread-safe.
 */
final class PaperAssociations {
    /** An English word seen in at most this many sentence pairs and glossary entries has no learned translation. */
    private static final int RARE = 3;
    /** The longest suffix, and the shortest word left, by which a rare word may be derived from a frequent one. */
    private static final int MAX_SUFFIX = 3;
    private static final int MIN_BASE = 5;

    private final WordTranslations words;
    private final ShortFormWords shortFormWords;
    /**
     * English-to-Chinese associations computed for the paper being matched, by what they depend on: the English
     * word's norm, then the Chinese word's form. Not by offsets: a term's own words (read from the term's text, offset
     * 0 on) are asked about too, and must not get the answer of the paper's word at the same offset.
     */
    private final Map<String, Map<String, Double>> memo = new HashMap<>();
    private PaperAligner.Bitext current;
    /** English word to Chinese word, and Chinese word to English word. */
    final SpanFinder.Association enToZh;
    final SpanFinder.Association zhToEn;

    PaperAssociations(Glossary glossary, WordTranslations words, HanLpChinese hanlp) {
        this.words = words;
        this.shortFormWords = new ShortFormWords(glossary);
        this.enToZh = new SpanFinder.Association() {
            @Override
            public double of(Word s, Word t) {
                // The association of each pair of forms is computed once per paper (between reads nothing else).
                Map<String, Double> ofEnglish = memo.computeIfAbsent(s.norm(), k -> new HashMap<>());
                Double known = ofEnglish.get(t.form());
                if (known != null) {
                    return known;
                }
                double a = between(s, t);
                ofEnglish.put(t.form(), a);
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
    String base(String norm) {
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

    /** Whether an English word is seen too seldom (sentence pairs, glossary entries) to have a learned translation. */
    boolean unlearned(String norm) {
        return words.englishCount(norm) <= RARE;
    }

    /**
     * How strongly an English word and a Chinese word render each other, from the English word's norm and the Chinese
     * word's form only (so {@link #enToZh} may keep it by those, whether or not the words are the paper's).
     */
    private double between(Word s, Word t) {
        String e = base(s.norm());
        return sameLatin(s, t) ? 1 : Math.max(words.association(e, t.norm()), words.partialAssociation(e, t.form()));
    }

    /**
     * Whether the corpus learned a Chinese word as a translation of an English word, however the paper writes them
     * (信息 of "information"): associated at least {@link SpanFinder#CLAIMS}.
     */
    boolean learned(String enNorm, String zh) {
        return words.association(enNorm, zh) >= SpanFinder.CLAIMS;
    }

    /**
     * Whether an English content word of the paper that is no word of {@code term} (by its norm) renders the Chinese
     * word at least {@link SpanFinder#CLAIMS}: the word has a meaning of its own in the paper, outside the term.
     */
    boolean claimedOutside(PaperAligner.Bitext b, List<Word> term, Word z) {
        for (Word e : b.en.words) {
            if (e.content() && term.stream().noneMatch(t -> t.norm().equals(e.norm()))
                    && enToZh.of(e, z) >= SpanFinder.CLAIMS) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the associations of the paper matched before when {@code b} is another paper. */
    void startPaper(PaperAligner.Bitext b) {
        if (b != current) {
            memo.clear();
            current = b;
        }
    }

    /**
     * Whether an English word is a short form whose glossary entries' Chinese holds the Chinese word (QA, 问答:
     * {@link ShortFormWords}).
     */
    boolean rendersAsShortForm(Word english, Word chinese) {
        return shortFormWords.renders(english, chinese);
    }

    /**
     * Whether an English word (read on its own or at its place in the paper) renders a Chinese word: associated at
     * least {@link SpanFinder#RENDERS}, rendered within a word the segmenter joined, or as a short form's Chinese.
     */
    boolean renders(Word english, Word chinese) {
        return enToZh.of(english, chinese) >= SpanFinder.RENDERS || enToZh.rendersWithin(english, chinese)
                || rendersAsShortForm(english, chinese);
    }

    /**
     * Whether a Chinese word in [from, to) renders an English word of the paper that is no word of the term better
     * than any word of the term (混合精度 and 策略 of 混合精度量化策略（OPQ）, "mixed-precision quantization strategy", beside "outlier-preserving
     * quantization (OPQ)").
     */
    boolean claimedElsewhere(PaperAligner.Bitext b, Set<String> own, int from, int to) {
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
    boolean outweighed(PaperAligner.Bitext b, int from, int to, int enFrom, int enTo, IntPredicate own) {
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
                    in = Math.max(in, rendersAsShortForm(e, z) ? 1 : a);
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
}
