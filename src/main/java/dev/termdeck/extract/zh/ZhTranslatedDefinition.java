package dev.termdeck.extract.zh;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese definition of a term that the English version of its paper defines: taken from the Chinese sentences
 * aligned with the English definition only when they define the same term, and rewritten to say it
 * ({@code 我们提出了X（ABBR），这是一种……的框架} gives {@code X是一种……的框架}; {@code 一种名为X的……方法，用于……} gives
 * {@code X是一种……方法，用于……}). A sentence that mentions the term in passing or is about another term
 * ({@code 本文提出……(PIDG)，旨在解决……3D高斯溅射(3DGS)难以……}) gives nothing: the card falls back to the dictionary.
 * Stateless; thread-safe.
 */
public final class ZhTranslatedDefinition {
    private static final Pattern SENTENCE = Pattern.compile("[^。！？]+[。！？]?");
    /** What may stand between the term and its definition: its short form in brackets, a general head noun. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "^(?:算法|方法|模型|框架|网络|系统|技术|架构)?\\s*(?:[(（][^)）]{1,40}[)）])?\\s*(?:算法|方法|模型|框架|网络|系统|技术|架构)?");
    /** Openers dropped before the subject: {@code 此外，}, {@code 本文中，}. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:此外|另外|同时|首先|其次|最后|具体而言|具体来说|在本文中|本文中|在这项工作中|在此基础上|近年来|目前|"
                    + "在[^，,。]{1,20}(?:中|上|里|方面|领域))[，,、]?\\s*)+");
    private static final Pattern COPULA = Pattern.compile("^(?:是指|指的是|被定义为|是(?!否))\\s*(.+)$");
    private static final Pattern APPOSITION = Pattern.compile(
            "^[，,]\\s*(这是|它是|是|即)?\\s*((?:一种|一个|一类|一款|一套|首个|第一个).+)$");
    /** Words after which a Chinese name may start: a verb that introduces or names it, a particle. */
    private static final Pattern HAN_BOUNDARY = Pattern.compile(
            "(?:提出|介绍|推出|构建|开发|设计|发布|引入|创建|提供|称为|名为|叫做|即|是|了|的|和|与|及|为|在|对|用|将|把|"
                    + "一种|一个|一类|一套|一款)$");
    /** {@code X旨在……}: what the term is for, as its sentence opens. */
    private static final Pattern AIMS = Pattern.compile("^(?:旨在|致力于|的目标是|的目的是)");
    /** {@code X（ABBR），该方法通过……}: what the introduced term does, said of it. */
    private static final Pattern DOES = Pattern.compile(
            "^[，,]\\s*(?:该方法|该框架|该模型|该系统|该算法|该网络|该范例|该范式|该数据集|该基准|它)((?:通过|利用|能够|可以|将|采用|用于|基于)"
                    + "[^。]{6,}。?)$");
    /**
     * {@code 提出了X（ABBR）框架，旨在……}, {@code 提出DISTWAR，旨在……}: a name the sentence introduces, with its short
     * form or its kind after it, then what it is for or how it works without a pronoun.
     */
    private static final Pattern DOES_BARE = Pattern.compile(
            "^[，,]\\s*((?:旨在|通过|利用|用于|能够|可以)[^。]{8,}。?)$");
    /**
     * An item of a list that a count announces before a colon: {@code 引入了两项新技术：}, {@code 三个正交分量相乘构建：……；},
     * {@code ……；以及}.
     */
    private static final Pattern LISTED = Pattern.compile(
            "[两三四五六七八九几多][个项种大类部]?[^：:。]{0,24}[：:](?:[^：:。]*[；;](?:以及|和|及)?)?\\s*$");
    /** What a listed item does: {@code ，它动态地……}, {@code ，量化……}, up to the next item. */
    private static final Pattern LISTED_DOES = Pattern.compile("^[，,]\\s*(?:它|其)?([^；;。，,]{6,}(?:[，,][^；;。]*)?)(?:[；;。]|$)");
    /** A long form after a dash, before the bracket of its short form: {@code ——噪声对齐（}. */
    private static final Pattern DASH_LONG_FORM = Pattern.compile("(?:——|—)\\s*[\\p{IsHan}A-Za-z0-9-]{2,30}\\s*[（(]$");
    /**
     * A Chinese word alone in its clause right before a bracket: {@code ：幅度（}, {@code ；以及结构（}; not a clause that
     * opens the sentence ({@code 我们引入了反向聚合（}).
     */
    private static final Pattern HAN_BEFORE_BRACKET = Pattern.compile(
            "[：:；;，,、]\\s*(?:以及|和|及|与)?([\\p{IsHan}]{2,8})\\s*[（(]$");
    /** {@code ，该范例直接优化……}: a pronoun that names the kind again, dropped when the kind comes first. */
    private static final Pattern KIND_PRONOUN = Pattern.compile(
            "^([，,])\\s*(?:该|这一|此)(?:方法|框架|模型|系统|算法|网络|范例|范式|数据集|基准|策略|技术|架构)(?=[\\p{IsHan}])");
    private static final Pattern INTRODUCING = Pattern.compile(
            "(?:提出|介绍|推出|构建|开发|设计|发布|引入|创建|提供)了?\\s*(?:一种|一个|一套|新的|新颖的)?\\s*$");
    /** {@code 一种名为X的……}: the kind is after the name. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(一种|一个|一类|一套)(?:名为|称为|叫做|被称为)\\s*$");
    /** {@code 提出了一种新颖的全球优化算法HOLLM，……}: the kind is before the name. */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?:提出|介绍|推出|构建|开发|设计|发布|引入|创建)了?\\s*((?:一种|一个|一类|一套)[^，,。；;：:—]{2,40}?)"
                    + "(?:[，,]?\\s*(?:称为|名为|叫做|即)|\\s*——|\\s*—)?\\s*$");

    private ZhTranslatedDefinition() {
    }

    /**
     * The definition of the term named {@code names} (its Chinese form first, then other forms such as its Latin
     * name or short form) that {@code text} gives, or {@code null}.
     */
    public static String of(String text, List<String> names) {
        if (text == null || names.isEmpty() || names.get(0) == null) {
            return null;
        }
        Matcher s = SENTENCE.matcher(text.strip());
        while (s.find()) {
            String sentence = s.group().strip();
            if (sentence.endsWith("？") || sentence.endsWith("?")) {
                continue;
            }
            for (String name : names) {
                String def = name == null || name.length() < 2 ? null : of(sentence, name, names.get(0));
                if (def != null && !ZhDefinitionText.onlyNewKind(def)) {
                    return def;
                }
            }
        }
        return null;
    }

    private static String of(String sentence, String name, String subject) {
        for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
            String def = of(sentence, name, subject, at);
            if (def != null) {
                return def;
            }
        }
        return null;
    }

    private static String of(String sentence, String name, String subject, int at) {
        if (at > 0 && isLatin(name) && isLatinWordChar(sentence.charAt(at - 1))) {
            return null;
        }
        if (at > 0 && !isLatin(name) && Character.UnicodeScript.of(sentence.charAt(at - 1)) == Character.UnicodeScript.HAN
                && !HAN_BOUNDARY.matcher(sentence.substring(0, at)).find()) {
            // "……范例——自底向上策略优化": 向上策略优化 is a piece of a longer word.
            return null;
        }
        String before = LEAD.matcher(sentence.substring(0, at)).replaceFirst("");
        String rest = sentence.substring(at + name.length());
        if (isLatin(name) && !rest.isEmpty() && isLatinWordChar(rest.charAt(0))) {
            return null;
        }
        // "……算法(QA3C)，这是一种……": the short form in brackets after its long form; only "这是" may follow.
        boolean bracketed = before.endsWith("(") || before.endsWith("（");
        Matcher han = HAN_BEFORE_BRACKET.matcher(sentence.substring(0, at));
        if (bracketed && isLatin(name) && subject.equals(name) && han.find()) {
            // "：幅度（Magnitude），量化……": the paper's English name in brackets after the Chinese word it translates;
            // the Chinese word says it.
            return of(sentence, han.group(1), han.group(1), han.start(1));
        }
        if (bracketed) {
            if (rest.isEmpty() || ")）".indexOf(rest.charAt(0)) < 0) {
                return null;
            }
            rest = rest.substring(1);
        }
        Matcher head = AFTER_NAME.matcher(rest);
        String after = head.lookingAt() ? rest.substring(head.end()) : rest;
        boolean introduced = !bracketed && INTRODUCING.matcher(before).find();
        // "提出了TOAST（任务导向自适应语义传输）框架，旨在……": the name in brackets after the Latin name it spells out.
        boolean introducedName = introduced || bracketed && INTRODUCING.matcher(
                before.substring(0, before.length() - 1).replaceFirst("[A-Za-z][A-Za-z0-9.+-]{1,30}\\s*$", "")).find()
                && before.substring(0, before.length() - 1).matches("(?s).*[A-Za-z0-9]\\s*");
        // "……范例——自底向上策略优化（BuPO），该范例直接优化……": the pronoun that repeats the kind is dropped.
        String afterKind = KIND_PRONOUN.matcher(after).replaceFirst("$1");
        String predicate = null;
        Matcher m = COPULA.matcher(after);
        if (m.find() && before.strip().isEmpty()) {
            predicate = m.group(1);
        }
        m = APPOSITION.matcher(after);
        if (predicate == null && m.find() && (m.group(1) != null && !m.group(1).equals("是") || introduced)) {
            predicate = m.group(2);
        }
        if (predicate == null && before.strip().isEmpty() && AIMS.matcher(after).lookingAt()
                && GlossFinder.hanCount(after) >= 8) {
            // "X aims to ..." on the English side: 可解释图像质量评估旨在提供……
            return ZhDefinitionText.clean(subject + after, Math.min(subject.length() + after.length(),
                    subject.length() + 6));
        }
        m = LISTED_DOES.matcher(after);
        if (predicate == null && !bracketed && LISTED.matcher(sentence.substring(0, at)).find() && m.find()) {
            // "两项新技术：自适应Rollout，它动态地……；以及……": an item of a list says what it does.
            return ZhDefinitionText.clean(subject + m.group(1), Math.min(subject.length() + m.group(1).length(),
                    subject.length() + 6));
        }
        m = DOES.matcher(after);
        if (predicate == null && introduced && m.find()) {
            String does = m.group(1);
            return ZhDefinitionText.clean(subject + does, Math.min(subject.length() + does.length(),
                    subject.length() + 6));
        }
        m = DOES_BARE.matcher(after);
        if (predicate == null && introducedName && m.find() && (isLatin(name) || after.length() < rest.length())) {
            // The name is a Latin one or stands with its short form or kind: "提出了X（ABBR），通过……" says what X does.
            String does = m.group(1);
            return ZhDefinitionText.clean(subject + does, Math.min(subject.length() + does.length(),
                    subject.length() + 6));
        }
        m = NAMED_BEFORE.matcher(before);
        if (predicate == null && !bracketed && m.find() && after.startsWith("的")) {
            predicate = m.group(1) + after.substring(1);
        }
        // "提出了一种新的DPCL方法——噪声对齐（NA），该方法……": the short form in brackets after a long form the dash
        // gives the kind before.
        Matcher dashed = DASH_LONG_FORM.matcher(before);
        String kindLead = !bracketed ? before : dashed.find() ? before.substring(0, dashed.start()) + "——" : null;
        m = KIND_BEFORE.matcher(kindLead == null ? "" : kindLead);
        if (predicate == null && kindLead != null && m.find()
                && (afterKind.isEmpty() || "，,。".indexOf(afterKind.charAt(0)) >= 0)) {
            predicate = m.group(1) + afterKind;
        }
        if (predicate == null) {
            return null;
        }
        predicate = ZhDefinitionText.withoutListOrCount(predicate);
        String kind = predicate.replaceFirst("^(?:一种|一个|一类|一款|一套|首个|第一个)", "");
        // The English side's cue already said this sentence defines the term: a kind that is not a judgement will do.
        if (!ZhDefinitionText.defines(kind) && !ZhDefinitionText.defines(predicate)
                && !ZhDefinitionText.namesAKind(kind)) {
            return null;
        }
        String def = subject + "是" + predicate;
        return ZhDefinitionText.clean(def, Math.min(def.length(), subject.length() + 6));
    }

    private static boolean isLatinWordChar(char ch) {
        return ch < 128 && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_');
    }

    private static boolean isLatin(String name) {
        return name.chars().allMatch(ch -> ch < 128);
    }
}
