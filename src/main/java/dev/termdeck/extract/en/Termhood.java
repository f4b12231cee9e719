package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
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
 * Stateless apart from the immutable lexicon; thread-safe. Each part of the one formula keeps its constant, its
 * evidence and its example beside it; whether a phrase's words describe rather than name is {@link DescribingPhrases}'
 * job, how far they are from everyday English {@link Specificity}'.
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
    private final DescribingPhrases describing;
    private final Specificity specificity;

    Termhood(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
        this.describing = new DescribingPhrases(lexicon);
        this.specificity = new Specificity(lexicon);
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
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (e.onlyNested() && e.parents.size() < 2) {
            return 0;
        }
        OptionalDouble base = words.length == 1 ? wordBase(e, text, head, names, defined, known)
                : phraseBase(e, words, head, names, defined, known);
        if (base.isEmpty()) {
            return 0;
        }
        // As in C-value, occurrences inside longer phrases are not evidence of their own.
        int repeats = e.onlyNested() ? 0 : Math.min(2, e.frequency() - 1);
        double t = base.getAsDouble() + 0.1 * repeats + 0.2 * specificity.of(words)
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
     * The base of a single word {@code text} ({@code head} in lower case): a name, a word outside everyday English,
     * a glossary term; empty when it is no term.
     */
    private OptionalDouble wordBase(CandidateTally.Entry e, String text, String head, Set<String> names,
            boolean defined, Known known) {
        boolean abbreviated = e.abbr != null;
        boolean name = Words.isAcronymLike(text) || names.contains(text);
        boolean rare = e.singleNoun && text.length() >= 5 && !describing.allGeneral(text)
                && !DescribingPhrases.startsWithFunctionWord(text)
                && text.chars().allMatch(c -> Character.isLetter(c) || c == '-');
        boolean ambiguous = name && letters(text) <= 2;
        if (!(name && !ambiguous || rare || defined || abbreviated) || lexicon.isGenericHead(head)
                || lexicon.isContainerHead(head) || lexicon.isGenericModifier(head)) {
            return OptionalDouble.empty();
        }
        if (isBareShortForm(text) && !defined && !abbreviated && known == Known.NOTHING) {
            // "DGPs": an abbreviation whose long form neither the document nor the glossary gives teaches nothing.
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(known == Known.TERM ? KNOWN_WORD : name ? 0.35 : 0.25);
    }

    /**
     * The base of a phrase of two words or more ({@code head}: the last in lower case): by its length, less what
     * says it describes rather than names; empty when it is no term.
     */
    private OptionalDouble phraseBase(CandidateTally.Entry e, String[] words, String head, Set<String> names,
            boolean defined, Known known) {
        int n = words.length;
        boolean abbreviated = e.abbr != null;
        boolean genericHead = lexicon.isGenericHead(Words.singularLower(head))
                || lexicon.isContainerHead(Words.singularLower(head));
        if (genericHead && !abbreviated && !Words.isNamedModifier(words[n - 2], names)
                && !DescribingPhrases.namesAKind(lexicon, java.util.Arrays.asList(words).subList(0, n - 1))) {
            return OptionalDouble.empty();
        }
        boolean adjectiveFirst = e.adjectiveFirst || Words.looksAdjectival(words[0]);
        if (!abbreviated && known != Known.TERM && (adjectiveFirst && describing.isWeakPhrase(words)
                || describing.isDisciplinePhrase(words))) {
            return OptionalDouble.empty();
        }
        double base = switch (n) {
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
        if (!abbreviated && !defined && known != Known.TERM && describing.isVerbFirst(words[0])) {
            base -= VERB_FIRST;
        }
        if (e.shortFormAndNoun && !defined && known != Known.TERM) {
            base -= SHORT_FORM_AND_NOUN;
        }
        if (describing.isPlain(words, names) && !abbreviated && !defined && known != Known.TERM && e.whole <= 1) {
            // "success probability", "scaling behaviour": everyday words only, nothing of the field, said once.
            base -= PLAIN_PENALTY;
        }
        return OptionalDouble.of(base);
    }

    /** "DGPs", "SOTA": capitals only (a plural "s" allowed), five letters at most, no digit. */
    static boolean isBareShortForm(String w) {
        String s = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return s.length() >= 2 && s.length() <= 5 && s.chars().allMatch(Character::isUpperCase);
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }
}
