package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The phrases one run of a sentence's noun-phrase grammar gives ({@link NounPhrases}), once its edges are repaired:
 * leading generic modifiers and quantities dropped ("novel", "900M parameter"), lower-case words before a name left
 * out, a container or generic head cut or kept, a run that stops inside a name or lacks its head (the first of two
 * conjuncts) dropped; then the whole phrase and its nested sub-phrases. Stateless apart from the immutable lexicon;
 * thread-safe.
 */
final class PhraseEdges {
    private static final Set<String> GENERIC_PREFIXES = Set.of("high", "low", "well", "highly", "newly", "widely",
            "very");

    private final EnglishLexicon lexicon;

    PhraseEdges(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Adds to {@code out} the phrases of the tokens {@code from} to {@code to} (exclusive), a run of modifiers that
     * ends in a head.
     *
     * @param head    which tokens of the sentence can end a noun phrase
     * @param example whether the run stands in a list of examples from outside the paper's subject
     */
    void addPhrases(List<Token> t, int from, int to, Set<String> names, boolean[] head, boolean example,
            List<Phrase> out) {
        if (cutsName(t, from, to)) {
            return;
        }
        int start = nameStart(t, afterGenericStart(t, from, to), to);
        if (start == to - 1 && (lexicon.isGenericModifier(t.get(start).text()) || Words.isNumberLike(t.get(start))
                || Words.isDimension(t.get(start).text()))) {
            return;
        }
        int end = to;
        String last = Words.singularLower(t.get(end - 1).text());
        boolean genericHead = end - start >= 2 && lexicon.isGenericHead(last)
                && !Words.isNamedModifier(t.get(end - 2).text(), names);
        if (end - start >= 2 && (lexicon.isContainerHead(last) || genericHead)) {
            int cut = end - 1;
            while (cut > start && !head[cut - 1]) {
                cut--;
            }
            if (cut > start) {
                // "masked modeling task": the term is what a container head is of.
                // "target model size": what is left of a generic head's modifiers ("target model") is no term either.
                if (genericHead && lexicon.isWeakHead(Words.singularLower(t.get(cut - 1).text()))) {
                    return;
                }
                if (genericHead && cut - start >= 2) {
                    // "population learning algorithm", "fuzzy clustering method": a generic head after a term of two
                    // words or more is kept, the name as written; the term without it is a nested phrase, kept when
                    // the text also says it on its own (Nesting). After one word ("cGAN technique", "RL method")
                    // the head only says what kind of thing the word is, and is cut.
                    out.add(new Phrase(start, cut, Phrase.Kind.NESTED, example));
                } else {
                    end = cut;
                }
            } else if (!DescribingPhrases.namesAKind(lexicon, t.subList(start, end - 1).stream().map(Token::text).toList())) {
                // "good result": nothing is left but an everyday modifier.
                return;
            }
            // else "computational efficiency", "spectral method": the modifiers name a kind of the head; the whole
            // phrase is the term.
        }
        if (isElliptical(t, to)) {
            // "computational training or inference budgets": the first conjunct lacks its head.
            return;
        }
        addWithNested(t, start, end, example, out);
    }

    /**
     * Where the run from {@code from} to {@code to} starts once leading generic modifiers ("novel", "existing"),
     * quantities ("176B-parameter", "900M parameter") and stop words are dropped; its last word is kept.
     */
    private int afterGenericStart(List<Token> t, int from, int to) {
        int start = from;
        while (start < to - 1 && (lexicon.isGenericModifier(t.get(start).text()) || Words.isNumberLike(t.get(start))
                || isGenericAt(t, start) || isGenericCompound(t.get(start).text()))) {
            boolean quantity = Words.isNumberLike(t.get(start)) && !t.get(start).text().contains("-")
                    || lexicon.isGenericModifier(t.get(start).text()) && start + 2 < to
                    && lexicon.isGenericHead(Words.singularLower(t.get(start + 1).text()));
            start++;
            // "900M parameter model", "high quality word vectors": the next word goes with the one dropped.
            if (quantity && start < to - 1 && (t.get(start).is("NOUN") || !Words.isNumberLike(t.get(start - 1)))) {
                start++;
            }
        }
        return start;
    }

    /**
     * Adds the phrase from {@code start} to {@code end} (unless longer than {@link NounPhrases#MAX_WORDS}), its
     * nested phrases with the same head, and its prefixes that end in a noun.
     */
    private void addWithNested(List<Token> t, int start, int end, boolean example, List<Phrase> out) {
        int length = end - start;
        if (length <= NounPhrases.MAX_WORDS) {
            out.add(new Phrase(start, end, Phrase.Kind.MAXIMAL, example));
        }
        for (int k = Math.max(start + 1, end - 4); k < end - 1; k++) {
            if (!lexicon.isGenericModifier(t.get(k).text()) && !Words.isNumberLike(t.get(k))) {
                out.add(new Phrase(k, end, Phrase.Kind.NESTED, example));
            }
        }
        // Prefixes ending in a noun ("model selection" in "model selection criteria"): a term only if it recurs.
        for (int k = end - 1; k >= start + 2; k--) {
            if (t.get(k - 1).isNoun() && k - start <= 4) {
                out.add(new Phrase(start, k, Phrase.Kind.NESTED, example));
            }
        }
    }

    /**
     * Where the phrase from {@code start} to {@code to} starts once lower-case words of the sentence before a name
     * that ends it are left out: "previous version Hunyuan3D", "open vocabulary Gaussian Splatting" give the name.
     * A name is two words or more written with a capital (or a dimension: "3D Gaussian Splatting"), or one such word
     * with a digit or a capital inside and lower-case letters ("Hunyuan3D", "WinMamba"); "vision Transformer" and
     * "diffusion LLM", "retrieval-augmented LMs" stay whole.
     */
    private static int nameStart(List<Token> t, int start, int to) {
        int m = to;
        while (m > start && isCapitalised(t.get(m - 1).text())) {
            m--;
        }
        if (m == start || m == to) {
            return start;
        }
        for (int k = start; k < m; k++) {
            if (!Character.isLowerCase(t.get(k).text().charAt(0))) {
                return start;
            }
        }
        String w = t.get(m).text();
        if (w.length() > 2 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2))) {
            // "retrieval-augmented LMs": the plural of an acronym is no mixed-case name.
            w = w.substring(0, w.length() - 1);
        }
        boolean name = to - m >= 2 || w.chars().anyMatch(Character::isLowerCase)
                && w.chars().skip(1).anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c));
        return name ? m : start;
    }

    private static boolean isCapitalised(String w) {
        return Character.isUpperCase(w.charAt(0)) || Words.isDimension(w);
    }

    /**
     * Whether the phrase ending before token {@code to} is the first of two conjuncts sharing a head: "and" or "or",
     * then two or more nouns ending in a plural ("training or inference budgets").
     */
    private static boolean isElliptical(List<Token> t, int to) {
        if (to + 2 >= t.size() || !t.get(to).is("CCONJ")) {
            return false;
        }
        int k = to + 1;
        while (k < t.size() && t.get(k).isNoun()) {
            k++;
        }
        return k - (to + 1) >= 2 && Words.isPluralLooking(t.get(k - 1).text());
    }

    /** "high-popularity", "low-quality", "well-known": a compound led by a generic modifier is one too. */
    private boolean isGenericCompound(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && GENERIC_PREFIXES.contains(w.substring(0, hyphen).toLowerCase(Locale.ROOT));
    }

    /** Words like "etc" at the start. */
    private boolean isGenericAt(List<Token> t, int k) {
        return lexicon.isStopWord(t.get(k).text());
    }

    /**
     * "a computationally lightweight Selection and Projection framework": a phrase of lower-case words and a word
     * written with a capital, that "and", "of" or "&amp;" joins to another such word, stops inside a name; neither
     * "lightweight Selection" nor "Projection framework" is a term.
     */
    private static boolean cutsName(List<Token> t, int from, int to) {
        boolean lower = false;
        for (int k = from; k < to; k++) {
            lower |= Character.isLowerCase(t.get(k).text().charAt(0));
        }
        if (!lower) {
            return false;
        }
        boolean right = to + 1 < t.size() && isTitleWord(t.get(to - 1).text()) && isNameJoiner(t.get(to).text())
                && isTitleWord(t.get(to + 1).text());
        boolean left = from >= 2 && isTitleWord(t.get(from).text()) && isNameJoiner(t.get(from - 1).text())
                && isTitleWord(t.get(from - 2).text());
        return right || left;
    }

    private static boolean isTitleWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    private static boolean isNameJoiner(String w) {
        return w.equals("and") || w.equals("of") || w.equals("&");
    }
}
