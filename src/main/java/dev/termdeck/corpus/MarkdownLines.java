package dev.termdeck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A Markdown page read as lines for {@link PageSplitter}: front matter skipped, markup removed. Stateless. */
final class MarkdownLines {
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    /** Emphasis and code marks around text; a lone star ({@code V*}) is no mark. */
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(\\S(?:.*?\\S)??)\\1");
    private static final Pattern MD_LIST = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{1,200}>");

    private MarkdownLines() {
    }

    /**
     * The lines of a Markdown page after its front matter, without markup: headings with their level, body lines
     * cleaned, code blocks as blank lines.
     */
    static List<AbstractSections.Line> of(String text) {
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
                out.add(new AbstractSections.Line(i + 1, level, CorpusText.clean(mdInline(s.substring(level)))));
                continue;
            }
            if (s.startsWith(">")) {
                s = s.replaceFirst("^>+\\s*", "");
            }
            out.add(new AbstractSections.Line(i + 1, 0, CorpusText.clean(mdInline(MD_LIST.matcher(s).replaceFirst("")))));
        }
        return out;
    }

    private static String mdInline(String s) {
        String t = MD_IMAGE.matcher(s).replaceAll("");
        t = MD_LINK.matcher(t).replaceAll("$1");
        t = HTML_TAG.matcher(t).replaceAll("");
        return MD_EMPHASIS.matcher(t).replaceAll("$2");
    }
}
