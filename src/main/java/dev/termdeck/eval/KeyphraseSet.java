package dev.termdeck.eval;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Document;
import dev.termdeck.io.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of English abstracts with the keyphrases people assigned them, in the Inspec layout: {@code docs/ID.txt}
 * (the first line is the title, the rest the abstract, wrapped) and {@code keys/ID.key} (one keyphrase a line).
 *
 * @param documents the abstracts, in id order: the title as {@link Document#title()}, the body with its lines joined
 * @param keys      the keyphrases of each document, in the same order, as written (blank lines and duplicates dropped)
 */
public record KeyphraseSet(List<Document> documents, List<List<String>> keys) {
    /** The most bytes read from one file of the folder (or the id list): far over any abstract. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    public KeyphraseSet {
        documents = List.copyOf(documents);
        keys = keys.stream().map(List::copyOf).toList();
        if (documents.size() != keys.size()) {
            throw new IllegalArgumentException(documents.size() + " documents but " + keys.size() + " key lists");
        }
    }

    /**
     * Reads {@code dir}: every {@code docs/ID.txt} that has a {@code keys/ID.key}, or only the ids listed in
     * {@code ids} (one a line) when it is not {@code null}.
     *
     * @throws TermdeckException when the folder has no such pairs, or an id listed has no files
     */
    public static KeyphraseSet read(Path dir, Path ids) {
        Path docs = dir.resolve("docs");
        Path keyDir = dir.resolve("keys");
        if (!Files.isDirectory(docs) || !Files.isDirectory(keyDir)) {
            throw new TermdeckException(dir + ": not a keyphrase folder (docs/ID.txt and keys/ID.key expected)");
        }
        List<String> wanted = new ArrayList<>();
        try {
            if (ids != null) {
                for (String line : InputFiles.readUtf8(ids, MAX_FILE_BYTES).lines().toList()) {
                    if (!line.isBlank()) {
                        wanted.add(line.strip());
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(docs)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                            .map(n -> n.substring(0, n.length() - 4))
                            .filter(id -> Files.isRegularFile(keyDir.resolve(id + ".key")))
                            .sorted().forEach(wanted::add);
                }
            }
            List<Document> documents = new ArrayList<>();
            List<List<String>> keys = new ArrayList<>();
            for (String id : wanted) {
                Path doc = docs.resolve(id + ".txt");
                Path key = keyDir.resolve(id + ".key");
                if (!Files.isRegularFile(doc) || !Files.isRegularFile(key)) {
                    throw new TermdeckException(ids + ": id " + id + " has no " + doc.getFileName() + " and "
                            + key.getFileName() + " in " + dir);
                }
                documents.add(document(id, InputFiles.readUtf8(doc, MAX_FILE_BYTES)));
                Set<String> k = new LinkedHashSet<>();
                for (String line : InputFiles.readUtf8(key, MAX_FILE_BYTES).lines().toList()) {
                    if (!line.isBlank()) {
                        k.add(line.strip());
                    }
                }
                keys.add(new ArrayList<>(k));
            }
            if (documents.isEmpty()) {
                throw new TermdeckException(dir + ": no documents with keys");
            }
            return new KeyphraseSet(documents, keys);
        } catch (java.nio.file.FileSystemException e) {
            throw new TermdeckException(e.getReason() != null ? e.getFile() + ": " + e.getReason()
                    : dir + ": cannot read the keyphrase folder: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TermdeckException(dir + ": cannot read the keyphrase folder: " + e.getMessage(), e);
        }
    }

    /**
     * A document from an Inspec file: the title first, then the abstract. Both are wrapped, each continuation line
     * indented with a tab; the abstract's first line is not indented. So a title over two lines ("A hybrid ... to
     * solving" / tab "reliability optimization problem") ends before the first line that starts without a tab.
     */
    static Document document(String id, String raw) {
        String text = raw.replace("\r", "");
        int nl = text.indexOf('\n');
        while (nl >= 0 && nl + 1 < text.length() && text.charAt(nl + 1) == '\t') {
            nl = text.indexOf('\n', nl + 1);
        }
        String title = (nl < 0 ? text : text.substring(0, nl)).replaceAll("\\s+", " ").strip();
        String body = nl < 0 ? "" : text.substring(nl + 1).replaceAll("\\s+", " ").strip();
        return new Document(id, "docs/" + id + ".txt", Lang.EN, title, body.isEmpty() ? title : body);
    }
}
