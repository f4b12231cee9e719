package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.PartsTranslator;
import dev.termdeck.extract.bilingual.ShortForms;
import dev.termdeck.extract.bilingual.TermKeys;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Chinese a translation writes for a short form the English writes bare: the English says "GLA" and never spells
 * it out, the translation writes 门控线性注意力（GLA）. The short form copied is no Chinese term where the translation
 * has one: the run of Chinese words before the brackets (back to punctuation or a function word, without leading
 * verbs and one-character words) is, when it is two to three characters a letter long and can be what the letters
 * stand for. Stateless but for the glossary; thread-safe.
 */
final class BareShortForms {
    private final Glossary glossary;
    private final PartsTranslator parts;

    BareShortForms(Glossary glossary) {
        this.glossary = glossary;
        this.parts = new PartsTranslator(glossary);
    }

    /** The Chinese the translation writes before the bare short form in brackets, or {@code null}. */
    String spelledOut(PaperText zh, String shortForm) {
        return spelledOut(zh, shortForm, null);
    }

    /**
     * The Chinese {@code zh} writes before a short form in brackets, or {@code null}; with the English long form the
     * short form stands for, also Chinese whose English, as the glossary's parts build it, has the long form's content
     * words in another order (智能体影响范围, "agent influence scope", for "Influence Scope of Agents" (ISA)), as
     * Chinese orders them.
     */
    String spelledOut(PaperText zh, String shortForm, String longForm) {
        if (!isCapitalShortForm(shortForm)) {
            return null;
        }
        int letters = (int) shortForm.chars().filter(Character::isUpperCase).count();
        for (int w : TermOccurrences.bracketEnds(zh, shortForm)) {
            Word last = zh.words.get(w);
            int first = runStart(zh, w);
            if (first < 0 || !last.edge() || last.isLatin()) {
                continue;
            }
            String before = zh.text.substring(zh.words.get(first).start(), last.end());
            if (before.length() >= 2 * letters - 1 && before.length() <= 3 * letters + 1
                    && (spells(shortForm, longForm, before) || longForm != null && sameWords(longForm, before))) {
                return before;
            }
        }
        return null;
    }

    /**
     * Whether Chinese can be what a short form stands for: a rendering of a glossary entry with that short form when
     * the glossary knows it (not 残差强化学习 for RL), for the long form when one is given (an entry for another long
     * form, "instruction set architecture" for "Influence Scope of Agents" (ISA), is another concept); else Chinese whose English, when the glossary's parts build one,
     * the letters spell (门控线性注意力, "gated linear attention", for GLA; not 数据中毒后门攻击, "data poisoning backdoor
     * attack", for DPCL).
     */
    private boolean spells(String shortForm, String longForm, String chinese) {
        List<GlossaryEntry> known = glossary.byAbbr(shortForm).stream()
                .filter(e -> longForm == null
                        || TermKeys.englishSingular(e.en()).equals(TermKeys.englishSingular(longForm)))
                .toList();
        if (!known.isEmpty()) {
            return known.stream().anyMatch(e -> e.allZh().contains(chinese));
        }
        return parts.toEnglish(chinese).map(en -> ShortForms.abbreviates(shortForm, en)).orElse(true);
    }

    /** Whether the glossary's parts render {@code chinese} as the content words of {@code english}, in any order. */
    private boolean sameWords(String english, String chinese) {
        return parts.toEnglish(chinese).map(built -> contentWords(built).equals(contentWords(english))).orElse(false);
    }

    private static Set<String> contentWords(String english) {
        Set<String> out = new TreeSet<>();
        for (Word w : EnglishWords.of(english)) {
            if (w.content()) {
                out.add(TermKeys.englishSingular(w.norm()));
            }
        }
        return out;
    }

    /**
     * The first word of the run of Chinese content words ending at word {@code w}, back to punctuation, a function
     * word or a word that cannot edge a term (扩展到 of 扩展到部分可观测马尔可夫决策过程（POMDP）), past leading words that cannot start a term (verbs, one-character words); -1 when none, or when a hyphen or
     * Latin letters stand right before the run.
     */
    private static int runStart(PaperText zh, int w) {
        int first = w;
        while (first > 0 && hanziContent(zh.words.get(first - 1)) && zh.words.get(first - 1).edge()
                && zh.words.get(first - 1).end() == zh.words.get(first).start()) {
            first--;
        }
        if (first > 0 && joinsName(zh.words.get(first - 1).form())) {
            // The Chinese goes on across a hyphen or Latin letters (量子异步优势行动者-评论家算法（QA3C）): the run is the
            // end of a longer name, not what the letters stand for.
            return -1;
        }
        while (first < w && (!zh.words.get(first).edge() || zh.words.get(first).verb()
                || zh.words.get(first).form().length() == 1)) {
            first++;
        }
        return hanziContent(zh.words.get(first)) ? first : -1;
    }

    private static boolean joinsName(String form) {
        return form.equals("-") || form.equals("－") || form.equals("·")
                || form.codePoints().anyMatch(c -> c < 0x250 && Character.isLetterOrDigit(c));
    }

    private static boolean hanziContent(Word word) {
        return word.content() && !word.isLatin() && word.form().codePoints().allMatch(HanLpChinese::isHan);
    }

    /** A short form of two to six capitals (digits and a plural "s" aside): GLA, FAR, KPSVD; not MaxEnt or RoBERTa. */
    static boolean isCapitalShortForm(String s) {
        String t = s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
        return t.length() <= 6 && t.chars().filter(Character::isUpperCase).count() >= 2
                && t.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
