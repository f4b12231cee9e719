package dev.termdeck.extract.zh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a Chinese is-a predicate a definition, and how a Chinese definition is cleaned for a card. Stateless;
 * thread-safe.
 *
 * <p>A predicate ({@code 一种将大型模型压缩为小型网络的技术}) defines when it names a kind with a modifier clause
 * ({@code ……的框架}). Not a definition: praise without a means ({@code 化学科学发现的强大工具}, {@code 基本组成部分}:
 * an evaluative word and no {@code 将/通过/利用/基于……}), a kind that is a topic or a judgement ({@code ……的挑战},
 * {@code 驱动力}), a bare kind ({@code 一种多媒体技术}).
 */
final class ZhDefinitionText {
    /**
     * A purpose at the end that points back instead of saying ("，以解决这些挑战", "来应对上述问题"): it means nothing on a
     * card and is cut.
     */
    private static final Pattern BACK_POINTING_PURPOSE = Pattern.compile(
            "[，,]?(?:以|来|从而|用于|用来)?(?:解决|应对|克服|缓解|弥补|处理)(?:了)?(?:这些|这一|这个|上述|该|此(?!类))"
                    + "[\\p{IsHan}]{0,6}[。.]?$");

    private static final Pattern EVALUATIVE = Pattern.compile(
            "重要|强大|有效|关键|基本|核心|主要|热门|流行|有前景|有前途|有希望|广泛|常用|有力|不可或缺|(?<!模型)基础(?!模型|设施)|新兴|活跃|热点|"
                    + "前沿|重大|巨大|突出|显著|成功|有用|实用|高效|有价值|至关重要|极具|颇具|备受|日益|越来越");
    private static final Pattern TOPIC_KIND = Pattern.compile(
            "(?:挑战|难题|课题|方向|领域|热点|趋势|瓶颈|驱动力|组成部分|环节|步骤|因素|焦点|里程碑|基石|前沿)$");
    /** A means or mechanism in the modifier: how the thing works, not what it is good for. */
    private static final Pattern MEANS = Pattern.compile("将|把|通过|利用|基于|使用|采用|借助|由|从[^，。]{1,12}中");
    /** A clause that says how the thing works or what it is for: {@code 通过……}, {@code 用于……}, {@code 能够……}. */
    private static final Pattern CONTINUES = Pattern.compile(
            "\\s*(?:通过|利用|用于|用来|能够|可以|旨在|它|其|将|基于|结合|采用|使用|以|借助|专为|包含(?![两三四五六七八九几多]))");
    /** A subject pronoun and a modal before a means: {@code 它可以通过……}. */
    private static final Pattern PRONOUN_MODAL = Pattern.compile("^\\s*(?:它|其)?(?:可以|能够|可)?");
    /** The kind at the end of the first clause: {@code ……的框架}. */
    private static final Pattern CLASS_END = Pattern.compile("的([\\p{IsHan}A-Za-z0-9-]{1,12})[。.]?\\s*$");
    private static final Pattern CITATION = Pattern.compile(
            "\\s*[(（](?:[^()（）]*等人?[^()（）]*\\d{4}[^()（）]*|[A-Z][\\p{L}'-]+(?:\\s?(?:&|and|和)\\s?[A-Z][\\p{L}'-]+)?"
                    + "[,，]\\s?\\d{4}[a-z]?)(?:[)）]|$)|\\s*\\[\\d+(?:\\s*[,，\u2013-]\\s*\\d+)*\\]");
    /** A clause that goes on to judge or contrast: {@code ，这在……构成了重大挑战}, {@code ，但其效率……}. */
    private static final Pattern AFTERTHOUGHT = Pattern.compile(
            "[，,](?:这|这在|这使|但|但是|然而|而(?!且|言)|不过|却|尽管|相比|与[^，,。]{1,20}相比|显著|大幅|取得了|实现了[^，,。]{0,8}(?:卓越|领先|最优|优异|最先进)|"
                    + "[^，,。]{0,12}(?:挑战|困难|难以|局限|不足|瓶颈|受限|面临|问题))");

    /** A numbered list after a colon: {@code ：（i）……}, {@code ：(1)……}. */
    private static final Pattern LIST_MARK = Pattern.compile("[：:]\\s*[(（]?(?:1|i|一)[)）]|[：:]\\s*[①⑴]");
    /** A tail that only counts parts: {@code ，介绍了两个关键创新}. */
    private static final Pattern COUNTING_TAIL = Pattern.compile(
            "[，,]\\s*(?:它)?(?:介绍|引入|提出|包含|包括|具有|由)了?\\s*[两三四五六七八九几多][个项种大类部]?[^，,。]{0,10}[。]?$");

