package dev.termdeck.extract.zh;

import java.util.Set;

/**
 * How a segmented piece takes part in a Chinese term, from its part-of-speech tag and, for the function words and
 * general-purpose verbs HanLP tags loosely, from the word itself.
 */
enum WordClass {
    /** Can head a term: nouns, verbal nouns, Latin words ({@code 网络}, {@code 检索}, {@code GAN}). */
    NOUN,
    /** Can modify a noun inside a term: adjectives, distinguishing words, verbs ({@code 生成}, {@code 稀疏}). */
    MODIFIER,
    /** Ends a term: punctuation, particles, prepositions, pronouns, numbers, general verbs ({@code 的}, {@code 提出}). */
    BREAK;

    /** Verbs and words that never sit inside a term, whatever HanLP tags them. */
    private static final Set<String> BREAK_WORDS = Set.of(
            "的", "中的", "之", "与", "和", "及", "以及", "或", "或者", "等", "等人", "是", "被", "将", "把", "对",
            "在", "从", "以", "为", "由", "于", "向", "通过", "使用", "利用", "采用", "基于", "一种", "一个", "这种",
            "这些", "该", "其", "本文", "我们", "进行", "实现", "提出", "具有", "包括", "可以", "能够", "已经", "更",
            "最", "非常", "提供", "证明", "表明", "显示", "展示", "导致", "产生", "执行", "达到", "获得", "介绍",
            "讨论", "考虑", "发现", "认为", "需要", "允许", "帮助", "探索", "改善", "提高", "解决", "旨在", "用于",
            "称为", "被称为", "定义", "作为", "成为", "出现", "存在", "来自", "带来", "使得", "使", "让", "如",
            "例如", "比如", "即", "也", "都", "还", "并", "而", "但", "不", "没有", "无法", "可能", "应该", "会",
            "所", "所有", "各种", "不同", "相同", "新", "新的", "多种", "大量", "许多", "一些", "某些", "每个",
            "整个", "更好", "较", "较小", "较大", "更大", "更多", "进一步", "主要", "重要", "现有", "当前", "目前",
            "最近", "近年来", "首先", "然后", "最后", "此外", "因此", "然而", "同时", "包含", "涉及", "取决于",
            "关于", "对于", "相比", "超过", "优于", "达", "个", "种", "项", "类", "次", "倍", "上", "下", "中", "内",
            "后", "前", "间", "时", "里", "外", "就是", "就", "建立", "构建", "设计", "开发", "引入", "缓解", "减少",
            "增加", "降低", "提升", "支持", "促进", "接近", "实际上", "仅", "仅仅", "只", "约");

    /**
     * The class of {@code token}. A {@code BREAK} word ends a term; HanLP's tags decide the rest: {@code n*},
     * {@code g*} (terms of a science), {@code vn}, {@code nx} (Latin) and suffixes ({@code 性}, {@code 者}) are nouns;
     * adjectives, distinguishing words, prefixes and verbs are modifiers.
     */
    static WordClass of(ZhToken token) {
        String w = token.word();
        if (BREAK_WORDS.contains(w)) {
            return BREAK;
        }
        String tag = token.tag();
        if (tag.isEmpty()) {
            return BREAK;
        }
        if (w.equals(SELF)) {
            // HanLP tags 自我 a pronoun; in a term it is the prefix "self-" (自我中心视频, 自我监督).
            return MODIFIER;
        }
        if (tag.startsWith("v") && w.length() > 1 && isAspect(w.charAt(w.length() - 1))) {
            // A verb written with its aspect particle as one word (证明了, 说明了, 绕过) is the clause's finished action:
            // it ends the term before it and starts none after it (我们证明了概率有限自动机（PFA）).
            return BREAK;
        }
        if (tag.startsWith("v") && w.length() > 1 && isPreposition(w.charAt(w.length() - 1))) {
            // A verb written with the preposition it takes (依赖于, 适用于, 视为, 扩展到) introduces its object: it is never
            // part of the term after it (依赖于线性混合皮肤绑定（LBS）).
            return BREAK;
        }
        char t = tag.charAt(0);
        return switch (t) {
            case 'n', 'g', 'k' -> NOUN;
            case 'v' -> tag.equals("vn") ? NOUN
                    : tag.equals("vshi") || tag.equals("vyou") || tag.equals("vf") || tag.equals("vd") ? BREAK
                    : MODIFIER;
            case 'a' -> tag.equals("ad") ? BREAK : tag.equals("an") ? NOUN : MODIFIER;
            case 'b', 'h' -> tag.equals("bl") ? BREAK : MODIFIER;
            default -> BREAK;
        };
    }

    /** Whether {@code word} is a function word or general verb that ends a term whatever HanLP tags it. */
    static boolean isListedBreak(String word) {
        return BREAK_WORDS.contains(word);
    }

    /** The word HanLP tags a pronoun that in terms is the prefix "self-". */
    static final String SELF = "自我";

    /** Whether {@code c} is a preposition a verb may be written with as one word (依赖于, 视为, 扩展到). */
    static boolean isPreposition(char c) {
        return c == '于' || c == '为' || c == '到';
    }

    /** Whether {@code c} is an aspect particle HanLP may write into the verb before it (证明了, 绕过). */
    static boolean isAspect(char c) {
        return c == '了' || c == '过';
    }

    /** Whether the word is a verb in HanLP's tagging ({@code v}, {@code vi}, ...; not the verbal noun {@code vn}). */
    static boolean isVerb(ZhToken token) {
        return token.tag().startsWith("v") && !token.tag().equals("vn");
    }

    /** Whether the piece is punctuation. */
    static boolean isPunctuation(ZhToken token) {
        return token.tag().equals("w");
    }
}
