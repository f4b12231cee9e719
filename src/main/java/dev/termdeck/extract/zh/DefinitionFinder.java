package dev.termdeck.extract.zh;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Chinese definitions from cue phrases: {@code X是指Y}, {@code X指的是Y}, {@code X被定义为Y},
 * {@code 将X定义为Y}, {@code 定义X为Y}, {@code 称为X} / {@code 被称为X} / {@code 称之为X}, a sentence that opens with
 * the term and {@code 是} ({@code 联合学习(FL)是……的框架}), conditionals ({@code 如果……则……就是……}), and a purpose
 * clause before the term ({@code 旨在估算……贡献的多点触摸归因}: "X, which aims to ...").
 * The cues of a name the text introduces are {@link IntroducedNames}'; {@link FoundDefinitions} keeps what the cues find
 * as a card shows it. The term next to the cue is the run of term-forming pieces there (see {@link WordClass}). A
 * definition in the sentence right after one that announces it ({@code ……的一个集中定义:}) is surer than any other.
 * Thread-safe.
 */
final class DefinitionFinder {
    private static final Pattern BEFORE_CUE = Pattern.compile("(?:是指|指的是|被定义为|定义为|被称为|也称为|又称为|即为)");
    private static final Pattern AFTER_CUE = Pattern.compile("(?:被称为|称之为|称为|叫做|被称作|称作)");
    private static final Pattern DEFINE_AS = Pattern.compile(
            "(?:将|把)([^，,。；;]{2,40}?)(?:定义为|定义成)|(?:我们|本文|这里|此处)定义([^，,。；;为]{2,40})为");
    /** An apposition after a dash: {@code 实体解析系统 - 一个识别……的模型}. */
    private static final Pattern DASH_APPOSITION = Pattern.compile("\\s(?:-|–|—)\\s?(?:一个|一种|一类)|——(?:一个|一种|一类)");
    private static final Pattern CONDITIONAL = Pattern.compile("(?:如果|若|假如)[^。]{2,120}?(?:则|那么)([^。]{2,60})");
    /**
     * A purpose clause that modifies the term: {@code 旨在……的X}, {@code 用于……的X}. Greedy up to the clause's last
     * {@code 的}, so that the clause binds to the term and not to a noun inside it.
     */
    private static final Pattern PURPOSE = Pattern.compile("^\\s*(?:旨在|用于|用来|致力于)[^，,。；;]{2,80}的");
    /** {@code 引用视频物体分割（RVOS）旨在根据语言描述……}: a term with its short form opens the sentence and says its aim. */
    private static final Pattern AIMS_WITH_SHORT_FORM = Pattern.compile(
            "^([^，,。是的\\s(（]{2,20}?)\\s*[(（][A-Za-z][A-Za-z0-9-]{1,15}[)）]\\s*((?:旨在|致力于)[^。；;]{8,}[。]?)");
    /** The kind a naming cue names: {@code 一种简单而有效的增强技术，称为}. */
    private static final Pattern KIND_BEFORE_NAMING = Pattern.compile("((?:一种|一个|一类|一款|一套)[^，,。；;]{2,40}?)[，,]?\\s*(?:被|也|又)?$");
    /** After a name: its short form in brackets, then a pronoun that repeats the kind ({@code （AND），该数据集}). */
    private static final Pattern SHORT_FORM_THEN_PRONOUN = Pattern.compile(
            "^\\s*(?:[(（][A-Za-z][^)）]{0,20}[)）])?\\s*[，,]\\s*(?:该|这一|此)(?:方法|框架|模型|系统|算法|网络|数据集|基准|技术|策略)"
                    + "(?=[\\p{IsHan}])");
    /** A name in Latin letters right after a naming cue, before punctuation or a bracket. */
    private static final Pattern LATIN_AFTER = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9.+-]{1,30}[A-Za-z0-9+])(?=\\s*[，,。；;(（])");
    /** {@code X，即……的Y}: the term, then what it is ({@code 即使}, {@code 即可}, {@code 即将} are other words). */
    private static final Pattern NAMELY = Pattern.compile("[，,（(]\\s*即(?![使可将便刻时])");
    /** An item mark right before a term: {@code 三个基本挑战：（1）对应漂移，即……}. */
    private static final Pattern ITEM_BEFORE = Pattern.compile("[(（]?(?:[0-9]{1,2}|[一二三四五六七八九十]|i{1,3}|iv|v)[)）]\\s*$");
    /** A question, or an item of a numbered list: never a definition. */
    private static final Pattern QUESTION = Pattern.compile("[？?]\\s*$");
    private static final Pattern ITEM_START = Pattern.compile(
            "^\\s*(?:[(（]?[0-9一二三四五六七八九十ivx]{1,3}[)）.、]|[①-⑩•·\\-–—*])");
    private static final Pattern IS_A = Pattern.compile(
            "^([^，,。是的\\s(（]{2,12}?)\\s*(?:\\([^)]{1,20}\\)|（[^）]{1,20}）)?\\s*是(?!否)");
    private static final Pattern NOT_A_TERM_START = Pattern.compile(
            "^(?:本|这|那|我|它|他|她|该|此|其|每|所有|一些|另|一个|一种|为|在|对|由|从|如果|虽然|尽管|因为|通过|随着|当|但|而)");
    /** A sentence that announces a definition: the next sentence is one ({@code ……的一个集中定义:}). */
    private static final Pattern ANNOUNCES = Pattern.compile("(?:定义|定义如下|如下定义)\\s*[:：]\\s*$");

    List<ZhDefinition> find(ZhText t) {
        FoundDefinitions out = new FoundDefinitions();
        String previous = "";
        List<int[]> all = t.sentences();
        for (int at = 0; at < all.size(); at++) {
            int[] s = all.get(at);
            if (s[1] <= s[0]) {
                continue;
            }
            int base = t.token(s[0]).start();
            String sentence = t.text().substring(base, t.token(s[1] - 1).end());
            int[] n = at + 1 < all.size() ? all.get(at + 1) : null;
            String next = n == null || n[1] <= n[0] ? ""
                    : t.text().substring(t.token(n[0]).start(), t.token(n[1] - 1).end()).strip();
            int from = out.size();
            if (isStatement(sentence)) {
                findIn(t, sentence, next, base, out);
                IntroducedNames.namedBack(previous, sentence, base, out);
            }
            if (previous.contains("定义") && ANNOUNCES.matcher(previous).find()) {
                // "……的一个集中定义:" then the definition: the author says this sentence is the definition.
                out.surerFrom(from);
            }
            previous = sentence;
        }
        return out.list();
    }

    /**
     * Not a question, nor an item of a numbered list. Each search below runs only when the sentence holds a character
     * its pattern cannot match without (a Chinese sentence has none of most cues; the result is the same).
     */
    private static boolean isStatement(String sentence) {
        return !((sentence.indexOf('？') >= 0 || sentence.indexOf('?') >= 0) && QUESTION.matcher(sentence).find()
                || ITEM_START.matcher(sentence).find());
    }

    private void findIn(ZhText t, String sentence, String next, int base, FoundDefinitions out) {
        // BEFORE_CUE: every cue holds 指, 定义, 称 or 即.
        Matcher m = BEFORE_CUE.matcher(ZhText.hasAny(sentence, "指义称即") ? sentence : "");
        while (m.find()) {
            String term = TermRuns.runBefore(t, base + m.start());
            if (isItem(sentence, term, m.start())) {
                continue;
            }
            int from = termStart(sentence, term, m.start());
            out.add(term, null, sentence.substring(from), base, m.start() - from, 0);
        }
        IntroducedNames.find(t, sentence, next, base, out);
        m = AIMS_WITH_SHORT_FORM.matcher(ZhText.hasAny(sentence, "旨致") ? sentence.strip() : "");
        if (m.find() && !NOT_A_TERM_START.matcher(m.group(1)).find() && GlossFinder.hanCount(m.group(1)) >= 2) {
            out.add(m.group(1), null, m.group(1) + m.group(2), base, m.group(1).length(), 2);
        }
        m = NAMELY.matcher(sentence.indexOf('即') >= 0 ? sentence : "");
        while (m.find()) {
            int at = m.start();
            String term = TermRuns.runBefore(t, base + at);
            String rest = sentence.substring(m.end());
            if (term != null && !isItem(sentence, term, at) && opensClause(sentence, term, at)
                    && ZhDefinitionText.defines(rest, true)) {
                out.add(term, null, term + "即" + rest.strip(), base, term.length() + 1, 1);
            }
        }
        m = DASH_APPOSITION.matcher(sentence.indexOf('一') >= 0 ? sentence : "");
        while (m.find()) {
            int at = m.start();
            while (at > 0 && Character.isWhitespace(sentence.charAt(at - 1))) {
                at--;
            }
            out.add(TermRuns.withoutGeneralHead(TermRuns.runBefore(t, base + at)), null, sentence, base, m.start(), 2);
        }
        namedAfterCue(t, sentence, base, out);
        m = DEFINE_AS.matcher(sentence);
        if (sentence.contains("定义") && m.find()) {
            int end = m.group(1) != null ? m.end(1) : m.end(2);
            out.add(TermRuns.runBefore(t, base + end), null, sentence, base, m.start(), 0);
        }
        m = CONDITIONAL.matcher(sentence);
        if (ZhText.hasAny(sentence, "如若") && ZhText.hasAny(sentence, "则那") && m.find() && m.group(1).contains("是")) {
            out.add(null, m.group(1), sentence, base, m.start(1), 0);
        }
        m = PURPOSE.matcher(ZhText.hasAny(sentence, "旨用致") ? sentence : "");
        while (m.find()) {
            // Only a term found otherwise takes the definition (as a consequent): the clause names no new term.
            String term = TermRuns.runAfter(t, base + m.end());
            if (term != null) {
                out.add(null, term, sentence, base, m.start(), 2);
            }
        }
        m = IS_A.matcher(sentence.indexOf('是') >= 0 ? sentence.strip() : "");
        if (m.find() && !NOT_A_TERM_START.matcher(m.group(1)).find() && GlossFinder.hanCount(m.group(1)) >= 2
                && ZhDefinitionText.defines(sentence.strip().substring(m.end()).replaceFirst("^(?:一种|一个|一类)", ""))) {
            out.add(m.group(1), null, sentence, base, 0, 2);
        }
    }

    /**
     * {@code 一种简单而有效的增强技术，称为X，通过……}: the term named after {@code 称为}, {@code 叫做}, ..., defined by the
     * kind before the cue, else by the sentence.
     */
    private static void namedAfterCue(ZhText t, String sentence, int base, FoundDefinitions out) {
        Matcher m = AFTER_CUE.matcher(ZhText.hasAny(sentence, "称叫") ? sentence : "");
        while (m.find()) {
            String term = TermRuns.runAfter(t, base + m.end());
            Matcher latin = LATIN_AFTER.matcher(sentence).region(m.end(), sentence.length());
            boolean latinName = term == null && latin.lookingAt();
            if (latinName) {
                // "称为HyperET，它可以……": a name in Latin letters has no hanzi for the run to count; it is defined
                // only by the kind before the cue.
                term = latin.group(1);
            }
            if (term != null && TermRuns.namesTheTerm(t, base + m.end() + term.length())) {
                // "一种简单而有效的增强技术，称为X，通过……" gives "X是一种简单而有效的增强技术，通过……".
                Matcher kind = KIND_BEFORE_NAMING.matcher(sentence.substring(0, m.start()));
                // "称为Aria导航数据集（AND），该数据集包含……": the short form and the pronoun that repeats the kind go.
                String after = SHORT_FORM_THEN_PRONOUN.matcher(sentence.substring(Math.min(sentence.length(),
                        m.end() + term.length()))).replaceFirst("，");
                if (kind.find() && ZhDefinitionText.defines(kind.group(1) + after)) {
                    out.add(term, null, term + "是" + kind.group(1) + after, base, term.length() + 1, 1);
                } else if (!latinName) {
                    out.add(term, null, sentence, base, m.start(), 1);
                }
            }
        }
    }

    /**
     * Whether the term before {@code cueAt} heads its own phrase ({@code 表现出边界振荡，即……}), not the noun that ends a
     * modifier clause about something else ({@code 量化……能量分布的相似性，即场的强度}: what 即 explains is the clause).
     */
    private static boolean opensClause(String sentence, String term, int cueAt) {
        int at = sentence.lastIndexOf(term, cueAt);
        return at <= 0 || sentence.charAt(at - 1) != '的';
    }

    /** Whether the term before {@code cueAt} is an item of a numbered list ({@code ……：（1）对应漂移，即……}). */
    private static boolean isItem(String sentence, String term, int cueAt) {
        int at = term == null ? -1 : sentence.lastIndexOf(term, cueAt);
        return at > 0 && ITEM_BEFORE.matcher(sentence.substring(Math.max(0, at - 8), at)).find();
    }

    /**
     * Where the definition starts in the sentence: at the term when a clause of setting comes first
     * ({@code 在大型语言模型中，视觉幻觉是指……} gives {@code 视觉幻觉是指……}), else at 0.
     */
    private static int termStart(String sentence, String term, int cueAt) {
        if (term == null) {
            return 0;
        }
        int at = sentence.lastIndexOf(term, cueAt);
        return at > 0 && "，,".indexOf(sentence.charAt(at - 1)) >= 0 ? at : 0;
    }
}
