package dev.termdeck.extract.bilingual;

import dev.termdeck.deck.Source;
import dev.termdeck.extract.TermGroup;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short form a card shows, for {@link CardMaker}: the singular one a singular long form abbreviates, whether a
 * short form can stand for the card's English term (its letters spell it), whether two are one, whether one is
 * written as a name that Chinese text keeps, and whether the paper writes it at all. String tests only; stateless.
 */
final class CardShortForms {
    private CardShortForms() {
    }

    /**
     * A plural short form ("NOs" of 神经算子（NOs）, "SSMs"), capitals or digits then a small "s", on a card whose
     * English long form is singular ("Neural Operator"): the card's short form is the singular one the long form
     * abbreviates ("NO"). A plural long form keeps it ("FLOPs" of "floating-point operations"); with no long form,
     * the short form stays as written.
     */
    static String singularShortForm(String abbr, String longForm) {
        if (abbr == null || longForm == null || abbr.length() < 3 || !abbr.endsWith("s")) {
            return abbr;
        }
        String stem = abbr.substring(0, abbr.length() - 1);
        if (stem.chars().anyMatch(c -> !Character.isUpperCase(c) && !Character.isDigit(c))
                || stem.chars().filter(Character::isUpperCase).count() < 2) {
            return abbr;
        }
        String[] words = longForm.strip().split("[\\s-]+");
        String head = words[words.length - 1];
        boolean plural = !TermKeys.englishSingular(head).equals(TermKeys.of(head));
        return plural || !ShortForms.abbreviates(stem, longForm) ? abbr : stem;
    }

    /**
     * Whether a short form or a name the Chinese text writes in brackets after a term can stand for the card's English
     * term: its letters spell it (Schwartz and Hearst, digits aside: QA3C of "Quantum Asynchronous Advantage
     * Actor-Critic"). A benchmark named after a task does not: 文本到图像生成（GIR-Bench-T2I） is no English form of
     * "text-to-image generation", 算术推理（GSM8K） no short form of "arithmetic reasoning".
     */
    static boolean spells(String shortForm, String longForm) {
        String core = shortForm.length() > 2 && shortForm.endsWith("s")
                && !Character.isLowerCase(shortForm.charAt(shortForm.length() - 2))
                ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        String letters = core.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && ShortForms.abbreviates(letters, longForm.replaceAll("[^\\p{L}\\s-]", " "));
    }

    /** Whether two short forms are one, plural and case aside (SAEs, SAE). */
    static boolean sameShortForm(String a, String b) {
        return TermKeys.englishSingular(a).equals(TermKeys.englishSingular(b));
    }

    /**
     * A short form written as a name (a small letter or a digit among its capitals: CoVR, CaRF, R3DGS, LAU-Eval),
     * which Chinese text keeps as it is, unlike capitals that stand for words Chinese spells out (FAR, CDFG).
     */
    static boolean isNameLike(String abbr) {
        String core = abbr.endsWith("s") ? abbr.substring(0, abbr.length() - 1) : abbr;
        return LatinTerms.isName(core) && core.chars().anyMatch(c -> Character.isLowerCase(c) || Character.isDigit(c));
    }

    /**
     * Whether a source sentence of the groups writes {@code shortForm} as a word, in its case: a short form the
     * glossary marks shared ({@link GlossaryEntry#sharedAbbr}: DA is data augmentation, and more often domain
     * adaptation) is shown on a card only where its paper writes it, since readers take the letters for the other
     * concept.
     */
    static boolean writtenIn(List<TermGroup> groups, String shortForm) {
        Pattern word = Pattern.compile(
                "(?<![\\p{L}\\d])" + Pattern.quote(shortForm) + "s?(?![\\p{L}\\d])");
        for (TermGroup g : groups) {
            for (Source s : g.sources()) {
                if (word.matcher(s.sentence()).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
