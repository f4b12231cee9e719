package dev.termdeck.extract.align;

import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.ZhToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits simplified Chinese text into the words alignment compares, with HanLP's segmenter ({@link HanLpChinese}).
 * Particles, conjunctions, prepositions, modal words and punctuation are no content (they render no English word of
 * a term); adverbs, pronouns, numerals, measure words, joining one-character verbs and locatives of place or time are
 * content but never start or end a term.
 * Latin words are compared in lower case and singular, as English ones. Thread-safe.
 */
final class ChineseWords {
    /**
     * Words that render no word of a term, whatever the segmenter tags them (即, "that is", tagged a verb: 即多点接近
     * （MPP）).
     */
    private static final Set<String> FUNCTION = Set.of("的", "了", "和", "与", "及", "以及", "或", "或者", "并",
            "并且", "等", "是", "即", "在", "对", "将", "把", "被", "从", "由", "以", "为", "于", "其", "该", "此", "这", "这些",
            "那些", "我们", "本文", "通过", "之间", "如何", "能够", "可以", "所");
    /** Words that may stand inside a term but never start or end one (中 in 语境中的单词, 内 in 模内偏差). */
    private static final Set<String> NO_EDGE = Set.of("中", "上", "下", "时", "后", "前", "内", "外", "间", "各", "每",
            "一个", "一种", "一系列", "多种", "各种", "不同", "新", "进行", "利用", "使用", "采用");

    /**
     * Locatives that say where or when (之间, 以来, 左右): never an edge. Other locatives of two characters are modifiers
     * that start terms (反向 of 反向聚合, 前向 of 前向传播), unlike the one-character ones (中, 上, 后).
     */
    private static final Set<String> POSITIONS = Set.of("之间", "之后", "之前", "以后", "以前", "以来", "以上", "以下",
            "以内", "以外", "左右", "前后", "上下", "期间", "附近", "当中", "之中", "之内", "之外", "之上", "之下", "其中",
            "周围", "中间", "里面", "后面", "前面", "上面", "下面", "同时", "此外", "其间");

    /**
     * One-character verbs that join the words of a phrase (到 of 音乐到舞蹈生成, 用, 给): they may stand inside a term,
     * never at its edge. (Not every one-character verb: 解 of 最优解 and 接 of 桥接 end terms.)
     */
    private static final Set<String> JOINING_VERBS = Set.of("到", "用", "给", "让", "使", "向", "按", "据", "经",
            "靠", "令", "往", "朝");

    /** Measure words that count things and never end a term (HanLP tags 帧 and 层 as measure words too). */
    private static final Set<String> CLASSIFIERS = Set.of("个", "种", "次", "项", "些", "位", "件", "份", "条", "篇",
            "段", "张", "套", "批");

    /** Numerals that count with a measure word after them (一个, 两种, 每个, 多种). */
    private static final String NUMERALS = "一二两三四五六七八九十几多每各数某";
    /** The measure words that count a kind or an item of what follows, never a term's (unlike 次 of 二次规划). */
    private static final String COUNTERS = "个种";

    /** Numerals with a measure word, written as one word, that count the noun phrase after them (一种, 一个). */
    private static final Set<String> COUNTS = Set.of("一个", "一种", "一系列", "多种", "各种");

    /**
     * HanLP tags 自我 a pronoun; in a term it is the prefix "self-" (自我中心视频 for "egocentric video"), so it may
     * start one.
     */
    private static final String SELF = "自我";
    /**
     * HanLP tags 基于 ("based on") a preposition; it renders the "-based" of a term (基于模型的强化学习 for "model-based
     * reinforcement learning", 基于Transformer的基础模型), so it is a word of one.
     */
    private static final String BASED_ON = "基于";

    private final HanLpChinese hanlp;

    ChineseWords(HanLpChinese hanlp) {
        this.hanlp = hanlp;
    }

