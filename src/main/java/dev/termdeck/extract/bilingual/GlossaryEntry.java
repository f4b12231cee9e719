package dev.termdeck.extract.bilingual;

import dev.termdeck.deck.Bilingual;
import java.util.List;
import java.util.Objects;

/**
 * One line of a bilingual glossary: an English term, its standard (mainland, simplified) Chinese rendering, its
 * abbreviation, other Chinese renderings met in texts (older terms, regional ones, common machine translations), and
 * its definition in English and in Chinese.
 *
 * @param en         the English term ({@code federated learning}), never blank
 * @param zh         the standard Chinese term ({@code 联邦学习}), never blank
 * @param abbr       the abbreviation ({@code FL}), or {@code null}
 * @param zhVariants other Chinese renderings ({@code 联合学习}), without {@code zh}
 * @param definition the definition in either language, written to be shown without the term (a drill prompt:
 *                   "A way of training a model across devices that keep their data."); either side may be missing
 * @param sharedAbbr whether the abbreviation is the field's short form of this term but its letters are also the
 *                   usual short form of another concept ({@code CRF}: camera response function and conditional random
 *                   field; written {@code ~CRF} in a glossary file): the card shows it and exports write it, but a bare
 *                   occurrence of the letters is never taken for this entry ({@link Glossary#byAbbr} leaves it out,
 *                   and {@link #linkedAbbr} is {@code null})
 */
public record GlossaryEntry(String en, String zh, String abbr, List<String> zhVariants, Bilingual definition,
        boolean sharedAbbr) {
    public GlossaryEntry {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        en = en.strip();
        zh = zh.strip();
        if (en.isEmpty() || zh.isEmpty()) {
            throw new IllegalArgumentException("glossary entry needs both an English and a Chinese term");
        }
        abbr = abbr == null || abbr.isBlank() ? null : abbr.strip();
        String main = zh;
        zhVariants = zhVariants == null ? List.of()
                : zhVariants.stream().map(String::strip).filter(v -> !v.isEmpty() && !v.equals(main)).distinct()
                        .toList();
        definition = definition == null ? Bilingual.EMPTY : definition;
        sharedAbbr = sharedAbbr && abbr != null;
    }

    /** An entry whose abbreviation, if any, identifies it. */
    public GlossaryEntry(String en, String zh, String abbr, List<String> zhVariants, Bilingual definition) {
        this(en, zh, abbr, zhVariants, definition, false);
    }

    /**
     * The abbreviation when its letters identify this entry, so that a bare occurrence of them may be taken for it;
     * {@code null} when there is none or it is {@linkplain #sharedAbbr shared} with another concept.
     */
    public String linkedAbbr() {
        return sharedAbbr ? null : abbr;
    }

    /** An entry without definitions. */
    public GlossaryEntry(String en, String zh, String abbr, List<String> zhVariants) {
        this(en, zh, abbr, zhVariants, Bilingual.EMPTY);
    }

    /** The standard Chinese term followed by its variants. */
    public List<String> allZh() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(zh), zhVariants.stream()).toList();
    }
}
