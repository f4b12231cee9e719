package dev.termdeck.extract.zh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese definition cues of a name the text introduces, for {@link DefinitionFinder}: an apposition after it
 * ({@code 我们提出了DEMO，一个……}), what it is for ({@code 本文提出DISTWAR，旨在……}), what a dataset it builds holds
 * ({@code 构建了AVW-4k数据集，包含……}), a name after {@code 名为} with its kind ({@code 一种名为VeriPPA的新框架，……}),
 * and a sentence that names what the one before proposed ({@code ……的新方法。它称为TNW-CATE}). Stateless; thread-safe.
 */
final class IntroducedNames {
    /** The verbs that introduce what the paper makes: {@code 提出了}, {@code 构建}, ... */
    private static final String INTRODUCES = "(?:提出|介绍|推出|构建|开发|设计|发布|引入|创建)了?";
    /** The words an apposition's kind starts with: {@code 一种}, {@code 首个}, ... */
    private static final String KIND_START = "(?:一种|一个|一类|一款|一套|首个|第一个)";
    /** {@link #KIND_START} at the start of an apposition, to be taken off. */
    private static final Pattern LEADING_KIND_START = Pattern.compile("^" + KIND_START);
    /**
     * An apposition after a term the text introduces: {@code 我们提出了DEMO，一个基于流匹配的生成框架，……} gives
     * {@code DEMO是一个基于流匹配的生成框架，……}; also with {@code 这是} ({@code 我们推出了INR-Bench，这是第一个……的综合基准}).
     */
    private static final Pattern INTRODUCED_APPOSITION = Pattern.compile(
            INTRODUCES + "([^，,。；;、（(]{2,40}?)\\s*(?:[(（][^)）]{1,40}[)）])?\\s*[，,]\\s*"
                    + "(?:这是|它是)?(" + KIND_START + "[^。；;]{4,})");
    /**
     * What a name the text introduces is for or how it works: {@code 本文提出了音频-视觉世界模型（AVWM），旨在模拟……},
     * {@code 本文提出DISTWAR，旨在解决……}, {@code 提出了X（ABBR）框架，通过……} give {@code X旨在……}, {@code X通过……}. Only a
     * name (Latin letters) or a term written with its short form: a plain phrase there is the paper's own method of
     * that kind ({@code 提出了一种拓扑感知的图强化学习方法，旨在……}).
     */
    private static final Pattern INTRODUCED_PURPOSE = Pattern.compile(
            INTRODUCES + "(?!一种|一个|一类|一套|一款)([^，,。；;、（(]{2,40}?)\\s*([(（][A-Za-z][^)）]{0,30}[)）])?\\s*"
                    + "(?:框架|方法|模型|算法|网络|系统|架构|基准|数据集)?\\s*[，,]\\s*((?:旨在|通过|利用)[^。；;]{8,}[。]?)");
    /**
     * A dataset or benchmark the text builds, by a Latin name, and what it holds: {@code 构建了AVW-4k数据集，包含……}
     * gives {@code AVW-4k是一个数据集，包含……}.
     */
    private static final Pattern INTRODUCED_DATASET = Pattern.compile(
            INTRODUCES + "\\s*([A-Za-z][A-Za-z0-9.+-]{1,30})\\s*(数据集|基准)\\s*[，,]\\s*"
                    + "((?:包含|包括|涵盖|收集了)[^。；;]{8,}[。]?)");
    /**
     * A name in Latin letters after {@code 名为}, its kind, and what it does: {@code 一种名为VeriPPA的新框架，该框架利用……}
     * gives {@code VeriPPA是一种新框架，该框架利用……}; {@code 一种名为DMZ的模型，通过……} gives {@code DMZ是一种模型，通过……}.
     */
    private static final Pattern NAMED_KIND = Pattern.compile(
            "(一种|一个|一类|一款|一套)名为\\s*([A-Za-z][A-Za-z0-9.+-]{1,30})\\s*的([^，,。；;（(]{1,20}?)\\s*[，,]\\s*"
                    + "((?:(?:该|这一|此)[\\p{IsHan}]{1,4}?)?(?:通过|利用|用于|能够|可以|旨在|将|基于|结合|采用)[^。；;]{6,}[。]?)");
    /** {@code 它称为TNW-CATE}: a sentence that names what the sentence before proposed. */
    private static final Pattern NAMED_BACK = Pattern.compile(
            "^\\s*(?:它|该方法|该模型|该框架|这种方法|这一方法|我们的方法|这个框架)(?:被)?(?:称为|称之为|叫做|命名为|名为)\\s*"
                    + "([A-Za-z][A-Za-z0-9.+-]{1,30}|[\\p{IsHan}]{2,12})(?=[(（，,。\\s]|$)");
    /** What a sentence proposes: {@code 本文提出了一种估计条件平均治疗效果的新方法}. */
    private static final Pattern PROPOSED_KIND = Pattern.compile(
            "(?:提出|介绍|开发|设计|构建)了?((?:一种|一个|一类|一套)[^。，,；;]{2,40}?(?:方法|模型|框架|算法|网络|架构|系统|技术|策略|数据集|基准))"
                    + "[。，,；;]?\\s*$");
    /** A name in Latin letters: {@code DEMO}, {@code TF-CoVR-Base}, {@code Prune-Then-Plan}. */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.+-]{1,30}");

    private IntroducedNames() {
    }

    /** The definitions the cues of an introduced name find in {@code sentence}, in this order. */
    static void find(ZhText t, String sentence, String next, int base, FoundDefinitions out) {
        apposition(t, sentence, next, base, out);
        purpose(t, sentence, next, base, out);
        dataset(sentence, base, out);
        namedKind(sentence, base, out);
    }

    /**
     * {@code 我们提出了DEMO，一个基于流匹配的生成框架，……}: a name the text introduces and an apposition that says its kind
     * and what it is (with the next sentence when the kind alone says nothing).
     */
    private static void apposition(ZhText t, String sentence, String next, int base, FoundDefinitions out) {
        // A comma and 一 or 首 (一种, 首个, 第一个) are needed.
        Matcher m = INTRODUCED_APPOSITION.matcher(ZhText.hasAny(sentence, "，,") && ZhText.hasAny(sentence, "一首")
                ? sentence : "");
        while (m.find()) {
            String named = m.group(1).strip();
            String term = LATIN_NAME.matcher(named).matches() ? named : TermRuns.runBefore(t, base + m.end(1));
            if (term != null && term.equals(named) && ZhDefinitionText.defines(
                    LEADING_KIND_START.matcher(m.group(2)).replaceFirst(""))) {
                String def = term + "是" + m.group(2);
                String shown = ZhDefinitionText.clean(def, Math.min(term.length() + 5, def.length()));
                String more = ZhDefinitionText.onlyNewKind(shown) && NextSentence.continuesWith(next, term) ? next
                        : NextSentence.ofItsKind(shown, next);
                if (more != null) {
                    // "本文提出了CRINN，这是一种新的ANNS算法范式。CRINN将ANNS优化视为……": the kind alone says nothing; the
                    // next sentence, about the term (or 该框架, the kind it named), says what it does.
                    def = shown + more;
                }
                out.add(term, null, def, base, term.length() + 1, 2);
            }
        }
    }

    /** {@code 本文提出DISTWAR，旨在解决……}: a name the text introduces and what it is for or how it works. */
    private static void purpose(ZhText t, String sentence, String next, int base, FoundDefinitions out) {
        Matcher m = INTRODUCED_PURPOSE.matcher(ZhText.hasAny(sentence, "旨通利") ? sentence : "");
        while (m.find()) {
            String named = m.group(1).strip();
            boolean latin = LATIN_NAME.matcher(named).matches();
            String term = latin ? named : TermRuns.runBefore(t, base + m.end(1));
            if (term != null && term.equals(named) && (latin || m.group(2) != null)) {
                String def = term + m.group(3);
                String more = ZhDefinitionText.onlyNewKind(ZhDefinitionText.clean(def, Math.min(term.length() + 4,
                        def.length()))) ? NextSentence.firstClauseOf(next, term) : null;
                // "本文提出了MNN-LLM框架，旨在加速……部署。MNN-LLM通过模型量化和……混合存储来降低内存使用，……": the effect
                // alone says nothing; the next sentence, about the term, says how.
                out.add(term, null, more != null ? def.replaceFirst("[。.]?$", "。") + more : def, base,
                        term.length(), 2);
            }
        }
    }

    /** {@code 构建了AVW-4k数据集，包含……}: a dataset or benchmark the text builds and what it holds. */
    private static void dataset(String sentence, int base, FoundDefinitions out) {
        Matcher m = INTRODUCED_DATASET.matcher(ZhText.hasAny(sentence, "包括涵收") ? sentence : "");
        while (m.find()) {
            String name = m.group(1);
            out.add(name, null, name + "是一个" + m.group(2) + "，" + m.group(3), base, name.length() + 1, 2);
        }
    }

    /** {@code 一种名为VeriPPA的新框架，该框架利用……}: a name after 名为, its kind, and what it does. */
    private static void namedKind(String sentence, int base, FoundDefinitions out) {
        Matcher m = NAMED_KIND.matcher(sentence.indexOf('名') >= 0 ? sentence : "");
        while (m.find()) {
            String name = m.group(2);
            out.add(name, null, name + "是" + m.group(1) + m.group(3) + "，" + m.group(4), base, name.length() + 1, 1);
        }
    }

    /**
     * {@code 本文提出了一种估计条件平均治疗效果的新方法。它称为TNW-CATE……}: a sentence that names what the sentence
     * before proposed gives {@code TNW-CATE是一种估计条件平均治疗效果的新方法。}
     */
    static void namedBack(String previous, String sentence, int base, FoundDefinitions out) {
        Matcher named = NAMED_BACK.matcher(sentence);
        if (!named.find()) {
            return;
        }
        Matcher kind = PROPOSED_KIND.matcher(previous);
        String name = named.group(1);
        if (kind.find() && ZhDefinitionText.defines(kind.group(1) + "。")) {
            out.add(name, null, name + "是" + kind.group(1) + "。", base, name.length() + 1, 1);
        }
    }
}
