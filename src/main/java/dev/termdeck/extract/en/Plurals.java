package dev.termdeck.extract.en;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Singular forms of English nouns by rule, so that "emergent abilities" and "emergent ability" are one term without
 * running the (slow) lemmatizer on every token. Irregular and invariant nouns come from a table; an ambiguous
 * {@code -es} ending ("biases", "cases", "sizes") is settled by the general English word list, and only when the
 * list knows neither reading is the lemmatizer asked. Remembers its answers ({@link #singular}): not thread-safe, one
 * instance per document (the extractor makes one per document, with its thread's lemmatizer).
 */
final class Plurals {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"),
            Map.entry("analyses", "analysis"), Map.entry("hypotheses", "hypothesis"),
            Map.entry("syntheses", "synthesis"), Map.entry("theses", "thesis"), Map.entry("crises", "crisis"),
            Map.entry("diagnoses", "diagnosis"), Map.entry("parentheses", "parenthesis"), Map.entry("axes", "axis"),
            Map.entry("indices", "index"), Map.entry("matrices", "matrix"), Map.entry("vertices", "vertex"),
            Map.entry("appendices", "appendix"), Map.entry("corpora", "corpus"), Map.entry("formulae", "formula"),
            Map.entry("lemmata", "lemma"), Map.entry("schemata", "schema"), Map.entry("children", "child"),
            Map.entry("people", "person"), Map.entry("men", "man"), Map.entry("women", "woman"),
            Map.entry("mice", "mouse"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("stimuli", "stimulus"), Map.entry("radii", "radius"), Map.entry("foci", "focus"),
            Map.entry("nuclei", "nucleus"), Map.entry("bacteria", "bacterium"), Map.entry("media", "medium"));
    private static final Set<String> INVARIANT = Set.of(
            "data", "series", "species", "news", "physics", "mathematics", "economics", "statistics", "robotics",
            "linguistics", "genomics", "dynamics", "semantics", "graphics", "ethics", "analytics", "informatics",
            "electronics", "mechanics", "optics", "logistics", "kinematics", "thermodynamics", "bioinformatics",
            "politics", "means", "headquarters", "alias", "bias", "gas", "lens", "atlas", "canvas", "focus",
            "corpus", "status", "consensus", "virus", "bus", "plus", "bonus", "census", "campus", "thus", "this",
            "its", "has", "was", "is", "us", "yes");

    /** Invariant nouns that end compounds ("microlens", "hyperbias"). */
    private static final String[] COMPOUND_TAILS = {"lens", "bias", "atlas", "corpus", "virus", "focus"};

    private final EnglishLexicon lexicon;
    private final UnaryOperator<String> lemmatizer;
    private final Predicate<String> written;
    /**
     * The answers of {@link #singular} so far: every phrase's last word is asked twice or more (its key when whole
     * spans are widened, then its key and its shown form), and the words of a document recur. One instance serves one
     * document on one thread; the answer depends only on the word, the lists and {@link #written}.
     */
    private final java.util.Map<String, String> singulars = new java.util.HashMap<>();

    /**
     * @param lexicon    the general English word list
     * @param lemmatizer the singular of a plural noun, asked only when the rules are unsure
     */
    Plurals(EnglishLexicon lexicon, UnaryOperator<String> lemmatizer) {
        this(lexicon, lemmatizer, w -> true);
    }

    /**
     * @param written whether the document writes a word as given (case kept): a name in mixed case ("nuScenes",
     *                "HyCharts") loses its "s" only when the document also writes the singular ("ConvNet")
     */
    Plurals(EnglishLexicon lexicon, UnaryOperator<String> lemmatizer, Predicate<String> written) {
        this.lexicon = lexicon;
        this.lemmatizer = lemmatizer;
        this.written = written;
    }

    /**
     * The singular of {@code word} (case kept: "Networks" gives "Network", "LLMs" gives "LLM"); a word that is
     * not a plural is returned as it is. For a hyphenated compound, only the last part changes, and a compound
     * with "-of-" ("mixture-of-experts", "bag-of-words") is a fixed name and stays.
     */
    String singular(String word) {
        String known = singulars.get(word);
        if (known == null) {
            known = singularOf(word);
            singulars.put(word, known);
        }
        return known;
    }

    private String singularOf(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen >= 0 && word.toLowerCase(Locale.ROOT).contains("-of-")) {
            return word;
        }
        if (hyphen > 0 && hyphen < word.length() - 1) {
            return word.substring(0, hyphen + 1) + singular(word.substring(hyphen + 1));
        }
        if (word.length() < 3 || !word.endsWith("s")) {
            String irregular = IRREGULAR.get(word.toLowerCase(Locale.ROOT));
            return irregular != null ? matchCase(word, irregular) : word;
        }
        char beforeS = word.charAt(word.length() - 2);
        if (Character.isUpperCase(beforeS) || Character.isDigit(beforeS)) {
            return word.substring(0, word.length() - 1);
        }
        String singular = regularSingular(word);
        // A word with a capital inside after a small letter is a name ("nuScenes", "HyCharts", "eLeaders"): its final
        // "s" is the name's own unless the document also writes the name without it ("ConvNets" beside "ConvNet").
        return singular.equals(word) || !mixedCase(word) || written.test(singular) ? singular : word;
    }

    private static boolean mixedCase(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private String regularSingular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(lower)) {
            return matchCase(word, IRREGULAR.get(lower));
        }
        for (String tail : COMPOUND_TAILS) {
            // "microlenses", "microlens", "hyperbiases": a compound ending in an invariant noun inflects as that noun.
            if (lower.endsWith(tail + "es") && lower.length() > tail.length() + 2) {
                return word.substring(0, word.length() - 2);
            }
            if (lower.endsWith(tail)) {
                return word;
            }
        }
        if (INVARIANT.contains(lower) || lower.endsWith("ss") || lower.endsWith("us")
                || lower.endsWith("is") || lower.endsWith("ics") && lexicon.isGeneral(lower)) {
            return word;
        }
        if (lexicon.isListedWord(lower) && !lexicon.isListedWord(lower.substring(0, lower.length() - 1))
                && !(lower.endsWith("es") && lexicon.isListedWord(lower.substring(0, lower.length() - 2)))) {
            // "whereas", "chaos", "diabetes": the word list, which leaves regular plurals out, has the word itself and
            // not the word without its "s" or "es": it is no plural ("wherea" is no word; "losses" is).
            return word;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 3))
                    ? "Y" : "y");
        }
        if (lower.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("es") && (lower.endsWith("ses") || lower.endsWith("xes") || lower.endsWith("zes")
                || lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("oes"))) {
            String minusEs = lower.substring(0, lower.length() - 2);
            String minusS = lower.substring(0, lower.length() - 1);
            boolean esWord = lexicon.isListedWord(minusEs) && isBase(minusEs);
            boolean sWord = lexicon.isListedWord(minusS) && isBase(minusS);
            if (esWord != sWord) {
                return word.substring(0, word.length() - (esWord ? 2 : 1));
            }
            String lemma = lemmatizer.apply(lower);
            if (lemma != null && (lemma.equals(minusEs) || lemma.equals(minusS))) {
                return word.substring(0, lemma.length());
            }
            return word.substring(0, word.length() - 1);
        }
        return word.substring(0, word.length() - 1);
    }

    /** "bia" is not a word even if "bias" is listed with its inflections; keep only plausible bases. */
    private static boolean isBase(String w) {
        return w.length() > 2;
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
