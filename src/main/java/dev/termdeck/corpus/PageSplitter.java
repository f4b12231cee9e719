package dev.termdeck.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits the text of one corpus file into documents and cleans them.
 *
 * <ul>
 *   <li>{@code .txt} in the abstract-list layout (machine-translation marker lines, or {@code ---} separator lines):
 *       one document per block between markers.</li>
 *   <li>other {@code .txt}: one article; a short first line is its title; headings, captions and site boilerplate
 *       are dropped, and everything after a "related articles" heading.</li>
 *   <li>{@code .md}: one article, or one per level-1 heading when there are several; Markdown syntax removed.</li>
 *   <li>a page ({@code .md} or {@code .txt}) whose headings label an abstract and its translation: one paper per
 *       abstract with its translation, the page's other sections unread (see {@link AbstractSections}).</li>
 *   <li>{@code .jsonl}: one JSON object a line (see {@link JsonlSplitter}).</li>
 * </ul>
 *
 * Thread-safe.
 *
 * <p>Each file layout (abstract lists, articles, digest pages with their translation) has its own small splitter here,
 * sharing the cleaning steps ({@link CorpusText}, {@link MarkdownLines}); they change together when the corpus contract
 * does.
 */
final class PageSplitter {
    private static final Pattern SEPARATOR = Pattern.compile("(-{3,}|={3,}|\\*{3,}|_{3,})");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[IVX]+\\.)\\s*");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。！？.!?；;]");
    private static final int MAX_HEADING = 60;
    private static final int MAX_TITLE = 200;

    private final Boilerplate boilerplate;
    private final JsonlSplitter jsonl = new JsonlSplitter(this);
    private final AbstractSections sections;

    PageSplitter(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
        this.sections = new AbstractSections(boilerplate, this);
    }

    /**
     * Splits {@code text} (from a file named {@code fileName}) into documents; line problems go to {@code problems}
     * as (line, message) pairs.
     */
    List<RawDocument> split(String fileName, String text, LineProblems problems) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "jsonl" -> jsonl.split(text, problems);
            case "md" -> markdown(text, problems);
            default -> plainText(text, problems);
        };
    }

    /** Receives problems with single lines of a file. */
    @FunctionalInterface
    interface LineProblems {
        void report(int line, String message);
    }

    private List<RawDocument> plainText(String text, LineProblems problems) {
        String[] lines = text.split("\n", -1);
        List<AbstractSections.Line> numbered = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String t = CorpusText.clean(lines[i]);
            boolean heading = !t.isEmpty() && (boilerplate.section(t).isPresent() || isHeadingOrCaption(t));
            numbered.add(new AbstractSections.Line(i + 1, heading ? 1 : 0, t));
        }
        if (sections.applies(numbered)) {
            return sections.split(numbered, problems);
        }
        boolean list = false;
        for (String line : lines) {
            String t = CorpusText.clean(line);
            if (boilerplate.isMarker(t) || SEPARATOR.matcher(t).matches()) {
                list = true;
                break;
            }
        }
        return list ? abstractList(lines) : article(lines);
    }

    /** Layout between marker (or separator) lines; each block one document. */
    private List<RawDocument> abstractList(String[] lines) {
        List<RawDocument> docs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        Consumer<List<String>> flush = b -> {
            String body = paragraphs(b, false);
            if (!body.isEmpty()) {
                docs.add(new RawDocument(Integer.toString(docs.size() + 1), null, body, null));
            }
            b.clear();
        };
        for (String line : lines) {
            String t = CorpusText.clean(line);
            if (boilerplate.isEnd(t)) {
                break;
            }
            if (boilerplate.isMarker(t) || SEPARATOR.matcher(t).matches()) {
                flush.accept(block);
            } else {
                block.add(t);
            }
        }
        flush.accept(block);
        return docs;
    }

    /** One article: optional title line, body paragraphs without boilerplate, headings or captions. */
    private List<RawDocument> article(String[] lines) {
        List<String> kept = new ArrayList<>();
        String title = null;
        for (String line : lines) {
            String t = CorpusText.clean(line);
            if (boilerplate.isEnd(t)) {
                break;
            }
            if (title == null && kept.stream().allMatch(String::isEmpty) && !t.isEmpty()) {
                if (looksLikeTitle(t)) {
                    title = boilerplate.cleanTitle(t);
                    continue;
                }
                title = "";
            }
            kept.add(t);
        }
        String body = paragraphs(kept, true);
        if (body.isEmpty()) {
            return List.of();
        }
        return List.of(new RawDocument("1", title == null || title.isEmpty() ? null : title, body, null));
    }

    private List<RawDocument> markdown(String text, LineProblems problems) {
        List<AbstractSections.Line> lines = MarkdownLines.of(text);
        if (sections.applies(lines)) {
            return sections.split(lines, problems);
        }
        int h1 = (int) lines.stream().filter(l -> l.level() == 1).count();
        List<RawDocument> docs = new ArrayList<>();
        List<String> body = new ArrayList<>();
        String title = null;
        for (int i = 0; i <= lines.size(); i++) {
            AbstractSections.Line line = i < lines.size() ? lines.get(i) : null;
            boolean newSection = line == null || h1 > 1 && line.level() == 1;
            if (newSection) {
                String b = paragraphs(body, true);
                if (!b.isEmpty()) {
                    docs.add(new RawDocument(Integer.toString(docs.size() + 1), title, b, null));
                }
                body.clear();
                title = line == null ? null : boilerplate.cleanTitle(line.text());
                continue;
            }
            if (line.isHeading()) {
                if (title == null && line.level() == 1) {
                    title = boilerplate.cleanTitle(line.text());
                }
                body.add("");
                continue;
            }
            body.add(line.text());
        }
        return docs;
    }

    /**
     * Joins lines into paragraphs (blank lines separate paragraphs; lines inside one are joined), dropping
     * boilerplate lines, repeated paragraphs and, in an article, one-line headings and captions.
     */
    String paragraphs(List<String> lines, boolean article) {
        List<String> paras = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        int linesInCurrent = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String t = i < lines.size() ? CorpusText.clean(lines.get(i)) : "";
            if (!t.isEmpty() && boilerplate.isDropped(t)) {
                continue;
            }
            if (t.isEmpty()) {
                if (current.length() > 0) {
                    String p = current.toString();
                    boolean heading = article && linesInCurrent == 1 && isHeadingOrCaption(p);
                    if (!heading && seen.add(CorpusText.dedupeKey(p))) {
                        paras.add(p);
                    }
                    current.setLength(0);
                    linesInCurrent = 0;
                }
                continue;
            }
            if (current.length() > 0 && needsSpace(current.charAt(current.length() - 1), t.charAt(0))) {
                current.append(' ');
            }
            current.append(t);
            linesInCurrent++;
        }
        return String.join("\n\n", paras);
    }

    private static boolean looksLikeTitle(String line) {
        return line.codePointCount(0, line.length()) <= MAX_TITLE
                && !SENTENCE_PUNCT.matcher(line.substring(Math.max(0, line.length() - 1))).find();
    }

    /** A short line without sentence punctuation, after any section number: "2. 定义", "Figure legend". */
    private static boolean isHeadingOrCaption(String line) {
        String rest = SECTION_NUMBER.matcher(line).replaceFirst("");
        return rest.codePointCount(0, rest.length()) <= MAX_HEADING && !SENTENCE_PUNCT.matcher(rest).find();
    }

    private static boolean needsSpace(char before, char after) {
        return !(isCjk(before) || isCjk(after));
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
    }
}
