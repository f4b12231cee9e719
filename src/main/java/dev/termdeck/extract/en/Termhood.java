package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How term-like an English candidate is within its document, in [0, 1] (0: not a term at all), from the document's
 * own evidence:
 * <ul>
 *   <li>length: two- and three-word phrases are the most typical terms (0.6); single words need to be a name
 *       ("BLOOM", "PopQA") or a word outside everyday English ("inpainting"), or to be defined; phrases of five words
 *       or more are rarely terms;</li>
 *   <li>frequency in the document, +0.1 per repeat up to two;</li>
 *   <li>specificity: the share of its words outside everyday English, up to +0.2; a head word typical of the field
 *       ("bias", "estimation"), +0.1;</li>
 *   <li>a phrase seen only in lists of examples of fields ("many domains, such as health care, public policy")
 *       counts less;</li>
 *   <li>nesting, as in C-value: a phrase seen only inside longer ones must be inside at least two different ones,
 *       and counts less;</li>
 *   <li>a generic head ("result", "performance", "adoption") makes a phrase no term, unless it is an abbreviation's
 *       long form or its modifier is a name ("Sum-of-Squares method"); so does a discipline before a weak head
 *       ("AI system");</li>
 *   <li>a plain phrase, everyday words only with no head of the field and no name, said once ("success
 *       probability"), counts less, unless the bilingual glossary lists it; a single word the glossary lists starts
 *       higher than a name ("inpainting");</li>
 *   <li>a phrase of four words or more said once, undefined, unabbreviated, not in the title and with no name in it
 *       counts less: it describes ("real-world egocentric navigation policy");</li>
 *   <li>a bare short form with no long form in the document or the glossary ("DGPs") is no term;</li>
 *   <li>lower-case words before a short form ("helical CT", "inactive TCP connection") count less, unless the
 *       text defines or abbreviates the phrase; so does a short form the document spells out followed by one
 *       lower-case word ("UML model"), outside the title;</li>
 *   <li>so does a phrase led by a capitalised word that ends in a short form ("Windows XP"), and one led by an
 *       "-ing" verb that is no noun ("obtaining union cooperation").</li>
 * </ul>
 * Stateless apart from the immutable lexicon; thread-safe. Longer than most classes: each part of the one formula
 * keeps its constant, its evidence and its example beside it.
 */
final class Termhood {
    /** Taken off the base of a plain phrase (everyday words only, said once): 0.6 becomes 0.45. */
    static final double PLAIN_PENALTY = 0.15;
    /**
     * The base of a single word the bilingual glossary lists as a term ("inpainting", "perplexity"): above a name's,
     * below a two-word phrase's.
     */
    static final double KNOWN_WORD = 0.45;

    /** Taken off a phrase of four words or more said once, undefined, unabbreviated and not in the title. */
    static final double LONG_ONCE = 0.15;

    /**
     * Taken off a phrase whose first word is lower case and that has a short form in capitals after it ("helical CT",
     * "inactive TCP connection", "explainable medical VLM"): the short form names the thing, the words before it say
     * how it is used in one paper.
     */
    static final double WORD_BEFORE_SHORT_FORM = 0.15;

    /**
     * Taken off a short form the document spells out followed by one lower-case word ("UML model", "CVD reactor"),
     * outside the title and undefined: the concept has a candidate of its own, this is one thing said about it (on
     * the Inspec tune split 8 of 67 such candidates matched an indexer's keyphrase, against 42% of all).
     */
    static final double SHORT_FORM_AND_NOUN = 0.2;

    /**
     * Taken off a phrase led by a capitalised word that ends in a short form in capitals ("Windows XP", "NEC SX-4",
     * "Cray T3E", "FIR ADF"), undefined and unabbreviated: a maker and its product, not a concept. On the Inspec tune
     * split 20 such candidates were kept and 1 matched an indexer's keyphrase (against 48% of all kept). Led by a
     * lower-case word ("linear BVP", "medical VQA") the phrase loses {@link #WORD_BEFORE_SHORT_FORM} instead.
     */
    static final double ENDS_IN_SHORT_FORM = 0.2;

    /**
     * Taken off a phrase led by a lower-case "-ing" word of everyday English that WordNet knows as no noun
     * ("obtaining union cooperation", "satisfying customer order", "precluding possible generalization"): a verb and
     * its object, not a name. On the Inspec tune split 39 such candidates were kept and 6 matched (15%); "-ing" words
     * that are nouns ("learning", "switching", "training") are not touched.
     */
    static final double VERB_FIRST = 0.15;

    /** Taken off a phrase with a generic head whose modifiers name a kind ("computational efficiency"). */
    static final double GENERIC_HEAD = 0.1;

    /**
     * Whether the modifiers before a generic head ("efficiency", "problem", "method") say what kind of thing it is,
     * so that the whole is a term ("computational efficiency", "initial value problem", "finite element method"):
     * two modifiers or more, or one that is an adjective of relation ("computational", "spectral"), a word outside
     * everyday English (SCOWL sizes over 50), a hyphenated compound or a name. An everyday descriptive modifier
     * ("good result", "new method") names no kind.
     */
    static boolean namesAKind(EnglishLexicon lexicon, List<String> modifiers) {
        if (modifiers.size() >= 2) {
            return true;
        }
        for (String m : modifiers) {
            String w = m.toLowerCase(Locale.ROOT);
            if (lexicon.isGenericModifier(w)) {
                continue;
            }
            if (m.contains("-") || Words.isAcronymLike(m) || Character.isUpperCase(m.charAt(0))
                    || Words.isRelational(w) || !lexicon.isGeneral(w)) {
                return true;
            }
        }
        return false;
    }

    /** Added for a term the title names: the paper's own choice of its key terms. */
    static final double TITLE = 0.15;
    /** Added for a term of the first sentence of the text, which usually states what the paper is about. */
    static final double FIRST_SENTENCE = 0.05;

    /** What the bilingual glossary knows of a candidate. */
    enum Known {
        /** Nothing. */
        NOTHING,
        /** It is a glossary term (not a building-block word). */
        TERM,
        /** It is a glossary abbreviation (or a building-block word). */
        OTHER
    }

    private final EnglishLexicon lexicon;

    Termhood(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The termhood of entry {@code e} shown as {@code text}.
     *
     * @param names   words written as names in the document
     * @param defined whether a cue defines it
     * @param known   what the bilingual glossary knows of it
     */
    double of(CandidateTally.Entry e, String text, Set<String> names, boolean defined, Known known) {
        String[] words = text.split(" ");
        int n = words.length;
        String head = words[n - 1].toLowerCase(Locale.ROOT);
        boolean abbreviated = e.abbr != null;
        if (e.onlyNested() && e.parents.size() < 2) {
            return 0;
        }
        double base;
        if (n == 1) {
            boolean name = Words.isAcronymLike(text) || names.contains(text);
            boolean rare = e.singleNoun && text.length() >= 5 && !allGeneral(text) && !startsWithFunctionWord(text)
                    && text.chars().allMatch(c -> Character.isLetter(c) || c == '-');
            boolean ambiguous = name && letters(text) <= 2;
            if (!(name && !ambiguous || rare || defined || abbreviated) || lexicon.isGenericHead(head)
                    || lexicon.isContainerHead(head) || lexicon.isGenericModifier(head)) {
                return 0;
            }
            if (isBareShortForm(text) && !defined && !abbreviated && known == Known.NOTHING) {
                // "DGPs": an abbreviation whose long form neither the document nor the glossary gives teaches nothing.
                return 0;
            }
            base = known == Known.TERM ? KNOWN_WORD : name ? 0.35 : 0.25;
        } else {
            boolean genericHead = lexicon.isGenericHead(Words.singularLower(head))
                    || lexicon.isContainerHead(Words.singularLower(head));
            if (genericHead && !abbreviated && !Words.isNamedModifier(words[n - 2], names)
                    && !namesAKind(lexicon, java.util.Arrays.asList(words).subList(0, n - 1))) {
                return 0;
            }
            boolean adjectiveFirst = e.adjectiveFirst || Words.looksAdjectival(words[0]);
            if (!abbreviated && known != Known.TERM && (adjectiveFirst && isWeakPhrase(words)
                    || isDisciplinePhrase(words))) {
                return 0;
            }
            base = switch (n) {
                case 2 -> 0.55;
                case 3 -> 0.7;
                case 4 -> 0.6;
                case 5 -> 0.45;
                default -> 0.3;
            };
            if (genericHead && !abbreviated) {
                // "computational efficiency", "initial value problem": a generic head after modifiers that name a
                // kind is a term, a weaker one.
                base -= GENERIC_HEAD;
            }
            if (n >= 4 && !abbreviated && !defined && known != Known.TERM && e.whole <= 1 && !e.inTitle
                    && !Words.hasName(words, names)) {
                // "long-sequence real-time arbitrary stylization": four words or more, said once, neither defined
                // nor abbreviated nor named in the title, describe rather than name.
                base -= LONG_ONCE;
            }
            if (!abbreviated && !defined && known != Known.TERM && Words.isWordBeforeShortForm(words)) {
                base -= WORD_BEFORE_SHORT_FORM;
            } else if (!abbreviated && !defined && known != Known.TERM && Words.endsInShortForm(words)) {
                base -= ENDS_IN_SHORT_FORM;
            }
            if (!abbreviated && !defined && known != Known.TERM && isVerbFirst(words[0])) {
                base -= VERB_FIRST;
            }
            if (e.shortFormAndNoun && !defined && known != Known.TERM) {
                base -= SHORT_FORM_AND_NOUN;
            }
            if (isPlain(words, names) && !abbreviated && !defined && known != Known.TERM && e.whole <= 1) {
                // "success probability", "scaling behaviour": everyday words only, nothing of the field, said once.
                base -= PLAIN_PENALTY;
            }
        }
        // As in C-value, occurrences inside longer phrases are not evidence of their own.
        int repeats = e.onlyNested() ? 0 : Math.min(2, e.frequency() - 1);
        double t = base + 0.1 * repeats + 0.2 * specificity(words)
                + (lexicon.isFieldWord(head) ? 0.1 : 0)
                + (e.inTitle ? TITLE : 0) + (e.inFirstSentence ? FIRST_SENTENCE : 0);
        if (e.onlyNested()) {
            t *= 0.8;
        }
        if (e.onlyExample()) {
            t *= 0.6;
        }
        return Math.max(0, Math.min(1, t));
    }

    /**
     * "AI system", "ML model", "AI preferences": a word naming the discipline before a weak, generic or everyday
     * head says where the thing belongs, not what it is.
     */
    private boolean isDisciplinePhrase(String[] words) {
        String head = Words.singularLower(words[words.length - 1]);
        boolean everyday = lexicon.isGeneral(head) && !lexicon.isFieldWord(head);
        if (!(everyday || lexicon.isWeakHead(head) || lexicon.isGenericHead(head))) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!lexicon.isDiscipline(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase of everyday English words only, with no head typical of the field and no name or acronym in it: it
     * describes rather than names, unless the text or a glossary says otherwise.
     */
    boolean isPlain(String[] words, Set<String> names) {
        if (lexicon.isFieldWord(words[words.length - 1])) {
            return false;
        }
        for (String w : words) {
            if (Words.isAcronymLike(w) || names.contains(w) || Character.isUpperCase(w.charAt(0)) || !allGeneral(w)) {
                return false;
            }
        }
        return true;
    }

    /** "obtaining", "satisfying": a lower-case "-ing" word of everyday English that WordNet knows as no noun. */
    private boolean isVerbFirst(String w) {
        return w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0)) && w.indexOf('-') < 0
                && lexicon.isGeneral(w) && !lexicon.canBeNoun(w);
    }

    /** "DGPs", "SOTA": capitals only (a plural "s" allowed), five letters at most, no digit. */
    static boolean isBareShortForm(String w) {
        String s = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return s.length() >= 2 && s.length() <= 5 && s.chars().allMatch(Character::isUpperCase);
    }

    /**
     * "large model", "pre-trained model", "large data set": an everyday, descriptive adjective before weak heads
     * says how the thing is, not what it is. Relational adjectives ("convolutional", "tabular"), words outside
     * everyday English ("autoregressive") and compounds name a kind and are kept.
     */
    private boolean isWeakPhrase(String[] words) {
        String modifier = words[0].toLowerCase(Locale.ROOT);
        int first = 1;
        // "full real-world dataset": more everyday describing words before the weak heads describe as much.
        while (first < words.length - 1 && isEverydayDescriber(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        for (int i = first; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            boolean weak = lexicon.isWeakHead(Words.singularLower(w)) || lexicon.isGenericHead(Words.singularLower(w))
                    || i < words.length - 1 && lexicon.isDiscipline(w)
                    || i == words.length - 1 && Words.isAcronymLike(words[i]) && words.length == 2;
            if (!weak) {
                return false;
            }
        }
        boolean participle = modifier.endsWith("ed");
        // A compound of everyday words ("non-evasive", "open-access") describes as much as one word does.
        boolean everyday = modifier.contains("-") ? allGeneral(modifier)
                : lexicon.isGeneral(modifier) && !Words.isRelational(modifier);
        return participle && !modifier.contains("-") || everyday;
    }

    /**
     * A compound of everyday words ("real-world", "large-scale") or an everyday word WordNet knows only as an
     * adjective and that is no adjective of relation ("full" is not: it is also a verb; "tiny" is).
     */
    private boolean isEverydayDescriber(String w) {
        return w.contains("-") ? allGeneral(w) && !startsWithFunctionWord(w)
                : lexicon.isOnlyAdjective(w) && lexicon.isGeneral(w) && !Words.isRelational(w);
    }

    /** Every part of a hyphenated word is everyday English ("question-answering", "exponential-time"). */
    private boolean allGeneral(String word) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !lexicon.isGeneral(part)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("on", "in", "at", "of", "to", "by", "for", "off",
            "out", "up", "non", "self");

    /** "on-theedge", "in-context": a hyphenated word led by a preposition is a modifier, not a thing. */
    private static boolean startsWithFunctionWord(String word) {
        int hyphen = word.indexOf('-');
        String first = hyphen < 0 ? "" : word.substring(0, hyphen).toLowerCase(Locale.ROOT);
        return LEADING_FUNCTION_WORDS.contains(first);
    }

    /** Letters only (UTF-16 units, as {@code chars()} gives them); a loop: asked of every word of every candidate. */
    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    /**
     * How far the phrase's words are from everyday English, in [0, 1]: the mean of each word's rarity, measured by the
     * SCOWL size of the smallest word list that has it (0 for the most common words, 0.3 for size 50, 0.7 for 70, 1 for
     * a word on none of them; a hyphenated word takes its rarest part). A word written with a capital or an acronym is
     * a name, which says nothing of the field: 0.5.
     */
    double specificity(String[] words) {
        double sum = 0;
        for (String w : words) {
            sum += rarity(w);
        }
        return sum / words.length;
    }

    private double rarity(String w) {
        if (Words.isAcronymLike(w) || Character.isUpperCase(w.charAt(0)) && !lexicon.isListedWord(w)) {
            return 0.5;
        }
        double r = 0;
        for (String part : w.split("-")) {
            if (!part.isEmpty() && isLetters(part)) {
                int level = lexicon.level(part);
                r = Math.max(r, level <= EnglishLexicon.COMMON ? 0 : level <= EnglishLexicon.EVERYDAY ? 0.3
                        : level <= 70 ? 0.7 : 1);
            }
        }
        return r;
    }
}
