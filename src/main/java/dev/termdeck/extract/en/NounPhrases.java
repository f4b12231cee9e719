package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds candidate terms in a tagged sentence: noun phrases over UPOS tags, {@code (ADJ|NOUN|PROPN|participle)*
 * (NOUN|PROPN)}, with leading generic modifiers ("novel", "existing") and leading numbers ("176B-parameter")
 * dropped, and a trailing container head ("task", "problem") dropped. Each phrase also gives its nested sub-phrases
 * with the same head, and, when it contains a name followed by common nouns, the phrase ending in that name.
 * Stateless apart from the immutable lexicon; thread-safe.
 *
 * <p>Longer than most classes because the phrase grammar, its edge repairs (names kept whole, generic modifiers and
 * container heads dropped) and the nested sub-phrases all walk the same tag sequence, and splitting them would pass
 * that state between classes.
 */
final class NounPhrases {
    /** The longest phrase kept whole; longer ones give only their nested phrases up to this length. */
    static final int MAX_WORDS = 6;

    /** Participles and gerunds that introduce a clause rather than modify a noun. */
    private static final Set<String> CLAUSE_VERBS = Set.of(
            "using", "including", "comprising", "containing", "leveraging", "utilizing", "involving", "requiring",
            "achieving", "following", "showing", "making", "having", "being", "allowing", "enabling", "combining",
            "based", "given", "used", "made", "called", "named", "known", "termed", "dubbed", "compared",
            "obtained", "trained", "designed", "built", "developed", "generated", "provided", "extracted",
            "applied", "derived", "identified", "learned", "taken", "shown", "found", "seen", "done", "located",
            "according", "regarding", "concerning", "considering", "undergoing", "retaining", "reducing",
            "improving", "translating", "resulting", "leading", "creating", "producing", "building", "opening",
            "matching", "sorting", "defining", "summing", "generating", "preserving", "educating", "choosing",
            "relying", "memorizing", "conducting", "identifying", "supervising", "centered", "meant", "related",
            "consisting", "designing", "constructing", "introducing", "exploring", "studying", "evaluating");

    /** Modal and "do" auxiliaries: the word after one (an adverb or "not" aside) is a verb. */
    private static final Set<String> MODALS = Set.of("can", "cannot", "could", "may", "might", "must", "shall",
            "should", "will", "would", "does", "do", "did");

    private final EnglishLexicon lexicon;

