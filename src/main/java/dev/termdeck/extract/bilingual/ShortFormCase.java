package dev.termdeck.extract.bilingual;

/**
 * Whether a short form as a text writes it is a glossary entry's short form: the same letters up to case, spaces,
 * hyphens and a plural ending, and the same case wherever either side writes it in mixed case (see {@link
 * #inItsCase}). Stateless.
 */
final class ShortFormCase {
    private ShortFormCase() {
    }

    /**
     * Whether {@code written} is the short form {@code abbr}: up to case, spaces and hyphens, except that a short form
     * the field writes in mixed case ({@code DAgger}, {@code mAP}, {@code ZeRO}) is that short form only in its own
     * case, but for a capital opening it written small ("residual RL" is {@code Residual RL}; {@code DAGGER}, an
     * attack, is not {@code DAgger}, dataset aggregation; {@code MAP} is not {@code mAP}).
     */
    static boolean sameShortForm(String written, String abbr) {
        return TermKeys.of(written).equals(TermKeys.of(abbr)) && inItsCase(written, abbr);
    }

    /**
     * Whether {@code written}, a form of the short form {@code abbr} up to case and a plural ending ({@link
     * Glossary#byAbbr} found it), keeps the case of a short form either side writes in mixed case, as {@link
     * #sameShortForm} asks; the linker asks it too ({@link BilingualLinker}), so DAGGER takes neither DAgger's
     * definition nor its Chinese term, and "CRs" (cross representations) is not CRS, a conversational recommender
     * system. Case is evidence: a small letter inside a short form is part of it (mAP, cIoU), and only a whole small
     * word opening a short form of words ("residual RL" for Residual RL) is the same short form in another case.
     */
    static boolean inItsCase(String written, String abbr) {
        String w = written.replaceAll("[^\\p{L}\\p{N}]", "");
        String a = abbr.replaceAll("[^\\p{L}\\p{N}]", "");
        // A plural ending on either side (FLOP beside FLOPs, LoRAs beside LoRA) is no part of the case.
        if (w.length() == a.length() + 1 && w.endsWith("s")) {
            w = w.substring(0, a.length());
        } else if (a.length() == w.length() + 1 && a.endsWith("s")) {
            a = a.substring(0, w.length());
        }
        if (!mixedCase(a) && !mixedCase(w)) {
            return true;
        }
        String firstWord = written.strip().split("[\\s-]+", 2)[0];
        boolean smallWord = firstWord.length() > 1 && firstWord.chars().noneMatch(Character::isUpperCase);
        return w.length() == a.length() && w.substring(1).equals(a.substring(1)) && (w.charAt(0) == a.charAt(0)
                || smallWord && Character.isUpperCase(a.charAt(0)) && Character.toLowerCase(a.charAt(0)) == w.charAt(0));
    }

    private static boolean mixedCase(String s) {
        return s.chars().anyMatch(Character::isLowerCase) && s.chars().anyMatch(Character::isUpperCase);
    }
}
