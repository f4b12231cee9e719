package dev.termdeck.extract.en;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the English extractor knows of words: how common each is in general English and which parts of speech it can
 * be ({@code english-words.tsv}: SCOWL word-list sizes and WordNet's classes, see {@link #level(String)}), words
 * typical of the field ({@code ml-words.txt}), and the generic words of {@code generic-words.txt} by role (modifiers
 * stripped from the start of a phrase, heads that make a phrase generic, container heads dropped from the end, stop
 * words). Loaded once from the class path ({@link LexiconFiles}); thread-safe, and immutable apart from a memo of the answers per word
 * ({@link #info}): the extraction asks about each token several times (its classes, its level, its generic roles),
 * and each question lower-cased the word and probed the 140,000-word table (and its base without "-s" for a plural)
 * again.
 */
public final class EnglishLexicon {
    /** The SCOWL size of the most common words. */
    public static final int COMMON = 35;
    /** Words up to this SCOWL size are everyday English ({@link #isGeneral(String)}). */
    public static final int EVERYDAY = 50;
    /** The size given to a word on none of the lists: rarer than any listed word. */
    public static final int RARE = 100;

    /** Per word: the SCOWL size (byte) and WordNet classes (bits {@link #NOUN}, {@link #VERB}, ...). */
    private final WordTable words;
    /**
     * Per field word ({@code ml-words.txt}) and generic word ({@code generic-words.txt}), lower case: its
     * {@link #FIELD_BIT} and section bits of {@link #info}, so that a word asked for the first time costs one look-up
     * here instead of one per list. A {@code HashMap}, which compares stored hashes before it reads a key, where
     * {@code Map.copyOf}'s linear probing reads the key of every slot it passes (most words asked are on no list);
     * never changed after the constructor.
     */
    private final Map<String, Integer> listBits;
    /** The generic-word sections, in the order of their bits in {@link #info}. */
    private static final String[] SECTIONS = {"modifier", "head", "weak-head", "container", "verb", "area",
        "discipline", "stop"};
    /** {@link #info} of each word asked so far, as asked (any case); at most {@link #MAX_ASKED} words. */
    private final Map<String, Integer> asked = new ConcurrentHashMap<>();
    /** Words remembered at most: the vocabulary of 10,000 abstracts, some 10 MB. */
    private static final int MAX_ASKED = 200_000;
    private static final int LEVEL_BITS = 0x7f;
    private static final int CLASSES_SHIFT = 7;
    private static final int PROPER_BIT = 1 << 12;
    private static final int LISTED_BIT = 1 << 13;
    private static final int FIELD_BIT = 1 << 14;
    private static final int SECTION_SHIFT = 15;

    static final int NOUN = 1;
    static final int VERB = 2;
    static final int ADJECTIVE = 4;
    static final int ADVERB = 8;
    static final int PROPER = 16;

    /**
     * @param words   per word (lower case), the SCOWL size in the low byte and the WordNet classes above it
     * @param field   the field words, lower case
     * @param generic the generic words (lower case) of each section of {@code generic-words.txt}
     */
    EnglishLexicon(WordTable words, Set<String> field, Map<String, Set<String>> generic) {
        this.words = words;
        Map<String, Integer> bits = new HashMap<>();
        for (String w : field) {
            bits.merge(w, FIELD_BIT, (a, b) -> a | b);
        }
        for (int i = 0; i < SECTIONS.length; i++) {
            for (String w : generic.getOrDefault(SECTIONS[i], Set.of())) {
                bits.merge(w, 1 << (SECTION_SHIFT + i), (a, b) -> a | b);
            }
        }
        this.listBits = bits;
    }

    /** The lists bundled with termdeck, read once (the instance is shared). */
    public static EnglishLexicon bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final EnglishLexicon INSTANCE = LexiconFiles.read();
    }

    /**
     * How common {@code word} (any case; a regular plural or third person of a listed word counts as that word) is
     * in general English: the size of the smallest SCOWL word list that has it, {@value #COMMON} for the most
     * common words, then 50 and 70, and {@value #RARE} for a word on none of them ("autoencoder", "inpainting").
     * SCOWL sizes follow how often words are used, so this is a coarse frequency.
     */
    public int level(String word) {
        return info(word) & LEVEL_BITS;
    }

    /** Whether {@code word} is an everyday English word: on the SCOWL lists up to size {@value #EVERYDAY}. */
    public boolean isGeneral(String word) {
        return level(word) <= EVERYDAY;
    }

    /**
     * Whether WordNet knows {@code word} (a lemma, or a regular inflection of one; a hyphenated word also written
     * solid: "co-exist") only as a verb: never a noun or an adjective ("attract", "reveal", "vary"). A tagger's NOUN
     * on such a word is a mistake.
     */
    public boolean isOnlyVerb(String word) {
        int c = classes(word);
        if (c == 0 && word.indexOf('-') > 0) {
            c = classes(word.replace("-", ""));
        }
        return c != 0 && (c & VERB) != 0 && (c & (NOUN | ADJECTIVE)) == 0;
    }

    /** Whether WordNet knows {@code word} (or its base without "-s/-es") as a verb. */
    public boolean canBeVerb(String word) {
        return (classes(word) & VERB) != 0;
    }

    /** Whether WordNet knows {@code word} as a verb and not as an adjective ("affect", "select" is both). */
    public boolean isVerbNotAdjective(String word) {
        int c = classes(word);
        return (c & VERB) != 0 && (c & ADJECTIVE) == 0;
    }

    /** Whether WordNet knows {@code word} as an adjective and not as a noun ("robust", "scalable"). */
    public boolean isOnlyAdjective(String word) {
        int c = classes(word);
        return (c & ADJECTIVE) != 0 && (c & NOUN) == 0;
    }

    /**
     * Whether WordNet lists {@code word} as it is written as a noun or an adjective ("series", "operations", "sales"),
     * not only through a base without "-s" ("presents" is listed only as "present").
     */
    public boolean isListedAsWritten(String word) {
        return ((words.get(word.toLowerCase(Locale.ROOT), (short) 0) >> 8) & (NOUN | ADJECTIVE)) != 0;
    }

    /**
     * Whether {@code word} is a lower-case "-ed" form of a verb that WordNet lists neither as an adjective nor as a
     * noun as it is written ("showed", "allowed"; not "simulated", "expected", which are adjectives too).
     */
    public boolean isOnlyVerbForm(String word) {
        int n = word.length();
        if (n < 5 || !word.endsWith("ed") || !Character.isLowerCase(word.charAt(0)) || word.indexOf('-') >= 0
                || isListedAsWritten(word)) {
            return false;
        }
        String stem = word.substring(0, n - 2);
        return canBeVerb(word.substring(0, n - 1)) || canBeVerb(stem)
                || n > 5 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && canBeVerb(stem.substring(0, stem.length() - 1))
                || word.endsWith("ied") && canBeVerb(word.substring(0, n - 3) + "y");
    }

    /** Whether SCOWL writes {@code word} only with a capital: a place or a person's name ("Australia"). */
    public boolean isProperNoun(String word) {
        return (info(word) & PROPER_BIT) != 0;
    }

    /** Whether WordNet knows {@code word} as a noun (a lemma or a regular plural of one). */
    public boolean canBeNoun(String word) {
        return (classes(word) & NOUN) != 0;
    }

    /** WordNet's classes of the word as it is, else of its base without a regular "-s/-es/-ies" ending. */
    private int classes(String word) {
        return (info(word) >> CLASSES_SHIFT) & 0x1f;
    }

    /**
     * What the lists say of {@code word} (any case), packed in an int: its {@link #level} (bits 0-6), its
     * {@link #classes} (bits 7-11), whether SCOWL writes it only with a capital, whether it is everyday English as it
     * is ({@link #isListedWord}), whether it is a field word, and its generic-word sections ({@link #SECTIONS}, from
     * bit 15). Worked out once per word and remembered.
     */
    private int info(String word) {
        Integer known = asked.get(word);
        if (known != null) {
            return known;
        }
        String w = word.toLowerCase(Locale.ROOT);
        short raw = words.get(w, (short) 0);
        // The level and the classes of the word as it is, else of the first base that has them.
        int level = raw & 0xff;
        int classes = raw >> 8;
        if ((level == 0 || classes == 0) && w.endsWith("s") && w.length() >= 4) {
            for (String base : bases(w)) {
                short b = words.get(base, (short) 0);
                if (level == 0 && (b & 0xff) != 0) {
                    level = b & 0xff;
                }
                if (classes == 0 && b >> 8 != 0) {
                    classes = b >> 8;
                }
            }
        }
        int info = level == 0 ? RARE : level;
        info |= classes << CLASSES_SHIFT;
        if (((raw >> 8) & PROPER) != 0) {
            info |= PROPER_BIT;
        }
        if ((raw & 0xff) != 0 && (raw & 0xff) <= EVERYDAY) {
            info |= LISTED_BIT;
        }
        info |= listBits.getOrDefault(w, 0);
        if (asked.size() < MAX_ASKED) {
            asked.put(word, info);
        }
        return info;
    }

    /** Forgets the answers remembered per word ({@link #info}); for benchmarks that repeat the same text. */
    public void forgetAsked() {
        asked.clear();
    }

    private static String[] bases(String w) {
        if (!w.endsWith("s") || w.length() < 4) {
            return new String[0];
        }
        return w.endsWith("ies") ? new String[] {w.substring(0, w.length() - 3) + "y", w.substring(0, w.length() - 1)}
                : w.endsWith("es") ? new String[] {w.substring(0, w.length() - 1), w.substring(0, w.length() - 2)}
                : new String[] {w.substring(0, w.length() - 1)};
    }

    /** A word typical of machine-learning terms ("bias", "estimation", "attention"), lower case, singular. */
    public boolean isFieldWord(String word) {
        return (info(word) & FIELD_BIT) != 0;
    }

    /** Whether the lower-cased {@code word} is an everyday word as it is (no inflection tried). */
    boolean isListedWord(String word) {
        return (info(word) & LISTED_BIT) != 0;
    }

    /** A modifier that says nothing about what the thing is ("novel", "existing", "large-scale"). */
    public boolean isGenericModifier(String word) {
        return in(0 /* modifier */, word);
    }

    /** A head noun (singular) that makes a phrase generic ("result", "performance", "adoption"). */
    public boolean isGenericHead(String singular) {
        return in(1 /* head */, singular);
    }

    /** A head (singular) too broad to make a term with an everyday adjective ("model", "image", "method"). */
    public boolean isWeakHead(String singular) {
        return in(2 /* weak-head */, singular);
    }

    /** A head noun (singular) naming the kind of thing, dropped from the end ("task", "problem"). */
    public boolean isContainerHead(String singular) {
        return in(3 /* container */, singular);
    }

    /** A verb in the third person that the tagger may take for a plural noun ("library consists of"). */
    public boolean isVerb(String word) {
        return in(4 /* verb */, word);
    }

    /** A word for fields of application ("domain", "field", "industry"): lists after it are examples. */
    public boolean isApplicationArea(String singular) {
        return in(5 /* area */, singular);
    }

    /** A word naming the discipline ("AI", "ML", "NLP"): before a weak head it makes no term ("AI system"). */
    public boolean isDiscipline(String word) {
        return in(6 /* discipline */, word);
    }

    /** A word that never belongs to a term ("etc", "i.e."). */
    public boolean isStopWord(String word) {
        return in(7 /* stop */, word);
    }

    /** Whether the word is in the generic-word section {@code SECTIONS[section]}. */
    private boolean in(int section, String word) {
        return (info(word) & 1 << (SECTION_SHIFT + section)) != 0;
    }
}
