package dev.termdeck.extract.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Chinese definitions from cue phrases: {@code X是指Y}, {@code X指的是Y}, {@code X被定义为Y},
 * {@code 将X定义为Y}, {@code 定义X为Y}, {@code 称为X} / {@code 被称为X} / {@code 称之为X}, a sentence that opens with
 * the term and {@code 是} ({@code 联合学习(FL)是……的框架}), conditionals ({@code 如果……则……就是……}), and a purpose
 * clause before the term ({@code 旨在估算……贡献的多点触摸归因}: "X, which aims to ...").
 * The term next to the cue is the run of term-forming pieces there (see {@link WordClass}). A definition in the
 * sentence right after one that announces it ({@code ……的一个集中定义:}) is surer than any other. Thread-safe.
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
    /**
     * An apposition after a term the text introduces: {@code 我们提出了DEMO，一个基于流匹配的生成框架，……} gives
     * {@code DEMO是一个基于流匹配的生成框架，……}; also with {@code 这是} ({@code 我们推出了INR-Bench，这是第一个……的综合基准}).
     */
    private static final Pattern INTRODUCED_APPOSITION = Pattern.compile(
            "(?:提出|介绍|推出|构建|开发|设计|发布|引入|创建)了?([^，,。；;、（(]{2,40}?)\\s*(?:[(（][^)）]{1,40}[)）])?\\s*[，,]\\s*"
                    + "(?:这是|它是)?((?:一种|一个|一类|一款|一套|首个|第一个)[^。；;]{4,})");
    /**
     * What a name the text introduces is for or how it works: {@code 本文提出了音频-视觉世界模型（AVWM），旨在模拟……},
     * {@code 本文提出DISTWAR，旨在解决……}, {@code 提出了X（ABBR）框架，通过……} give {@code X旨在……}, {@code X通过……}. Only a
     * name (Latin letters) or a term written with its short form: a plain phrase there is the paper's own method of
     * that kind ({@code 提出了一种拓扑感知的图强化学习方法，旨在……}).
     */
    private static final Pattern INTRODUCED_PURPOSE = Pattern.compile(
            "(?:提出|介绍|推出|构建|开发|设计|发布|引入|创建)了?(?!一种|一个|一类|一套|一款)([^，,。；;、（(]{2,40}?)\\s*([(（][A-Za-z][^)）]{0,30}[)）])?\\s*"
                    + "(?:框架|方法|模型|算法|网络|系统|架构|基准|数据集)?\\s*[，,]\\s*((?:旨在|通过|利用)[^。；;]{8,}[。]?)");
    /**
     * A dataset or benchmark the text builds, by a Latin name, and what it holds: {@code 构建了AVW-4k数据集，包含……}
     * gives {@code AVW-4k是一个数据集，包含……}.
     */
    private static final Pattern INTRODUCED_DATASET = Pattern.compile(
            "(?:提出|介绍|推出|构建|开发|设计|发布|引入|创建)了?\\s*([A-Za-z][A-Za-z0-9.+-]{1,30})\\s*(数据集|基准)\\s*[，,]\\s*"
                    + "((?:包含|包括|涵盖|收集了)[^。；;]{8,}[。]?)");
    /** {@code 引用视频物体分割（RVOS）旨在根据语言描述……}: a term with its short form opens the sentence and says its aim. */
    private static final Pattern AIMS_WITH_SHORT_FORM = Pattern.compile(
            "^([^，,。是的\\s(（]{2,20}?)\\s*[(（][A-Za-z][A-Za-z0-9-]{1,15}[)）]\\s*((?:旨在|致力于)[^。；;]{8,}[。]?)");
    /**
     * A name in Latin letters after {@code 名为}, its kind, and what it does: {@code 一种名为VeriPPA的新框架，该框架利用……}
     * gives {@code VeriPPA是一种新框架，该框架利用……}; {@code 一种名为DMZ的模型，通过……} gives {@code DMZ是一种模型，通过……}.
     */
    private static final Pattern NAMED_KIND = Pattern.compile(
            "(一种|一个|一类|一款|一套)名为\\s*([A-Za-z][A-Za-z0-9.+-]{1,30})\\s*的([^，,。；;（(]{1,20}?)\\s*[，,]\\s*"
                    + "((?:(?:该|这一|此)[\\p{IsHan}]{1,4}?)?(?:通过|利用|用于|能够|可以|旨在|将|基于|结合|采用)[^。；;]{6,}[。]?)");
    /** The kind a naming cue names: {@code 一种简单而有效的增强技术，称为}. */
    private static final Pattern KIND_BEFORE_NAMING = Pattern.compile("((?:一种|一个|一类|一款|一套)[^，,。；;]{2,40}?)[，,]?\\s*(?:被|也|又)?$");
    /** After a name: its short form in brackets, then a pronoun that repeats the kind ({@code （AND），该数据集}). */
    private static final Pattern SHORT_FORM_THEN_PRONOUN = Pattern.compile(
            "^\\s*(?:[(（][A-Za-z][^)）]{0,20}[)）])?\\s*[，,]\\s*(?:该|这一|此)(?:方法|框架|模型|系统|算法|网络|数据集|基准|技术|策略)"
                    + "(?=[\\p{IsHan}])");
    /** {@code 它称为TNW-CATE}: a sentence that names what the sentence before proposed. */
    private static final Pattern NAMED_BACK = Pattern.compile(
            "^\\s*(?:它|该方法|该模型|该框架|这种方法|这一方法|我们的方法|这个框架)(?:被)?(?:称为|称之为|叫做|命名为|名为)\\s*"
                    + "([A-Za-z][A-Za-z0-9.+-]{1,30}|[\\p{IsHan}]{2,12})(?=[(（，,。\\s]|$)");
    /** What a sentence proposes: {@code 本文提出了一种估计条件平均治疗效果的新方法}. */
    private static final Pattern PROPOSED_KIND = Pattern.compile(
            "(?:提出|介绍|开发|设计|构建)了?((?:一种|一个|一类|一套)[^。，,；;]{2,40}?(?:方法|模型|框架|算法|网络|架构|系统|技术|策略|数据集|基准))"
                    + "[。，,；;]?\\s*$");
    /** A name in Latin letters right after a naming cue, before punctuation or a bracket. */
    private static final Pattern LATIN_AFTER = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9.+-]{1,30}[A-Za-z0-9+])(?=\\s*[，,。；;(（])");
    /** A name in Latin letters: {@code DEMO}, {@code TF-CoVR-Base}, {@code Prune-Then-Plan}. */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.+-]{1,30}");
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
        List<ZhDefinition> out = new ArrayList<>();
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
                namedAfter(t, previous, sentence, base, out);
            }
            if (previous.contains("定义") && ANNOUNCES.matcher(previous).find()) {
                // "……的一个集中定义:" then the definition: the author says this sentence is the definition.
                for (int k = from; k < out.size(); k++) {
                    ZhDefinition d = out.get(k);
                    out.set(k, new ZhDefinition(d.term(), d.consequent(), d.sentence(), d.start(), d.strength() - 1));
                }
            }
            previous = sentence;
        }
        return out;
    }

    /**
     * Not a question, nor an item of a numbered list. Each search below runs only when the sentence holds a character
     * its pattern cannot match without (a Chinese sentence has none of most cues; the result is the same).
     */
    private static boolean isStatement(String sentence) {
        return !((sentence.indexOf('？') >= 0 || sentence.indexOf('?') >= 0) && QUESTION.matcher(sentence).find()
                || ITEM_START.matcher(sentence).find());
    }

    private static boolean hasAny(String sentence, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (sentence.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void findIn(ZhText t, String sentence, String next, int base, List<ZhDefinition> out) {
        // BEFORE_CUE: every cue holds 指, 定义, 称 or 即.
        Matcher m = BEFORE_CUE.matcher(hasAny(sentence, "指义称即") ? sentence : "");
        while (m.find()) {
            String term = TermRuns.runBefore(t, base + m.start());
            if (isItem(sentence, term, m.start())) {
                continue;
            }
            int from = termStart(sentence, term, m.start());
            add(out, term, null, sentence.substring(from), base, m.start() - from, 0);
        }
        // A comma and 一 or 首 (一种, 首个, 第一个) are needed.
        m = INTRODUCED_APPOSITION.matcher(hasAny(sentence, "，,") && hasAny(sentence, "一首") ? sentence : "");
        while (m.find()) {
            String named = m.group(1).strip();
            String term = LATIN_NAME.matcher(named).matches() ? named : TermRuns.runBefore(t, base + m.end(1));
            if (term != null && term.equals(named) && ZhDefinitionText.defines(m.group(2).replaceFirst("^(?:一种|一个|一类|一款|一套|首个|第一个)", ""))) {
                String def = term + "是" + m.group(2);
                String shown = ZhDefinitionText.clean(def, Math.min(term.length() + 5, def.length()));
                String more = ZhDefinitionText.onlyNewKind(shown) && NextSentence.continuesWith(next, term) ? next
                        : NextSentence.ofItsKind(shown, next);
                if (more != null) {
                    // "本文提出了CRINN，这是一种新的ANNS算法范式。CRINN将ANNS优化视为……": the kind alone says nothing; the
                    // next sentence, about the term (or 该框架, the kind it named), says what it does.
                    def = shown + more;
                }
                add(out, term, null, def, base, term.length() + 1, 2);
            }
        }
        m = INTRODUCED_PURPOSE.matcher(hasAny(sentence, "旨通利") ? sentence : "");
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
                add(out, term, null, more != null ? def.replaceFirst("[。.]?$", "。") + more : def, base,
                        term.length(), 2);
            }
        }
        m = INTRODUCED_DATASET.matcher(hasAny(sentence, "包括涵收") ? sentence : "");
        while (m.find()) {
            String name = m.group(1);
            add(out, name, null, name + "是一个" + m.group(2) + "，" + m.group(3), base, name.length() + 1, 2);
        }
        m = NAMED_KIND.matcher(sentence.indexOf('名') >= 0 ? sentence : "");
        while (m.find()) {
            String name = m.group(2);
            add(out, name, null, name + "是" + m.group(1) + m.group(3) + "，" + m.group(4), base, name.length() + 1, 1);
        }
        m = AIMS_WITH_SHORT_FORM.matcher(hasAny(sentence, "旨致") ? sentence.strip() : "");
        if (m.find() && !NOT_A_TERM_START.matcher(m.group(1)).find() && GlossFinder.hanCount(m.group(1)) >= 2) {
            add(out, m.group(1), null, m.group(1) + m.group(2), base, m.group(1).length(), 2);
        }
        m = NAMELY.matcher(sentence.indexOf('即') >= 0 ? sentence : "");
        while (m.find()) {
            int at = m.start();
            String term = TermRuns.runBefore(t, base + at);
            String rest = sentence.substring(m.end());
            if (term != null && !isItem(sentence, term, at) && opensClause(sentence, term, at)
                    && ZhDefinitionText.defines(rest, true)) {
                add(out, term, null, term + "即" + rest.strip(), base, term.length() + 1, 1);
            }
        }
        m = DASH_APPOSITION.matcher(sentence.indexOf('一') >= 0 ? sentence : "");
        while (m.find()) {
            int at = m.start();
            while (at > 0 && Character.isWhitespace(sentence.charAt(at - 1))) {
                at--;
            }
            add(out, TermRuns.withoutGeneralHead(TermRuns.runBefore(t, base + at)), null, sentence, base, m.start(), 2);
        }
        m = AFTER_CUE.matcher(hasAny(sentence, "称叫") ? sentence : "");
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
                    add(out, term, null, term + "是" + kind.group(1) + after, base, term.length() + 1, 1);
                } else if (!latinName) {
                    add(out, term, null, sentence, base, m.start(), 1);
                }
            }
        }
        m = DEFINE_AS.matcher(sentence);
        if (sentence.contains("定义") && m.find()) {
            int end = m.group(1) != null ? m.end(1) : m.end(2);
            add(out, TermRuns.runBefore(t, base + end), null, sentence, base, m.start(), 0);
        }
        m = CONDITIONAL.matcher(sentence);
        if (hasAny(sentence, "如若") && hasAny(sentence, "则那") && m.find() && m.group(1).contains("是")) {
            add(out, null, m.group(1), sentence, base, m.start(1), 0);
        }
        m = PURPOSE.matcher(hasAny(sentence, "旨用致") ? sentence : "");
        while (m.find()) {
            // Only a term found otherwise takes the definition (as a consequent): the clause names no new term.
            String term = TermRuns.runAfter(t, base + m.end());
            if (term != null) {
                add(out, null, term, sentence, base, m.start(), 2);
            }
        }
        m = IS_A.matcher(sentence.indexOf('是') >= 0 ? sentence.strip() : "");
        if (m.find() && !NOT_A_TERM_START.matcher(m.group(1)).find() && GlossFinder.hanCount(m.group(1)) >= 2
                && ZhDefinitionText.defines(sentence.strip().substring(m.end()).replaceFirst("^(?:一种|一个|一类)", ""))) {
            add(out, m.group(1), null, sentence, base, 0, 2);
        }
    }

    /**
     * {@code 本文提出了一种估计条件平均治疗效果的新方法。它称为TNW-CATE……}: a sentence that names what the sentence
     * before proposed gives {@code TNW-CATE是一种估计条件平均治疗效果的新方法。}
     */
    private static void namedAfter(ZhText t, String previous, String sentence, int base, List<ZhDefinition> out) {
        Matcher named = NAMED_BACK.matcher(sentence);
        if (!named.find()) {
            return;
        }
        Matcher kind = PROPOSED_KIND.matcher(previous);
        String name = named.group(1);
        if (kind.find() && ZhDefinitionText.defines(kind.group(1) + "。")) {
            add(out, name, null, name + "是" + kind.group(1) + "。", base, name.length() + 1, 1);
        }
    }

    private static void add(List<ZhDefinition> out, String term, String consequent, String sentence, int base,
            int cueAt, int strength) {
        if (term == null && consequent == null) {
            return;
        }

        int cue = Math.max(0, Math.min(cueAt, sentence.length()));
        if (term != null && sentence.indexOf('由') >= 0) {
            // "WinMamba是一种……骨干网络，由堆叠的WinMamba块组成。": parts named after the term explain nothing.
            sentence = sentence.replaceFirst("[，,]由[^，,。；;]*" + Pattern.quote(term) + "[^，,。；;]*(?:组成|构成)(?=[，,。；;]|$)", "");
        }
        String shown = ZhDefinitionText.clean(TermRuns.trim(sentence, cue), Math.min(cue + 4, sentence.length()));
        if (ZhDefinitionText.onlyNewKind(shown)) {
            // FLoE是一种新颖的PEFT框架。: genus and praise, nothing to show.
            return;
        }
        out.add(new ZhDefinition(term, consequent, shown, base, strength));
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
