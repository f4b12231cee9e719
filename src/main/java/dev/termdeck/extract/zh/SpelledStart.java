package dev.termdeck.extract.zh;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.PartsTranslator;
import dev.termdeck.extract.bilingual.ShortForms;
import java.util.List;
import java.util.Optional;

/**
 * Where a Chinese term glossed by a short form in brackets starts, and whether the short form can stand for it, by
 * what the short form spells (Schwartz and Hearst: the letters of the short form spell the English of the term, from
 * its first letter): the English is the glossary's for the whole Chinese, or one built of glossary parts
 * ({@link PartsTranslator}). For {@link GlossFinder}. Thread-safe.
 */
final class SpelledStart {
    private final Glossary glossary;
    private final PartsTranslator composer;

    SpelledStart(Glossary glossary) {
        this.glossary = glossary;
        this.composer = new PartsTranslator(glossary);
    }

    /**
     * Whether an abbreviation the glossary does not know as a rendering of {@code zh} can stand for it: when the
     * English of the Chinese is known, as the glossary's entry for the whole of it or built from glossary parts, the
     * abbreviation's letters must spell it (Schwartz and Hearst; a plural "s" aside); {@code 与潜在编码器(Le-GaN)耦合的
     * GaN模型} glosses the coupled model, not the latent encoder, and {@code 从可穿戴设备（IMU）采集} names the sensor
     * ("inertial measurement unit"), not the wearable device, as {@code 相应的数据集（AND）} names the data set, not
     * "dataset". A piece of a rendering the glossary knows for the abbreviation (分布 of 分布外, OOD: a translation cut
     * short) still glosses it, as it did before the glossary's entries were asked. When no English is known, nothing
     * speaks against it.
     */
    boolean mayAbbreviate(String latin, String zh, List<GlossaryEntry> known) {
        if (known.stream().flatMap(e -> e.allZh().stream()).anyMatch(z -> z.contains(zh) || zh.contains(z))) {
            return composer.toEnglish(zh).map(en -> ShortForms.abbreviates(singular(latin), en)).orElse(true);
        }
        String spelled = singular(latin);
        Optional<String> entry = glossary.findChinese(zh).map(GlossaryEntry::en);
        Optional<String> built = composer.toEnglish(zh);
        if (entry.isEmpty() && built.isEmpty()) {
            return true;
        }
        return entry.filter(en -> ShortForms.abbreviates(spelled, en)).isPresent()
                || built.filter(en -> ShortForms.abbreviates(spelled, en)).isPresent();
    }

    /** A short form without its plural "s" ({@code VLAs}: VLA), which spells no letter of the long form. */
    private static String singular(String latin) {
        return latin.length() > 2 && latin.endsWith("s") && Character.isUpperCase(latin.charAt(latin.length() - 2))
                ? latin.substring(0, latin.length() - 1) : latin;
    }

    /**
     * The start of the term past the word it opens with, when the short form spells the English of the rest from its
     * first word on and not that of the whole, as Schwartz and Hearst's long form starts with the short form's first
     * letter: in {@code 仅提取和转移用户表示（UR）} 转移 ("transfer") is a verb of the clause, and UR spells "user
     * representation", the English of 用户表示; in {@code IR3D-Bench要求视觉语言代理（VLAs）} 要求 ("asks", which HanLP
     * tags a noun, "requirement") is the benchmark's verb. When no English of the rest can be built, the start stays.
     */
    int pastLeadingWord(ZhText t, int from, int open, String latin) {
        if (from + 1 >= open || !GlossFinder.hasHan(t.token(from).word())) {
            return from;
        }
        String rest = t.span(from + 1, open).strip();
        if (GlossFinder.hanCount(rest) < 2) {
            return from;
        }
        String spelled = singular(latin);
        char first = Character.toLowerCase(spelled.charAt(0));
        boolean wholeSpelled = english(t.span(from, open).strip())
                .filter(en -> !en.isEmpty() && Character.toLowerCase(en.charAt(0)) == first).isPresent();
        if (wholeSpelled) {
            return from;
        }
        return english(rest)
                .filter(en -> !en.isEmpty() && Character.toLowerCase(en.charAt(0)) == first)
                .filter(en -> ShortForms.abbreviates(spelled, en))
                .map(en -> from + 1).orElse(from);
    }

    /**
     * The start of the term a few words further back, when the short form does not spell the English of the term
     * from its first letter and spells that of the longer one (Schwartz and Hearst's long form starts on the short
     * form's first letter): HanLP tags 最近 ("nearest", also "recently") a time word, and the way back stopped at it,
     * so {@code 近似最近邻搜索（ANNS）} gave 邻搜索, "neighbour search", whose n is no A; "approximate nearest neighbour
     * search" is spelled. At most three words further, within the clause.
     */
    int spelledFurther(ZhText t, int from, int open, String latin) {
        String spelled = singular(latin);
        if (from >= open || spelledFrom(spelled, t.span(from, open).strip())) {
            return from;
        }
        int floor = t.sentenceOf(open)[0];
        for (int k = from - 1; k >= Math.max(floor, from - 3); k--) {
            if (WordClass.isPunctuation(t.token(k)) || !GlossFinder.hasHan(t.token(k).word()) || WayBack.isLinker(t.token(k))) {
                break;
            }
            if (spelledFrom(spelled, t.span(k, open).strip())) {
                return k;
            }
        }
        return from;
    }

    /**
     * The glossary's English of {@code zh} (a whole term, 小型语言模型: "small language model"), or one built of its
     * parts (which needs two parts at least), or empty.
     */
    private Optional<String> english(String zh) {
        return glossary.findChinese(zh).map(GlossaryEntry::en).or(() -> composer.toEnglish(zh));
    }

    /** Whether {@code shortForm} spells the glossary's English of {@code zh}, or one built of parts, from its first letter. */
    private boolean spelledFrom(String shortForm, String zh) {
        char first = Character.toLowerCase(shortForm.charAt(0));
        return english(zh).filter(en -> !en.isEmpty() && Character.toLowerCase(en.charAt(0)) == first)
                .filter(en -> ShortForms.abbreviates(shortForm, en)).isPresent();
    }
}
