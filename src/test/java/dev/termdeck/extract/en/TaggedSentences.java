package dev.termdeck.extract.en;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.TermCandidate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Real sentences a rule's test reads by name, from a tab-separated resource beside the test (name, the document it
 * comes from, the sentence; lines starting with "#" are comments), and the English extractor's candidates for them.
 */
final class TaggedSentences {
    private final Map<String, String> byName;
    private final OpenNlpTermExtractor extractor;

    private TaggedSentences(Map<String, String> byName, OpenNlpTermExtractor extractor) {
        this.byName = byName;
        this.extractor = extractor;
    }

    /** The sentences of {@code resource} (relative to {@code owner}) and the bundled models' extractor. */
    static TaggedSentences load(Class<?> owner, String resource) {
        Map<String, String> byName = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 3) {
                    byName.put(f[0], f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TaggedSentences(byName,
                new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled()));
    }

    /** The sentence named {@code name}. */
    String get(String name) {
        return Objects.requireNonNull(byName.get(name), name);
    }

    /** The candidates the extractor finds in a one-document text with this title (or none). */
    List<TermCandidate> candidates(String title, String text) {
        return extractor.extract(new Document("t#1", "t.txt", Lang.EN, title, text));
    }

    /** The texts of {@link #candidates}. */
    List<String> terms(String title, String text) {
        return candidates(title, text).stream().map(TermCandidate::text).toList();
    }
}
