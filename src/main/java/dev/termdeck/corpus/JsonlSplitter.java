package dev.termdeck.corpus;

import dev.termdeck.core.Lang;
import dev.termdeck.io.JsonProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a {@code .jsonl} corpus file: one JSON object a line with {@code id} (string or number; the line number
 * when missing), optional {@code title}, {@code text}, optional {@code lang} ({@code en}/{@code zh}), optional
 * {@code translations} ({@code {"zh": "..."}}: the text's translation, read as the same paper's other version). A broken line,
 * a line without text, or a repeated id is reported with its line number and skipped; the other lines are read.
 * Thread-safe (Jackson's {@link ObjectMapper} is, once configured).
 */
final class JsonlSplitter {
    private final ObjectMapper json = new ObjectMapper();
    private final PageSplitter pages;

    JsonlSplitter(PageSplitter pages) {
        this.pages = pages;
    }

    List<RawDocument> split(String text, PageSplitter.LineProblems problems) {
        List<RawDocument> docs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                problems.report(lineNo, "skipped: broken JSON (" + JsonProblem.reason(e) + ")");
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.report(lineNo, "skipped: not a JSON object");
                continue;
            }
            JsonNode textNode = node.get("text");
            if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
                problems.report(lineNo, "skipped: no \"text\" string");
                continue;
            }
            JsonNode idNode = node.get("id");
            String key = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                    ? idNode.asText().strip().replaceAll("\\s+", "_")
                    : Integer.toString(lineNo);
            if (!seen.add(key)) {
                problems.report(lineNo, "skipped: id '" + key + "' repeats an earlier line");
                continue;
            }
            Lang declared = null;
            JsonNode langNode = node.get("lang");
            if (langNode != null && !langNode.isNull()) {
                try {
                    declared = Lang.of(langNode.asText());
                } catch (IllegalArgumentException e) {
                    problems.report(lineNo, e.getMessage() + "; detecting the language instead");
                }
            }
            JsonNode titleNode = node.get("title");
            String title = titleNode != null && titleNode.isTextual() ? CorpusText.clean(titleNode.asText()) : null;
            String body = pages.paragraphs(List.of(textNode.asText().split("\n", -1)), false);
            if (!body.isEmpty()) {
                Lang own = declared != null ? declared : LanguageDetector.detect(body).orElse(null);
                docs.add(new RawDocument(key, title, body, declared,
                        translation(node.get("translations"), own, lineNo, problems)));
            }
        }
        return docs;
    }

    /**
     * The translation of a line: {@code "translations": {"zh": "..."}} (or {@code {"en": ...}}), the first entry in
     * the language termdeck reads that is not the text's own ({@code own}, when known); other entries, and entries
     * that are no strings, are reported and ignored.
     */
    private RawDocument.Translation translation(JsonNode node, Lang own, int lineNo,
            PageSplitter.LineProblems problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.report(lineNo, "\"translations\" is not an object like {\"zh\": \"...\"}; ignored");
            return null;
        }
        RawDocument.Translation found = null;
        for (var it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            String label = "translations." + field.getKey();
            Lang lang;
            try {
                lang = Lang.of(field.getKey());
            } catch (IllegalArgumentException e) {
                problems.report(lineNo, label + ": " + e.getMessage() + "; ignored");
                continue;
            }
            if (!field.getValue().isTextual()) {
                problems.report(lineNo, label + " is not a string; ignored");
                continue;
            }
            if (lang == own) {
                problems.report(lineNo, label + " is in the language of \"text\"; ignored");
                continue;
            }
            if (found != null) {
                problems.report(lineNo, label + ": a second translation; only " + found.label() + " is read");
                continue;
            }
            String text = pages.paragraphs(List.of(field.getValue().asText().split("\n", -1)), false);
            found = new RawDocument.Translation(text, lang, label, lineNo);
        }
        return found;
    }
}