    NounPhrases(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The phrases of {@code s}.
     *
     * @param names words written with a capital inside a sentence somewhere in the document (treated as names)
     */
    List<Phrase> find(Sentence s, Set<String> names) {
        List<Token> t = s.tokens();
        List<Phrase> out = new ArrayList<>();
        String lowerText = s.text().toLowerCase(Locale.ROOT);
        int exampleFrom = lowerText.contains("such as") || lowerText.contains("e.g.") || lowerText.contains("including")
                ? exampleListStart(t) : Integer.MAX_VALUE;
        // Each token's role is decided once: the loops below look at most tokens several times.
        // (The word-list look-ups that both roles ask about are made once per token, in excluded.)
        boolean[] excluded = new boolean[t.size()];
        boolean[] head = new boolean[t.size()];
        boolean[] modifier = new boolean[t.size()];
        for (int k = 0; k < t.size(); k++) {
            excluded[k] = isExcluded(t.get(k));
            head[k] = !excluded[k] && isHead(t, k, names);
        }
        for (int k = 0; k < t.size(); k++) {
            modifier[k] = isModifier(t, k, head, excluded);
        }
        int i = 0;
        while (i < t.size()) {
            if (!modifier[i] || isClauseGerund(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && modifier[j] && !endsPhrase(t, j - 1, names)
                    && !startsPhrase(t, j, names)) {
                j++;
            }
            int end = j;
            while (end > i && !head[end - 1]) {
                end--;
            }
            if (end > i) {
                addPhrases(t, i, end, names, head, i >= exampleFrom, out);
            }
            i = j;
        }
        return out;
    }

    /**
     * The first token after "such as", "e.g." or "including" that follows a word for fields of application
     * ("many domains, such as economics, health care, ..."): the rest of the sentence lists examples from outside
     * the paper's subject.
     */
    private int exampleListStart(List<Token> t) {
        for (int k = 1; k + 1 < t.size(); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            String next = t.get(k + 1).text().toLowerCase(Locale.ROOT);
            if (w.equals("such") && next.equals("as") || w.equals("e.g.") || w.equals("including")) {
                int before = t.get(k - 1).is("PUNCT") && k > 1 ? k - 2 : k - 1;
                if (lexicon.isApplicationArea(Words.singularLower(t.get(before).text()))) {
                    return k + 1;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A plural noun ends a noun phrase: English compounds take singular modifiers ("model architecture"). */
    private boolean endsPhrase(List<Token> t, int k, Set<String> names) {
        Token tok = t.get(k);
        return tok.is("NOUN") && Words.isPluralLooking(tok.text()) && !isNameWord(t, k, names);
    }

    /** A generic adjective after a noun starts a new phrase ("orders of magnitude | larger LMs"). */
    private boolean startsPhrase(List<Token> t, int k, Set<String> names) {
        return t.get(k).is("ADJ") && !isNameWord(t, k, names) && t.get(k - 1).isNoun()
                && lexicon.isGenericModifier(t.get(k).text()) || Words.isNumberLike(t.get(k)) && k > 0
                && !Words.isNumberLike(t.get(k - 1)) && !isNameNumber(t, k);
    }

    /**
     * "in preserving biodiversity", "by using tools", "under constrained budgets": a gerund or participle after a
     * preposition is a verb.
     */
    private static boolean isClauseGerund(List<Token> t, int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        boolean verbal = w.endsWith("ing") || w.endsWith("ed") && t.get(k).is("VERB", "ADJ");
        return verbal && k > 0 && t.get(k - 1).is("ADP", "SCONJ", "ADV") && k + 1 < t.size()
                && !t.get(k + 1).is("PUNCT", "ADP", "CCONJ");
    }

    /** A noun-tagged "-s" word followed by what follows verbs ("field involves designing", "methods aim to"). */
    private boolean isMistaggedVerb(List<Token> t, int k) {
        Token tok = t.get(k);
        if (!tok.is("NOUN") || !Words.isPluralLooking(tok.text()) || k + 1 >= t.size()) {
            return false;
        }
        if (k > 0 && (t.get(k - 1).isNoun() || t.get(k - 1).is("ADJ")) && lexicon.isVerb(tok.text())) {
            return true;
        }
        // "ASMS leverages federated learning": after a noun, a word WordNet knows as a verb, before a participle.
        if (k > 0 && t.get(k - 1).isNoun() && t.get(k + 1).is("VERB") && lexicon.canBeVerb(tok.text())) {
            return true;
        }
        return t.get(k + 1).is("DET", "PRON", "ADV", "PART", "NUM")
                || t.get(k + 1).is("ADJ") && k > 0 && t.get(k - 1).isNoun();
    }

    private void addPhrases(List<Token> t, int from, int to, Set<String> names, boolean[] head, boolean example,
            List<Phrase> out) {
        if (cutsName(t, from, to)) {
            return;
        }
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
        start = nameStart(t, start, to);
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
            } else if (!Termhood.namesAKind(lexicon, t.subList(start, end - 1).stream().map(Token::text).toList())) {
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
        int length = end - start;
        if (length <= MAX_WORDS) {
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

    private static final Set<String> GENERIC_PREFIXES = Set.of("high", "low", "well", "highly", "newly", "widely",
            "very");

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
     * A verb the tagger took for a noun or an adjective: WordNet knows the word only as a verb ("attracts", "reveal",
     * "varies", "operates"), or, tagged as an adjective, as a verb and not as an adjective ("shown to affect/ADJ").
     * Names (a capital) are left alone.
     */
    private boolean isVerbWord(Token tok) {
        String w = tok.text();
        if (!tok.is("NOUN", "ADJ") || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        return lexicon.isOnlyVerb(w) || tok.is("ADJ") && lexicon.isVerbNotAdjective(w)
                && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * A past participle right after a subject ("we performed numerical simulations", "the model learned features"):
     * a verb, not a modifier.
     */
    private static boolean isFiniteParticiple(List<Token> t, int k) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        return k > 0 && t.get(k).is("VERB") && w.endsWith("ed") && t.get(k - 1).is("PRON", "AUX");
    }

    /** A token that can stand inside a noun phrase ({@code head}: which tokens can end one). */
    private boolean isModifier(List<Token> t, int k, boolean[] head, boolean[] excluded) {
        Token tok = t.get(k);
        if (isNameNumber(t, k) || isEponym(t, k)) {
            return true;
        }
        if (excluded[k]) {
            return false;
        }
        boolean inName = Character.isUpperCase(tok.text().charAt(0)) && k + 1 < t.size()
                && Character.isUpperCase(t.get(k + 1).text().charAt(0));
        if (CLAUSE_VERBS.contains(tok.text().toLowerCase(Locale.ROOT)) && !inName && !isGerundAfterNoun(t, k)) {
            // "Named Entity Recognition": a participle written with a capital before a capital is part of a name.
            return false;
        }
        if (isMistaggedVerb(t, k) || isFiniteParticiple(t, k) || isInfinitive(t, k)) {
            return false;
        }
        if (head[k] || tok.is("ADJ") || tok.is("NOUN") && lexicon.isOnlyAdjective(tok.text())) {
            return true;
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        // "sparse/NOUN mean/VERB estimation/NOUN", "protein-ligand binding/VERB affinity": a bare verb or a gerund
        // between a singular noun and a noun is a noun.
        if (tok.is("VERB") && k > 0 && k + 1 < t.size() && t.get(k + 1).is("NOUN")
                && (t.get(k - 1).is("NOUN", "ADJ") && !Words.isPluralLooking(t.get(k - 1).text()))
                && !w.endsWith("s") && !w.endsWith("ed")) {
            return true;
        }
        return tok.is("VERB") && (w.endsWith("ed") || w.endsWith("en")) && !CLAUSE_VERBS.contains(w)
                && k + 1 < t.size() && (t.get(k + 1).isNoun() || t.get(k + 1).is("ADJ"));
    }

    /** "Claude 3.5 Sonnet", "Llama 3 Instruct": a number between two words written with a capital is in a name. */
    private static boolean isNameNumber(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && isDecimal(t.get(k).text())
                && Character.isUpperCase(t.get(k - 1).text().charAt(0))
                && Character.isUpperCase(t.get(k + 1).text().charAt(0)) && Words.isWordToken(t.get(k + 1));
    }

    /** Digits, or digits, a point and digits ("3", "3.5"; ASCII digits, as the regular expression {@code \\d}). */
    private static boolean isDecimal(String w) {
        int i = 0;
        while (i < w.length() && isAsciiDigit(w.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == w.length()) {
            return true;
        }
        if (w.charAt(i) != '.' || i + 1 == w.length()) {
            return false;
        }
        for (int j = i + 1; j < w.length(); j++) {
            if (!isAsciiDigit(w.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "Alzheimer's disease", "Newton's method": a capitalised possessive before a noun names the thing. */
    private boolean isEponym(List<Token> t, int k) {
        String w = t.get(k).text();
        if (k + 1 >= t.size() || !PhraseForms.isPossessive(w) || w.length() <= 4) {
            return false;
        }
        String name = w.substring(0, w.length() - 2);
        // "REMEDI's effectiveness" is a possessive, not a name: an eponym is a person's name, written with one
        // capital, before a head that is no generic word.
        return Character.isUpperCase(name.charAt(0)) && name.substring(1).chars().allMatch(Character::isLowerCase)
                && t.get(k + 1).isNoun() && !lexicon.isGenericHead(Words.singularLower(t.get(k + 1).text()));
    }

    /**
     * "fail to capture representations", "learn to model interactions": after "to", a word that can be a verb
     * before a plural noun, or before a describing word and a noun ("to extract structured facets"), is the verb of
     * an infinitive; after a modal ("can", "may", "does not"), a word that can be a verb is one.
     */
    private boolean isInfinitive(List<Token> t, int k) {
        if (k == 0 || k + 1 >= t.size() || !Character.isLowerCase(t.get(k).text().charAt(0))
                || !lexicon.canBeVerb(t.get(k).text()) || Words.isPluralLooking(t.get(k).text())) {
            return false;
        }
        // "to better process numerical sequences", "does not need stepwise computing": an adverb or "not" may
        // stand between "to" or a modal and its verb.
        int to = k - 1;
        while (to > 0 && to >= k - 2 && (t.get(to).is("ADV", "PART") && !t.get(to).text().equalsIgnoreCase("to")
                || t.get(to).text().equalsIgnoreCase("better"))) {
            to--;
        }
        if (MODALS.contains(t.get(to).text().toLowerCase(Locale.ROOT))) {
            // "can weaken positional encoding", "may hinder/ADJ model generalization": after a modal comes a verb.
            return true;
        }
        if (t.get(to).is("PRON", "CCONJ") && to == k - 1 && isSubjectOrConjunction(t.get(to).text())) {
            // "We update intermediate embedding", "to maximize efficiency and capture long-range/ADJ spatial
            // dependencies": after a subject or "and", a verb-able word before a describing word and a noun is a
            // verb, as after "to" below.
            return isVerbBeforeDescribedObject(t, k) || t.get(k + 1).text().indexOf('-') > 0 && k + 3 < t.size()
                    && t.get(k + 2).is("ADJ") && t.get(k + 3).isNoun() && t.get(k).is("NOUN", "VERB");
        }
        if (!t.get(to).text().equalsIgnoreCase("to")) {
            return false;
        }
        if (to == k - 2 && t.get(k - 1).text().endsWith("ly")) {
            // "to properly model arterial autoregulation": an adverb of manner before it makes the word a verb.
            return true;
        }
        if (t.get(k + 1).is("NOUN")) {
            return Words.isPluralLooking(t.get(k + 1).text());
        }
        // "methods to extract/NOUN spectral representations", "models to extract structured/VERB facets": a
        // describing word after the verb-able word starts its object; a noun is not followed by its adjective.
        return isVerbBeforeDescribedObject(t, k);
    }

    private static boolean isVerbBeforeDescribedObject(List<Token> t, int k) {
        return (t.get(k + 1).is("ADJ") || t.get(k + 1).is("VERB") && t.get(k + 1).text().endsWith("ed"))
                && t.get(k).is("NOUN", "VERB") && k + 2 < t.size() && t.get(k + 2).isNoun();
    }

    private static boolean isSubjectOrConjunction(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("we") || l.equals("they") || l.equals("and") || l.equals("or");
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

    /** "A/B test" gives "B test"; "op-timization": a lone letter, or a word split by a line-end hyphen. */
    private boolean isFragment(Token tok) {
        String w = tok.text();
        if (w.length() == 1) {
            return true;
        }
        int hyphen = w.indexOf('-');
        if (hyphen <= 0 || hyphen != w.lastIndexOf('-') || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        String left = w.substring(0, hyphen);
        String right = w.substring(hyphen + 1);
        String joined = left + right;
        return lexicon.level(joined) < EnglishLexicon.RARE && lexicon.level(right) == EnglishLexicon.RARE
                && left.length() <= 4;
    }

    /** A token in no noun phrase: no word, a stop word ("etc"), a verb the tagger took for a noun, a fragment. */
    private boolean isExcluded(Token tok) {
        return !Words.isWordToken(tok) || lexicon.isStopWord(tok.text()) || isVerbWord(tok) || isFragment(tok);
    }

    /**
     * A token that can end a noun phrase: a noun, a name, or a gerund inside a compound ("machine learning"); asked
     * only of tokens that are not {@link #isExcluded}.
     */
    private boolean isHead(List<Token> t, int k, Set<String> names) {
        Token tok = t.get(k);
        // "semilinear parabolic (problems)": a word WordNet knows only as an adjective ends no noun phrase, whatever
        // the tagger made of it.
        String word = tok.text();
        if (Character.isLowerCase(word.charAt(0)) && !word.contains("-") && lexicon.isOnlyAdjective(word)
                && !isGerundAfterNoun(t, k)) {
            return false;
        }
        if (tok.isNoun() || isNameWord(t, k, names)) {
            return !tok.text().equalsIgnoreCase("etc");
        }
        if (isGerundAfterNoun(t, k)) {
            return true;
        }
        String w = tok.text().toLowerCase(Locale.ROOT);
        // "machine learning", "masked modeling": a gerund of the field's vocabulary closes a compound.
        return tok.is("VERB") && w.endsWith("ing") && lexicon.isFieldWord(w) && k > 0
                && (t.get(k - 1).isNoun() || t.get(k - 1).is("ADJ"));
    }

    /**
     * "via continuous and discrete flow matching.", "flow matching is": an -ing word right after a singular noun and
     * right before a punctuation mark, an auxiliary or the end takes no object, so it is no verb of a clause ({@code CLAUSE_VERBS}) but the
     * gerund that closes the compound, whatever the tagger made of it and though WordNet lists "matching" only as an
     * adjective; without it the phrase would stop at "discrete flow", which names nothing.
     */
    private static boolean isGerundAfterNoun(List<Token> t, int k) {
        String w = t.get(k).text();
        if (k == 0 || !t.get(k).is("NOUN", "VERB") || !w.endsWith("ing") || w.length() < 6
                || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        Token before = t.get(k - 1);
        boolean last = k + 1 == t.size() || t.get(k + 1).is("PUNCT") && !t.get(k + 1).text().equals("-")
                || t.get(k + 1).is("AUX");
        return last && before.is("NOUN") && Character.isLowerCase(before.text().charAt(0))
                && !Words.isPluralLooking(before.text());
    }

    /** A name: written with a capital inside a sentence in this document, or an acronym ("BLOOM", "PopQA"). */
    static boolean isNameWord(List<Token> t, int k, Set<String> names) {
        String w = t.get(k).text();
        return Words.isAcronymLike(w) || names.contains(w) && !t.get(k).is("PRON", "DET", "ADP", "CCONJ", "SCONJ");
    }
}
