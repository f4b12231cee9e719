package dev.termdeck.extract.en;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the English extractor judges phrases with: general English words (a single word on it is too
 * common to be a term on its own), words typical of the field ({@code ml-words.txt}), and the generic words of {@code generic-words.txt} by role (modifiers stripped
 * from the start of a phrase, heads that make a phrase generic, container heads dropped from the end, stop words).
 * Loaded once from the class path; immutable and thread-safe.
 */
public final class EnglishLexicon {
    private final Set<String> general;
    private final Set<String> field;
    private final Map<String, Set<String>> generic;

    private EnglishLexicon(Set<String> general, Set<String> field, Map<String, Set<String>> generic) {
        this.general = general;
        this.field = field;
        this.generic = generic;
    }

    /** The lists bundled with termdeck. */
    public static EnglishLexicon bundled() {
        Set<String> general = new HashSet<>();
        Map<String, Set<String>> generic = new HashMap<>();
        read("general-english.txt", (section, word) -> general.add(word));
        Set<String> field = new HashSet<>();
        read("ml-words.txt", (section, word) -> field.add(word));
        read("generic-words.txt", (section, word) -> generic.computeIfAbsent(section, s -> new HashSet<>()).add(word));
        Map<String, Set<String>> frozen = new HashMap<>();
        generic.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new EnglishLexicon(Set.copyOf(general), Set.copyOf(field), Map.copyOf(frozen));
    }

    /** Whether the lower-cased {@code word} is an everyday English word (any inflection of a listed word). */
    public boolean isGeneral(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return general.contains(w)
                || w.endsWith("s") && general.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && general.contains(w.substring(0, w.length() - 2))
                || w.endsWith("ies") && general.contains(w.substring(0, w.length() - 3) + "y");
    }

    /** A word typical of machine-learning terms ("bias", "estimation", "attention"), lower case, singular. */
    public boolean isFieldWord(String word) {
        return field.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the lower-cased {@code word} is listed as it is (no inflection tried). */
    boolean isListedWord(String word) {
        return general.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A modifier that says nothing about what the thing is ("novel", "existing", "large-scale"). */
    public boolean isGenericModifier(String word) {
        return in("modifier", word);
    }

    /** A head noun (singular) that makes a phrase generic ("result", "performance", "adoption"). */
    public boolean isGenericHead(String singular) {
        return in("head", singular);
    }

    /** A head (singular) too broad to make a term with an everyday adjective ("model", "image", "method"). */
    public boolean isWeakHead(String singular) {
        return in("weak-head", singular);
    }

    /** A head noun (singular) naming the kind of thing, dropped from the end ("task", "problem"). */
    public boolean isContainerHead(String singular) {
        return in("container", singular);
    }

    /** A verb in the third person that the tagger may take for a plural noun ("library consists of"). */
    public boolean isVerb(String word) {
        return in("verb", word);
    }

    /** A word for fields of application ("domain", "field", "industry"): lists after it are examples. */
    public boolean isApplicationArea(String singular) {
        return in("area", singular);
    }

    /** A word naming the discipline ("AI", "ML", "NLP"): before a weak head it makes no term ("AI system"). */
    public boolean isDiscipline(String word) {
        return in("discipline", word);
    }

    /** A word that never belongs to a term ("etc", "i.e."). */
    public boolean isStopWord(String word) {
        return in("stop", word);
    }

    private boolean in(String section, String word) {
        Set<String> words = generic.getOrDefault(section, Set.of());
        return !words.isEmpty() && words.contains(word.toLowerCase(Locale.ROOT));
    }

    private interface Sink {
        void add(String section, String word);
    }

    private static void read(String name, Sink sink) {
        try (InputStream in = EnglishLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled word list " + name + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (w.isEmpty() || w.startsWith("#")) {
                    continue;
                }
                if (w.startsWith("[") && w.endsWith("]")) {
                    section = w.substring(1, w.length() - 1);
                    continue;
                }
                sink.add(section, w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled word list " + name, e);
        }
    }
}
