package dev.termdeck.extract.bilingual;

/**
 * English letters copied as the Chinese side of a card of a paper read with its translation, where Chinese has a term
 * of its own: the last guard of {@link CardMaker} for a term without glossary entry.
 * <ul>
 *   <li>A capital short form is no Chinese side of its long form. Where nothing gave a long form its Chinese (none in
 *       the translation or the page's notes, none built from glossary parts), its short form in capitals ("False
 *       Acceptance Rate", FAR) would be letters copied where Chinese spells the term out: the long form built from
 *       the glossary's parts in Chinese is the Chinese side when they build all of it (Context-aware Sparse
 *       Spatiotemporal Learning, CSSL: 上下文感知稀疏时空学习), else the card has none rather than a copy. A short form written as a name (a small letter or a digit among its capitals: CoVR,
 *       FlexAC, R3DGS) stays, as Chinese text keeps it; so does a term that is its own short form (a bare name the
 *       English never spells out, CRINN).</li>
 *   <li>A name glued to an English word by a hyphen ("ADMET-related", "PLS-hardness": a part of four letters or more
 *       in small letters) is no name kept in Latin letters: the term built from the glossary's parts is its Chinese
 *       side when they build one in Chinese, else it has none.</li>
 * </ul>
 * Stateless.
 */
final class LatinCopies {
    private LatinCopies() {
    }

    /**
     * The card's Chinese side: {@code zh}, else the Chinese for it by the rules above, or {@code null}.
     *
     * @param en      the card's English term, or {@code null}
     * @param abbr    the card's short form, or {@code null}
     * @param applies whether the rules apply: a card of a paper read with its translation, without glossary entry
     */
    static String chineseSide(String zh, String en, String abbr, boolean applies, PartsTranslator composer) {
        if (!applies || zh == null) {
            return zh;
        }
        if (abbr != null && en != null && zh.equals(abbr) && !zh.equals(en)) {
            // Letters copied where Chinese spells the term out: the glossary's parts, when they build all of it in
            // Chinese, are the Chinese side, else there is none.
            return CardShortForms.isNameLike(abbr) ? zh
                    : composer.toChinese(en).filter(c -> !BilingualLinker.isLatin(c)).orElse(null);
        }
        if (gluesEnglishWord(zh)) {
            return composer.toChinese(en != null ? en : zh).filter(c -> !BilingualLinker.isLatin(c)).orElse(null);
        }
        return zh;
    }

    /** A name in Latin letters with a hyphen before an English word in small letters (ADMET-related), not Text-to-SQL. */
    static boolean gluesEnglishWord(String s) {
        if (!BilingualLinker.isLatin(s) || !LatinTerms.isName(s) || !s.contains("-")) {
            return false;
        }
        for (String part : s.split("-")) {
            if (part.length() >= 4 && part.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }
}
