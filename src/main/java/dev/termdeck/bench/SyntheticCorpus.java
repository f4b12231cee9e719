package dev.termdeck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus {@code k} times the size of a real one, for measuring how build cost grows: every document repeated
 * {@code k} times as JSONL lines ({@code id}, {@code title}, {@code text}, {@code lang}), copy {@code c} with the id
 * {@code ID~c}. The corpus reader drops documents whose letters and digits repeat an earlier one, so each copy after
 * the first ends with one numbered sentence of its language ({@code "This is copy 7."}, {@code "这是第7份。"}): the
 * smallest genuine change, and one that adds no term. Copy 0 is the document unchanged, so {@code k = 1} is the real
 * corpus. Stateless.
 */
public final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    /** Writes {@code copies} copies of {@code documents} to {@code file} (JSONL). */
    public static void write(List<Document> documents, int copies, Path file) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, was " + copies);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        JsonFactory json = new JsonFactory();
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int c = 0; c < copies; c++) {
                for (Document d : documents) {
                    try (JsonGenerator g = json.createGenerator(out)) {
                        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                        g.writeStartObject();
                        g.writeStringField("id", c == 0 ? d.id() : d.id() + "~" + c);
                        if (d.title() != null) {
                            g.writeStringField("title", d.title());
                        }
                        g.writeStringField("text", c == 0 ? d.text() : d.text() + variation(d.lang(), c));
                        g.writeStringField("lang", d.lang().code());
                        g.writeEndObject();
                    }
                    out.write('\n');
                }
            }
        }
    }

    /**
     * Writes to {@code file} (JSONL) one document of language {@code lang} of at least {@code bytes} bytes of UTF-8: the
     * documents of that language one after another, again and again, each paragraph made distinct by its numbered
     * sentence. A book-sized document, for the single-large-document case of {@code bench build}.
     *
     * @return the document's length in characters
     */
    public static long writeLarge(List<Document> documents, Lang lang, long bytes, Path file) throws IOException {
        List<Document> texts = documents.stream().filter(d -> d.lang() == lang).toList();
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no " + lang + " document to make a large one from");
        }
        StringBuilder text = new StringBuilder();
        long written = 0;
        for (int i = 0; written < bytes; i++) {
            String paragraph = (i == 0 ? "" : "\n\n") + texts.get(i % texts.size()).text() + variation(lang, i + 1);
            text.append(paragraph);
            written += paragraph.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", "large-" + lang.code());
            g.writeStringField("text", text.toString());
            g.writeStringField("lang", lang.code());
            g.writeEndObject();
        }
        return text.length();
    }

    /** The numbered sentence that makes copy {@code c} of a document distinct. */
    static String variation(Lang lang, int c) {
        return lang == Lang.ZH ? "这是第" + c + "份。" : " This is copy " + c + ".";
    }
}
