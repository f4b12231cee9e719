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
 * <p>Longer than most classes because each file layout (abstract lists, articles, digest pages with their translation)
 * has its own small splitter here, sharing the cleaning steps; they change together when the corpus contract does.
 */
final class PageSplitter {
    private static final Pattern SEPARATOR = Pattern.compile("(-{3,}|={3,}|\\*{3,}|_{3,})");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[IVX]+\\.)\\s*");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。！？.!?；;]");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    /** Emphasis and code marks around text; a lone star ({@code V*}) is no mark. */
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(\\S(?:.*?\\S)??)\\1");
    private static final Pattern MD_LIST = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{1,200}>");
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
            String t = clean(lines[i]);
            boolean heading = !t.isEmpty() && (boilerplate.section(t).isPresent() || isHeadingOrCaption(t));
            numbered.add(new AbstractSections.Line(i + 1, heading ? 1 : 0, t));
        }
        if (sections.applies(numbered)) {
            return sections.split(numbered, problems);
        }
        boolean list = false;
        for (String line : lines) {
            String t = clean(line);
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
            String t = clean(line);
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
            String t = clean(line);
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
        List<AbstractSections.Line> lines = markdownLines(text);
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
     * The lines of a Markdown page after its front matter, without markup: headings with their level, body lines
     * cleaned, code blocks as blank lines.
     */
    private static List<AbstractSections.Line> markdownLines(String text) {
        String[] lines = text.split("\n", -1);
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    start = i + 1;
                    break;
                }
            }
        }
        List<AbstractSections.Line> out = new ArrayList<>(lines.length);
        boolean fence = false;
        for (int i = start; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.startsWith("```")) {
                fence = !fence;
                out.add(new AbstractSections.Line(i + 1, 0, ""));
                continue;
            }
            if (fence) {
                continue;
            }
            if (s.startsWith("#")) {
                int level = 0;
                while (level < s.length() && s.charAt(level) == '#') {
                    level++;
                }
                out.add(new AbstractSections.Line(i + 1, level, clean(mdInline(s.substring(level)))));
                continue;
            }
            if (s.startsWith(">")) {
                s = s.replaceFirst("^>+\\s*", "");
            }
            out.add(new AbstractSections.Line(i + 1, 0, clean(mdInline(MD_LIST.matcher(s).replaceFirst("")))));
        }
        return out;
    }

    private static String mdInline(String s) {
        String t = MD_IMAGE.matcher(s).replaceAll("");
        t = MD_LINK.matcher(t).replaceAll("$1");
        t = HTML_TAG.matcher(t).replaceAll("");
        return MD_EMPHASIS.matcher(t).replaceAll("$2");
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
            String t = i < lines.size() ? clean(lines.get(i)) : "";
            if (!t.isEmpty() && boilerplate.isDropped(t)) {
                continue;
            }
            if (t.isEmpty()) {
                if (current.length() > 0) {
                    String p = current.toString();
                    boolean heading = article && linesInCurrent == 1 && isHeadingOrCaption(p);
                    if (!heading && seen.add(dedupeKey(p))) {
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

    /**
     * Normalizes a line: LaTeX markup as plain text ({@link LatexMarkup}), no control or zero-width characters, single
     * spaces, trimmed.
     */
    static String clean(String raw) {
        String line = LatexMarkup.strip(raw);
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The identity of a text for deduplication: NFKC, lower case, letters and digits only. */
    static String dedupeKey(String text) {
        // Every text and paragraph of a corpus gets a key (a fifth of reading 1,000 abstracts went here): ASCII text
        // is its own NFKC form, so it skips the normalizer, and the letters are kept in one loop, not a stream.
        String n = isAscii(text) ? text.toLowerCase(Locale.ROOT)
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
