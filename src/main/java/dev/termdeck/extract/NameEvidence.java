package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How a term is written, as {@link CardEvidence} asks it: a name as the paper writes it, a coined name and its kind, a
 * Latin word in Chinese text, an organisation's or a maker's hardware name. Each was measured on the arXiv tune half
 * (docs/QUALITY.md, Precision (#12)).
 */
final class NameEvidence {
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}0-9][\\p{IsLatin}0-9.&+/'-]*");
    /** A coined word: a capital right after a lower-case letter, or a digit right after a letter (NeRF, SMT2020). */
    private static final Pattern COINED = Pattern.compile(".*(\\p{Ll}\\p{Lu}|\\p{L}\\p{Nd}).*");

    /**
     * The heads of an organisation's name ("India Meteorological Department", "Columbia University", "Federal
     * Railroad Administration") and of a piece of hardware named by its maker ("AMD MI250 GPUs"): a name whose head
     * is one of these is who did the work or what it ran on, not a concept to learn.
     */
    private static final Set<String> ORGANISATION_HEADS = Set.of("department", "institute", "university",
            "laboratory", "laboratories", "lab", "labs", "inc", "inc.", "corporation", "corp", "corp.", "company",
            "agency", "ministry", "center", "centre", "council", "foundation", "organization", "organisation",
            "association", "society", "academy", "college", "hospital", "bureau", "administration", "consortium");
    private static final Set<String> HARDWARE_HEADS = Set.of("gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "npu",
            "npus");

    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}-]*");

    /**
     * Whether {@code term} names an organisation or a piece of hardware: two words or more, every word starting with a
     * capital or a digit, and the last an organisation's head ("India Meteorological Department", "Ohio State
     * University"); or a hardware head ("GPUs") after a maker's or a model's name ("AMD MI250 GPUs", "NVIDIA A100
     * GPU"). Not "graphics processing unit", "GPU cluster", "multi-GPU".
     */
    static boolean isOrganisation(String term) {
        if (term == null) {
            return false;
        }
        String[] words = term.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                return false;
            }
        }
        String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return ORGANISATION_HEADS.contains(head) || HARDWARE_HEADS.contains(head);
    }

    /**
     * Whether the card comes from Chinese text only and is one word in Latin letters there, starting with a capital,
     * that is no everyday English word ({@code plain}, asked in lower case): Chinese text keeps a name in Latin
     * letters, often with its capitals lost by a translator ("并提出Causalmta来消除用户偏好的影响"), where
     * {@link #isName} asks for a capital after the first letter. Not "随着Visual和Textual表示学习的成功" (everyday words
     * a translator left in English).
     */
    static boolean isLatinNameInChinese(Card c, Predicate<String> plain) {
        if (c.sources().isEmpty() || c.sources().stream().anyMatch(s -> s.lang() != Lang.ZH)) {
            return false;
        }
        String term = c.term(Lang.ZH) != null ? c.term(Lang.ZH) : c.term(Lang.EN);
        return term != null && term.matches("\\p{Lu}[\\p{IsLatin}0-9-]{2,}")
                && !plain.test(term.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether {@code term} is written as a name: Latin letters and digits only, every word starting with a capital or
     * a digit; a one-word term with a capital or a digit after its first letter ("FruitNeRF", "BOF4-S", "SMT2020"), a
     * longer one with a coined word or a digit in it ("Sparse-view 3D Gaussian Splatting"). Not "Asymmetric",
     * "medical image", "LLM-guided embodied agent", nor "Internal Layer Policies" or "Scrutiny Ability": capitals on
     * everyday words are how a paper writes its own phrases, and the name is often cut (on the tune half, 1 of 5
     * such undefined cards without a short form was worth a card).
     */
    static boolean isName(String term) {
        if (term == null || term.isBlank()) {
            return false;
        }
        String[] words = term.strip().split("\\s+");
        for (String w : words) {
            if (!LATIN_WORD.matcher(w).matches()
                    || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                return false;
            }
        }
        if (words.length > 1) {
            for (String w : words) {
                if (COINED.matcher(w).matches() || w.codePoints().anyMatch(Character::isDigit)) {
                    return true;
                }
            }
            return false;
        }
        String rest = words[0].substring(Character.charCount(words[0].codePointAt(0)));
        return rest.codePoints().anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    /**
     * Whether {@code term} is a coined name and then lower-case words, its kind ("FineDiving dataset", "OpenEvents v1
     * dataset", "ECFP4 molecular fingerprint"), the name not being a term or short form of the deck ({@code names}),
     * nor a modifier made from one ("MoE-based low-rank adaptation", "PyQt5-based interactive software", "SfM-sparse
     * region").
     */
    static boolean isNamedKind(String term, Set<String> names) {
        if (term == null) {
            return false;
        }
        String[] words = term.strip().split("\\s+");
        if (words.length < 2 || !COINED.matcher(words[0]).matches() || names.contains(words[0])
                || !LATIN_WORD.matcher(words[0]).matches() || words[0].matches(".*-\\p{Ll}+")) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!LOWER_WORD.matcher(words[i]).matches() && !COINED.matcher(words[i]).matches()) {
                return false;
            }
        }
        return LOWER_WORD.matcher(words[words.length - 1]).matches();
    }

    /**
     * Whether {@code term} is one hyphenated word of everyday English words each written with a capital
     * ("Open-Vocabulary", "Lighting-Robust"): a title's capitals on a plain compound, which {@link #isName} takes for
     * a name by the capital after the hyphen; not "PR-AUC", "BOF4-S", "Re-Depth" (a piece that is no everyday word).
     */
    static boolean isCapitalisedCompound(String term, Predicate<String> plain) {
        if (term == null || term.contains(" ") || !term.contains("-")) {
            return false;
        }
        for (String part : term.split("-")) {
            if (!part.matches("\\p{Lu}\\p{Ll}+")) {
                return false;
            }
        }
        return plain.test(term.toLowerCase(java.util.Locale.ROOT));
    }

    private NameEvidence() {
    }
}
