package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.zh.HanLpChinese;
import static dev.termdeck.extract.align.LatinForms.isLatinLetterOrDigit;
import static dev.termdeck.extract.align.LatinForms.isShortForm;

/**
 * A Chinese rendering that keeps a short form in Latin letters beside its Chinese words (残差RL for "Residual RL"),
 * written out as the translation also writes the same term: the letters replaced by a Chinese term of a glossary entry
 * they name ({@link Glossary#byAbbr}: 强化学习 for RL), when the translation writes that whole form (残差强化学习（RL）
 * of arXiv 2506.17564, which writes 残差RL too). The translation's full Chinese leads over its half-Latin form.
 * Stateless apart from the glossary.
 */
final class WrittenOutShortForms {
    private final Glossary glossary;

    WrittenOutShortForms(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * The rendering {@code zh} with one short form in it written out in Chinese as {@code text} writes it, or
     * {@code null} when it holds no short form beside Chinese or the text writes no such form.
     */
    String of(String text, String zh) {
        if (zh.codePoints().noneMatch(HanLpChinese::isHan)) {
            return null;
        }
        for (int start = 0; start < zh.length(); start++) {
            if (!isLatinLetterOrDigit(zh.charAt(start)) || start > 0 && isLatinLetterOrDigit(zh.charAt(start - 1))) {
                continue;
            }
            int end = start;
            while (end < zh.length() && isLatinLetterOrDigit(zh.charAt(end))) {
                end++;
            }
            String letters = zh.substring(start, end);
            if (!isShortForm(letters)) {
                continue;
            }
            for (GlossaryEntry e : glossary.byAbbr(letters)) {
                for (String r : e.allZh()) {
                    String full = zh.substring(0, start) + r + zh.substring(end);
                    if (r.codePoints().allMatch(HanLpChinese::isHan) && text.contains(full)) {
                        return full;
                    }
                }
            }
        }
        return null;
    }
}
