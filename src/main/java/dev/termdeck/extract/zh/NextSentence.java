package dev.termdeck.extract.zh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a Chinese definition goes on with the next sentence: that sentence opens with the term, or with a pronoun and
 * the kind the definition named ({@code 该框架}), and a verb of what the thing does. Stateless; thread-safe.
 */
final class NextSentence {
    /** What a sentence that continues a definition of its subject opens with: a verb of what the thing does. */
    private static final Pattern NEXT_PREDICATE = Pattern.compile(
            "\\s*(?:将|把|通过|利用|采用|使用|结合|基于|能够|可以|旨在|用于|包含|由|以|是|视|学习|生成|构建|训练|提供|实现|引入)");
    /** A pronoun and a kind: {@code 该框架}, {@code 我们的方法}. */
    private static final Pattern KIND_PRONOUN = Pattern.compile(
            "^(?:该|这一|此|这个|我们的)(框架|方法|模型|系统|算法|网络|数据集|基准|架构|范式|管道|流程|技术|策略)");
    /** A means: how the thing works ({@code 通过……}, {@code 将……}). */
    private static final Pattern MEANS = Pattern.compile("将|把|通过|利用|借助|结合|采用|基于[^的，,。]{0,20}[，,]");
    /** Modifiers that only call the thing new. */
    private static final Pattern NOVELTY = Pattern.compile("新颖|新的|全新|新型|创新");
    /** The longest definition that the next sentence is added to. */
    private static final int MAX_JOINED = 160;

    private NextSentence() {
    }

    /**
     * Whether {@code next} opens with {@code term} as its subject and a verb ({@code CRINN将ANNS优化视为……}), not with a
     * phrase the term modifies ({@code CRINN的……}, {@code CRINN在……上}).
     */
    static boolean continuesWith(String next, String term) {
        return next.startsWith(term) && next.length() > term.length() + 8 && next.length() <= 120
                && NEXT_PREDICATE.matcher(next.substring(term.length())).lookingAt();
    }

    /**
     * {@code next} when it {@link #continuesWith continues with} the term, else its first clause when that does
     * ({@code MNN-LLM通过模型量化和DRAM-Flash混合存储来降低内存使用。} of a longer sentence), or {@code null}.
     */
    static String firstClauseOf(String next, String term) {
        if (next == null) {
            return null;
        }
        if (continuesWith(next, term)) {
            return next;
        }
        int comma = next.indexOf('，');
        String first = comma < 0 ? null : next.substring(0, comma) + "。";
        return first != null && continuesWith(first, term) ? first : null;
    }

    /**
     * The next sentence to add to a definition that calls the thing new and says no means
     * ({@code GEN-AFFECT是一个新颖的个性化头像生成框架，能够生成……的头像。}) when that sentence opens with a pronoun and the
     * kind the definition named and says how ({@code 该框架通过对……进行……的条件化，……}; {@code 我们的框架} said
     * {@code 该框架}), as the English "The framework proposes conditioning ..." is added; or {@code null}.
     */
    static String ofItsKind(String definition, String next) {
        if (next == null || next.isEmpty() || !NOVELTY.matcher(definition).find() || MEANS.matcher(definition).find()
                || definition.length() + next.length() > MAX_JOINED) {
            return null;
        }
        Matcher m = KIND_PRONOUN.matcher(next);
        if (!m.lookingAt() || !definition.contains(m.group(1)) || !MEANS.matcher(next).find()
                || !NEXT_PREDICATE.matcher(next.substring(m.end())).lookingAt()) {
            return null;
        }
        return next.startsWith("我们的") ? "该" + next.substring("我们的".length()) : next;
    }
}