    /**
     * A clause that evaluates across a count of unnamed views: {@code ，评估统一模型在三个互补视角下的表现} (the English
     * "that evaluates unified models across three complementary perspectives" says as little).
     */
    private static final Pattern COUNTED_VIEWS = Pattern.compile(
            "[，,][^，,。]{0,16}?在[两三四五六七八九几多]个[^，,。]{0,8}?(?:视角|方面|维度|层面|角度)(?:下|上|中)?的表现[。.]?$");
    /**
     * A modifier that only says the thing is new or broad, or praises how well it works: {@code 新颖的}, {@code 全新的},
     * {@code 通用的}, {@code 简洁的}, {@code 高效的}, {@code 全面的}.
     */
    private static final Pattern NOVELTY_ONLY = Pattern.compile(
            "^(?:(?:一种|一个|一类|一款|一套|首个|第一个)?(?:新颖|新|全新|新型|新的|创新|创新性|通用|统一|简单|首个|第一个|"
                    + "简洁|高效|轻量|轻量级|紧凑|强大|灵活|可扩展|鲁棒|大规模|全面|综合)(?:且|而|、)?)+的");
    /**
     * A purpose that only names the problem, in one clause: {@code X旨在解决……的瓶颈。}, also through a count of
     * unnamed parts ({@code X旨在通过三个互补组件解决……核心挑战。}), or only the effect it claims
     * ({@code MNN-LLM旨在加速大语言模型在移动设备上的部署。}).
     */
    private static final Pattern MOTIVATION_ONLY = Pattern.compile(
            "^[^，,。；;]{1,40}?(?:旨在|致力于)(?:通过[两三四五六七八九几多][个项种大类部]?[^，,。；;]{0,8}?)?"
                    + "(?:解决|应对|克服|缓解|处理|加速|提升|提高|改善|增强|促进|稳定)[^，,。；;]*[。.]?$");
    /**
     * Praise and what the thing was made for, nothing else: {@code 第一个专门为多模态INR任务设计的综合基准} (the English
     * "the first comprehensive benchmark specifically designed for multimodal INR tasks" is no definition either).
     */
    private static final Pattern NEW_AND_MADE_FOR = Pattern.compile(
            "^(?:一种|一个|一款|一套)?(?:首个|第一个|新颖的|新的|全新的)(?:专门)?(?:为|面向|针对)[^，,。；;]{1,24}?"
                    + "(?:设计|打造|构建)的(?:综合|全面|通用|统一|新颖)?性?的?[\\p{IsHan}A-Za-z0-9-]{1,6}$");
    /** A means inside a kind ({@code 将……相结合的方法}); {@code 基于……的} only modifies the kind. */
    private static final Pattern KIND_MEANS = Pattern.compile("将|把|通过|利用|使用|采用|借助|结合|用于");
    /** A copula: the subject ends before it. */
    private static final Pattern IS = Pattern.compile("是|即");
    /**
     * A means clause whose verb says what the thing does, left at the end by a back-pointing purpose cut off after it
     * ({@code ，通过将刚性骨架嵌入体积表示中，克服了这些局限性}): said as the predicate ({@code ，将刚性骨架嵌入体积表示中}), as
     * the English "that overcomes these limitations by embedding ..." is said "that works by embedding ...".
     */
    private static final Pattern MEANS_BEFORE_BACK_POINTING = Pattern.compile(
            "[，,](?:它|其)?(?:通过|借助|凭借)((?:将|把|引入|利用|结合|采用|使用|构建|在)[^，,。]{4,})$");
    /** A means clause at the end whose main clause was cut off: {@code ，通过将刚性骨架嵌入体积表示中}. */
    private static final Pattern DANGLING_MEANS = Pattern.compile(
            "[，,](?:它|其)?(?:通过|借助|凭借|依靠|为了)[^，,。]*[。]?$");

    private ZhDefinitionText() {
    }

    /**
     * Whether a definition names only a kind and calls it new or broad ({@code FLoE是一种新颖的PEFT框架。},
     * {@code CRINN是一种新的ANNS算法范式。}): one clause, a modifier that is only novelty, nothing that sets it apart.
     */
    static boolean onlyNewKind(String def) {
        if (MOTIVATION_ONLY.matcher(def.strip()).matches()) {
            // "DISTWAR旨在解决GPU上梯度计算阶段的瓶颈。": the problem it answers, not what it is or does.
            return true;
        }
        Matcher is = IS.matcher(def);
        if (!is.find()) {
            return false;
        }
        String predicate = def.substring(is.end()).strip().replaceAll("[。.\\s]+$", "");
        if (predicate.matches("(?s).*[，,；;：:].*")) {
            return false;
        }
        if (NEW_AND_MADE_FOR.matcher(predicate).matches()) {
            return true;
        }
        Matcher m = NOVELTY_ONLY.matcher(predicate);
        if (!m.find()) {
            return false;
        }
        // "WinMamba是一种新颖的基于Mamba的3D特征编码骨干网络。": a longer kind called new, with no means in it, says as little.
        String kind = predicate.substring(m.end());
        return kind.length() <= 12 || kind.length() <= 24 && !KIND_MEANS.matcher(kind).find();
    }

