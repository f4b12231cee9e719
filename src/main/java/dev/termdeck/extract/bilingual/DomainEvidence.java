package dev.termdeck.extract.bilingual;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a card's text is in the field a dictionary entry restricts its sense to. An entry whose definition opens by
 * naming a field ("In reinforcement learning, everything outside the agent ..."; 强化学习中……) defines the word of that
 * field only: "resource-constrained environments" or 对噪声的敏感性 are not the environment of reinforcement learning or
 * the sensitivity of diagnostic testing. Such an entry serves a card only when one of the card's source sentences
 * names the field: a content word of the English field (by its first letters, so that "distillation" answers
 * "knowledge distillation" and "optimizing" answers "optimisation"), or the Chinese field as written. A field that
 * is the whole of the corpus's (deep learning, neural networks, machine learning) always holds. Stateless.
 */
final class DomainEvidence {
    private static final Pattern EN_FIELD = Pattern.compile("^In (?:an? |the )?([^,:;]{2,60}),");
    private static final Pattern ZH_FIELD = Pattern.compile("^在?\\s*([^，,。；：]{2,14}?)\\s*中");
    /** Fields that are the whole corpus's: every ML abstract is in them. */
    private static final Set<String> WHOLE_FIELD = Set.of("deep learning", "neural networks", "neural network",
            "machine learning");
    /** Words too general to show a field: they occur in any ML abstract. */
    private static final Set<String> GENERAL = Set.of("learning", "model", "models", "network", "networks", "system",
            "systems", "based", "stage", "multi-stage", "online", "language", "language-model", "agents", "linear",
            "problem", "problems", "other", "such", "with", "for");
    /**
     * A word of the field longer than this is found by its stem, a shorter one as a whole word: "distillation" answers
     * "distill-", "optimizing" answers "optimiz-" of optimisation once both are spelled alike. Not by its first six
     * letters: "sequential" is no "sequence".
     */
    private static final int PREFIX = 6;
    /** Endings a field word's stem is found without, longest first. */
    private static final java.util.List<String> ENDINGS = java.util.List.of("ations", "ation", "ments", "ment",
            "ness", "ings", "ions", "ing", "ers", "ion", "ity", "er", "ed", "es", "al", "s");

    private DomainEvidence() {
    }

    /** Whether the card's sources name the field the entry's definition restricts it to (or it names none). */
    static boolean holds(GlossaryEntry entry, Card card) {
        return holds(entry, card, "");
    }

    /**
     * Whether the card's sources or {@code papers}, the text of the papers it comes from, name the field the entry's
     * definition restricts it to (or it names none). A word of the field that is a word of the term itself is no
     * evidence: "controllable video generation" says "control" without being about control theory.
     */
    static boolean holds(GlossaryEntry entry, Card card, String papers) {
        return holds(entry, card, () -> papers);
    }

    /** As {@link #holds(GlossaryEntry, Card, String)}, asking for the papers' text only when the entry names a field. */
    static boolean holds(GlossaryEntry entry, Card card, java.util.function.Supplier<String> paperText) {
        String en = entry.definition().en();
        Matcher m = en == null ? null : EN_FIELD.matcher(en);
        if (m == null || !m.find()) {
            return true;
        }
        String field = m.group(1).strip().toLowerCase(Locale.ROOT);
        if (WHOLE_FIELD.contains(field)) {
            return true;
        }
        String papers = paperText.get();
        StringBuilder text = new StringBuilder(papers == null ? "" : papers).append('\n');
        for (Source s : card.sources()) {
            text.append(s.sentence()).append('\n');
        }
        String lower = EnglishSpelling.unified(text.toString());
        Set<String> own = ownStems(entry, card);
        for (String w : EnglishSpelling.unified(field).split("[\\s,/()]+")) {
            if (w.length() >= 3 && !GENERAL.contains(w) && !w.equals("and") && !w.equals("the")
                    && !own.contains(ownStem(w))
                    && containsWordStarting(lower, w.length() <= PREFIX ? w : stem(w), w.length() <= PREFIX)) {
                return true;
            }
        }
        String zh = entry.definition().zh();
        Matcher z = zh == null ? null : ZH_FIELD.matcher(zh);
        if (z != null && z.find()) {
            for (String part : z.group(1).split("[和与及]")) {
                if (part.strip().length() >= 2 && lower.contains(part.strip().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The stems of the words of the entry's term and the card's English term. */
    private static Set<String> ownStems(GlossaryEntry entry, Card card) {
        Set<String> out = new java.util.HashSet<>();
        for (String t : new String[] {entry.en(), card.term().en()}) {
            if (t != null) {
                for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
                    if (w.length() >= 4) {
                        out.add(ownStem(w));
                    }
                }
            }
        }
        return out;
    }

    /** A word's first letters, enough to tell "control" and "controllability" for one word. */
    private static String ownStem(String w) {
        return w.length() <= 5 ? w : w.substring(0, 5);
    }

    /** A field word without its ending, at least five letters ("compilers" → "compil", "robustness" → "robust"). */
    static String stem(String w) {
        for (String e : ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 5) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    /**
     * Whether {@code text} has a word starting with {@code prefix} (or equal to it, when {@code whole}): not after a
     * letter or an ASCII digit, and with {@code whole} not before one. A search, no pattern: asked for every field
     * word of every card, and for every word of the entries that share a short form.
     */
    static boolean containsWordStarting(String text, String prefix, boolean whole) {
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            int end = at + prefix.length();
            if ((at == 0 || !isWordChar(text.codePointBefore(at)))
                    && (!whole || end >= text.length() || !isWordChar(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A letter or an ASCII digit: what the regular expressions' {@code [\p{L}\d]} matches. */
    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || cp >= '0' && cp <= '9';
    }
}
