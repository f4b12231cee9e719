package dev.termdeck.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.io.InputFiles;
import dev.termdeck.io.JsonProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a gold set: JSON lines with {@code doc}, {@code en}, {@code zh}, {@code abbr}, {@code definition_cue}. */
public final class GoldSet {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The largest gold file read (a gold set of 10,000 terms is about 1 MB). */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private GoldSet() {
    }

    /**
     * The entries of {@code file}, in order.
     *
     * @throws TermdeckException naming the file and line of the first bad line
     */
    public static List<GoldEntry> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = InputFiles.readUtf8(file, MAX_BYTES).lines().toList();
        } catch (NoSuchFileException e) {
            throw new TermdeckException(file + ": no such gold file");
        } catch (CharacterCodingException e) {
            throw new TermdeckException(file + ": not UTF-8 text");
        }
        List<GoldEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode n;
            try {
                n = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new TermdeckException(where + ": not a JSON object (" + JsonProblem.reason(e) + ")");
            }
            if (n == null || !n.isObject()) {
                throw new TermdeckException(where + ": not a JSON object");
            }
            String doc = text(n, "doc", where, true);
            String en = text(n, "en", where, true);
            List<String> zh = new ArrayList<>();
            JsonNode z = n.get("zh");
            if (z != null && !z.isNull()) {
                if (!z.isArray()) {
                    throw new TermdeckException(where + ": 'zh' must be a list of strings");
                }
                z.forEach(v -> zh.add(v.asText()));
            }
            out.add(new GoldEntry(doc, en, zh, text(n, "abbr", where, false), text(n, "definition_cue", where,
                    false)));
        }
        return out;
    }

    private static String text(JsonNode n, String field, String where, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new TermdeckException(where + ": missing '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new TermdeckException(where + ": '" + field + "' must be a non-empty string");
        }
        return v.asText();
    }
}