    /**
     * Whether the predicate after {@code 是} (or after an apposition's comma) defines the subject: a kind with a
     * modifier clause in its first clause ({@code ……的框架}), or a bare kind followed by how it works or what it is for
     * ({@code 一个多模态代理框架，通过结合……}); praise only with a means ({@code 将……压缩为……的有效技术}).
     */
    static boolean defines(String predicate) {
        return defines(predicate, false);
    }

    /** {@link #defines(String)}, where {@code modifiedKind} asks for a modified kind ({@code ……的框架}) in the first clause. */
    static boolean defines(String predicate, boolean modifiedKind) {
        String first = firstClause(predicate);
        String rest = predicate.substring(Math.min(predicate.length(), first.length() + 1));
        String second = firstClause(rest);
        Matcher m = CLASS_END.matcher(first);
        boolean modified = m.find();
        String kind = modified ? m.group(1) : first;
        if (TOPIC_KIND.matcher(kind.replaceAll("[。.\\s]+$", "")).find()) {
            return false;
        }
        boolean continues = CONTINUES.matcher(second).lookingAt();
        if (!modified && (!continues || modifiedKind)) {
            return false;
        }
        return !EVALUATIVE.matcher(first).find() || MEANS.matcher(modified ? first.substring(0, m.start()) : "")
                .find() || continues && MEANS.matcher(PRONOUN_MODAL.matcher(second).replaceFirst("")).lookingAt();
    }

    /**
     * Whether the predicate's first clause (up to a Chinese comma or full stop) names a kind that is not a judgement
     * or a topic, without praise: {@code 全表示多粒度转移框架}, not {@code 重要方向}.
     */
    static boolean namesAKind(String predicate) {
        String first = predicate.split("[，。；]", 2)[0].strip();
        return GlossFinder.hanCount(first) >= 4 && !TOPIC_KIND.matcher(first).find()
                && !EVALUATIVE.matcher(first).find() && first.matches("(?s).*[\\p{IsHan}A-Za-z]$");
    }

    /**
     * The text without a numbered list after a colon and a tail that only counts parts
     * ({@code 一种新颖的PEFT框架，介绍了两个关键创新：（i）……} gives {@code 一种新颖的PEFT框架。}) or views
     * ({@code 一个全面的基准，评估统一模型在三个互补视角下的表现} gives {@code 一个全面的基准。}).
     */
    static String withoutListOrCount(String text) {
        Matcher list = LIST_MARK.matcher(text);
        String s = list.find() ? text.substring(0, list.start()) : text;
        return COUNTED_VIEWS.matcher(COUNTING_TAIL.matcher(s).replaceFirst("。")).replaceFirst("。");
    }

    /** The text up to the first comma or full stop. */
    static String firstClause(String s) {
        int end = s.length();
        for (char c : new char[] {'，', ',', '。', '；', ';'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return s.substring(0, end);
    }

    /**
     * The definition cleaned for a card: citations and an unclosed bracket dropped, a judging or contrasting clause
     * after the definition cut off (from {@code minEnd} on), a final {@code 。}.
     */
    static String clean(String def, int minEnd) {
        String s = withoutListOrCount(CITATION.matcher(def).replaceAll(""));
        Matcher back = BACK_POINTING_PURPOSE.matcher(s);
        boolean meansSaid = false;
        if (back.find() && back.start() >= minEnd) {
            s = s.substring(0, back.start());
            Matcher means = MEANS_BEFORE_BACK_POINTING.matcher(s);
            if (means.find() && means.start() >= minEnd) {
                // Said as what the thing does, it is no longer a means dangling without its main clause.
                s = s.substring(0, means.start()) + "，" + means.group(1);
                meansSaid = true;
            }
        }
        Matcher m = AFTERTHOUGHT.matcher(s);
        while (m.find()) {
            if (m.start() >= minEnd) {
                s = s.substring(0, m.start());
                break;
            }
        }
        if (s.length() < def.length() && !meansSaid) {
            // A clause was cut off: a means clause left before it lost its main clause (……框架，通过将……嵌入……中).
            Matcher dangling = DANGLING_MEANS.matcher(s.strip());
            if (dangling.find() && dangling.start() >= minEnd) {
                s = s.strip().substring(0, dangling.start());
            }
        }
        return finish(s);
    }

    /** The text without an unclosed bracket or a final comma, ending with a full stop. */
    private static String finish(String text) {
        String s = text;
        int open = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
        if (open > 0 && s.indexOf(')', open) < 0 && s.indexOf('）', open) < 0) {
            s = s.substring(0, open);
        }
        s = s.strip().replaceAll("[，,；;：:、]+$", "");
        return s.endsWith("。") || s.endsWith("……") || s.endsWith("？") ? s : s + "。";
    }
}
