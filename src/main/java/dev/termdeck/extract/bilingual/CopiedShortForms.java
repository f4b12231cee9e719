package dev.termdeck.extract.bilingual;

/**
 * A capital short form is no Chinese side of its long form. Where a paper read with its translation has no Chinese
 * for a long form (no glossary entry, none in the translation or the page's notes, none built from glossary parts),
 * its short form in capitals ("False Acceptance Rate", FAR) would be English letters copied where Chinese spells the
 * term out; the card then has no Chinese side rather than a copy. A short form written as a name (a small letter or
 * a digit among its capitals: CoVR, FlexAC, R3DGS) stays, as Chinese text keeps it; so does a term that is its own
 * short form (a bare name the English never spells out, CRINN), and anything on a paper without translation.
 * Stateless.
 */
final class CopiedShortForms {
    private CopiedShortForms() {
    }

    /**
     * The card's Chinese side: {@code zh}, or {@code null} when it is the capital short form {@code abbr} of the
     * English long form {@code en}.
     *
     * @param applies whether the rule applies: a card of a paper read with its translation, without glossary entry
     */
    static String chineseSide(String zh, String en, String abbr, boolean applies) {
        if (!applies || zh == null || abbr == null || en == null || !zh.equals(abbr) || zh.equals(en)) {
            return zh;
        }
        return CardMaker.isNameLike(abbr) ? zh : null;
    }
}
