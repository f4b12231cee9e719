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
 * Reads the word lists bundled beside {@link EnglishLexicon}: {@code english-words.tsv} (word, SCOWL size or
 * {@code -}, WordNet classes as letters {@code n v a r p}), {@code ml-words.txt} and the sections of
 * {@code generic-words.txt} ({@code [section]} lines, {@code #} comments). A missing list is a broken build: an
 * {@link IllegalStateException}.
 */
final class LexiconFiles {
    private LexiconFiles() {
    }

    /** The lexicon of the bundled lists. */
    static EnglishLexicon read() {
        WordTable words = readWords();
        Map<String, Set<String>> generic = new HashMap<>();
        Set<String> field = new HashSet<>();
        read("ml-words.txt", (section, word) -> field.add(word));
        read("generic-words.txt", (section, word) -> generic.computeIfAbsent(section, s -> new HashSet<>()).add(word));
        Map<String, Set<String>> frozen = new HashMap<>();
        generic.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new EnglishLexicon(words, Set.copyOf(field), Map.copyOf(frozen));
    }

    private static WordTable readWords() {
        String name = "english-words.tsv";
        WordTable words = new WordTable(140_000);
        try (InputStream in = EnglishLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled word list " + name + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int a = line.indexOf('\t');
                int b = line.indexOf('\t', a + 1);
                String size = line.substring(a + 1, b);
                int level = size.equals("-") ? 0 : Integer.parseInt(size);
                int classes = 0;
                for (int i = b + 1; i < line.length(); i++) {
                    switch (line.charAt(i)) {
                        case 'n' -> classes |= EnglishLexicon.NOUN;
                        case 'v' -> classes |= EnglishLexicon.VERB;
                        case 'a' -> classes |= EnglishLexicon.ADJECTIVE;
                        case 'r' -> classes |= EnglishLexicon.ADVERB;
                        case 'p' -> classes |= EnglishLexicon.PROPER;
                        default -> { }
                    }
                }
                words.put(line, 0, a, (short) (classes << 8 | level));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled word list " + name, e);
        }
        words.trim();
        return words;
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