    /** The words of {@code simplified} (text already in simplified characters), in order. */
    List<Word> of(String simplified) {
        List<ZhToken> tokens = joinLatin(hanlp.segment(simplified), simplified);
        List<Word> out = new ArrayList<>(tokens.size());
        for (ZhToken t : tokens) {
            String w = t.word();
            String tag = t.tag();
            boolean punct = tag.startsWith("w") || w.codePoints().noneMatch(Character::isLetterOrDigit);
            boolean function = punct || tag.startsWith("u") || tag.startsWith("c")
                    || tag.startsWith("p") && !w.equals(BASED_ON)
                    || tag.equals("y") || tag.equals("e") || tag.equals("o");
            boolean content = !function && !FUNCTION.contains(w);
            boolean edge = content && !NO_EDGE.contains(w) && !JOINING_VERBS.contains(w) && !tag.startsWith("d")
                    && !(tag.startsWith("r") && !w.equals(SELF))
                    && !(tag.equals("f") && (w.length() == 1 || POSITIONS.contains(w)))
                    && !CLASSIFIERS.contains(w) && !(tag.startsWith("m") && w.codePoints().anyMatch(HanLpChinese::isHan))
                    && !(tag.startsWith("v") && w.length() > 1 && isPreposition(w.charAt(w.length() - 1)));
            boolean verb = tag.equals("v") && w.length() > 1;
            String norm = w.codePoints().anyMatch(HanLpChinese::isHan) ? w : EnglishWords.norm(w);
            out.add(new Word(w, norm.toLowerCase(Locale.ROOT), t.start(), t.end(), content, edge, true, verb,
                    tag.equals("v") || tag.equals("vn")));
        }
        return out;
    }

    /**
     * Whether a word is a measure word, or a numeral with one, that counts the noun phrase written after it (种 of
     * 一/种, 一种, 一个): it is no part of a term, so the word after it starts one.
     */
    static boolean counts(String w) {
        return CLASSIFIERS.contains(w) || COUNTS.contains(w);
    }

    /**
     * Whether word {@code k} counts the noun phrase after it as a numeral with a measure word: written as one word (一个,
     * 一种, 两个, 每种, {@link #COUNTS}) or the measure word 个 or 种 right after a numeral the segmenter read apart (个 of
     * 一/个). A term never holds one, so a run of words that renders a term does not cross it (not 领域训练一个领域特定
     * for "domain-specific training" from 为每个领域训练一个领域特定的学生). Other measure words after a numeral may be
     * a term's (二次 of 二次规划, "quadratic programming").
     */
    static boolean isCount(List<Word> words, int k) {
        String w = words.get(k).form();
        if (COUNTS.contains(w)) {
            return true;
        }
        if (w.length() == 2 && NUMERALS.indexOf(w.charAt(0)) >= 0 && COUNTERS.indexOf(w.charAt(1)) >= 0) {
            return true;
        }
        if (w.length() != 1 || COUNTERS.indexOf(w.charAt(0)) < 0 || k == 0) {
            return false;
        }
        Word before = words.get(k - 1);
        return before.form().length() == 1 && NUMERALS.indexOf(before.form().charAt(0)) >= 0
                && before.end() == words.get(k).start();
    }

    /**
     * The tokens with each run of Latin letters, digits and the hyphens, dots and underscores between them written
     * without a space made one token again ({@code Qwen3}, {@code AVW-4k}: the segmenter splits letters from digits).
     */
    private static List<ZhToken> joinLatin(List<ZhToken> tokens, String text) {
        List<ZhToken> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            ZhToken t = tokens.get(i);
            int j = i;
            while (isLatinPiece(tokens.get(j).word()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).start() == tokens.get(j).end() && isLatinPiece(tokens.get(j + 1).word())) {
                j++;
            }
            if (j > i) {
                String joined = text.substring(t.start(), tokens.get(j).end());
                if (joined.chars().anyMatch(Character::isLetterOrDigit) && Character.isLetterOrDigit(joined.charAt(0))
                        && Character.isLetterOrDigit(joined.charAt(joined.length() - 1))) {
                    out.add(new ZhToken(joined, "nx", t.start()));
                    i = j;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Whether {@code c} is a preposition a verb may be written with as one word (依赖于, 视为, 扩展到): such a verb
     * introduces its object and never edges a term.
     */
    private static boolean isPreposition(char c) {
        return c == '于' || c == '为' || c == '到';
    }

    private static boolean isLatinPiece(String w) {
        return w.chars().allMatch(c -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_'));
    }
}
