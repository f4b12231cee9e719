package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the glossary handout ({@link Handout}) as one self-contained HTML page laid out for A4 paper: a title, a
 * table whose header repeats on every printed page and whose rows never split across pages, and (with
 * {@code both}) a Chinese index. The stylesheet is the resource {@code handout.css}. Stateless.
 */
public final class HtmlHandout implements Exporter {
    @Override
    public ExportReport write(Deck deck, ExportOptions options, OutputStream out) throws IOException {
        Handout h = Handout.of(deck, options);
        StringBuilder sb = new StringBuilder(8192 + deck.cards().size() * 600);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(h.title())).append("</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(h.title())).append("</h1>\n");
        if (h.subtitle() != null) {
            sb.append("<p class=\"subtitle\" lang=\"zh\">").append(esc(h.subtitle())).append("</p>\n");
        }
        sb.append("<p class=\"meta\">").append(esc(h.meta())).append("</p>\n</header>\n");
        mainTable(sb, h);
        if (!h.index().isEmpty()) {
            indexTable(sb, h);
        }
        papers(sb, h);
        sb.append("<footer>termdeck</footer>\n</body>\n</html>\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        return new ExportReport(Plural.of(h.entries().size(), "term"), List.of());
    }

    private static void mainTable(StringBuilder sb, Handout h) {
        Handout.Labels l = h.labels();
        // The Chinese column is as wide as the longest Chinese term (up to 12 characters), so a term never breaks.
        int widest = h.entries().stream().map(c -> c.term().zh()).filter(java.util.Objects::nonNull)
                .mapToInt(t -> t.codePointCount(0, t.length())).max().orElse(4);
        sb.append("<table class=\"glossary").append(h.chineseFirst() ? " zh-first" : "")
                .append(widest <= 12 ? " zh-whole" : "").append("\" style=\"--zh-width: ")
                .append(Math.min(12, Math.max(4, widest)) + 1).append("em\">\n<thead><tr>");
        if (h.chineseFirst()) {
            th(sb, l.chinese(), "zh");
            th(sb, l.pinyin(), "py");
            th(sb, l.english(), "en");
        } else {
            th(sb, l.english(), "en");
            th(sb, l.chinese(), "zh");
            th(sb, l.pinyin(), "py");
        }
        th(sb, l.abbr(), "abbr");
        th(sb, l.definition(), "def");
        th(sb, l.source(), "src");
        sb.append("</tr></thead>\n<tbody>\n");
        for (Card c : h.entries()) {
            sb.append("<tr>");
            String en = td(c.term().en(), "en", "term");
            String zh = td(c.term().zh(), "zh", "term");
            String py = td(c.pinyin(), "zh-Latn", "pinyin");
            sb.append(h.chineseFirst() ? zh + py + en : en + zh + py);
            sb.append(td(c.abbr(), "en", "abbr"));
            sb.append("<td class=\"def\">");
            for (Lang lang : Lang.values()) {
                String d = c.definition().get(lang);
                if (d != null) {
                    String from = DefinitionLabels.of(c, lang);
                    sb.append("<p lang=\"").append(lang.code()).append("\">").append(Html.escape(d))
                            .append(from == null ? "" : " <span class=\"from\">"
                                    + Html.escape(DefinitionLabels.bracketed(from, lang)) + "</span>")
                            .append("</p>");
                }
            }
            sb.append("</td><td class=\"src\">");
            List<String> docs = Handout.docs(c);
            for (int i = 0; i < docs.size(); i++) {
                Handout.Paper paper = h.paper(docs.get(i));
                sb.append(i > 0 ? "<br>" : "").append("<span title=\"").append(Html.escape(paper.doc(), false))
                        .append("\">").append(esc(paper.label())).append("</span>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    /** The papers the Source column names, by number: title (when known) and corpus id. */
    private static void papers(StringBuilder sb, Handout h) {
        if (h.papers().isEmpty()) {
            return;
        }
        Handout.Labels l = h.labels();
        sb.append("<section class=\"papers\">\n<h2>").append(esc(l.papers().en())).append(" <span lang=\"zh\">")
                .append(esc(l.papers().zh())).append("</span></h2>\n<ol>\n");
        for (Handout.Paper p : h.papers()) {
            sb.append("<li value=\"").append(p.number()).append("\">")
                    .append(p.title() == null ? "" : "<span class=\"title\">" + esc(p.title()) + "</span> ")
                    .append("<span class=\"doc\">").append(esc(p.doc())).append("</span></li>\n");
        }
        sb.append("</ol>\n</section>\n");
    }

    private static void indexTable(StringBuilder sb, Handout h) {
        Handout.Labels l = h.labels();
        sb.append("<section class=\"index\">\n<h2>").append(esc(l.index().en())).append(" <span lang=\"zh\">")
                .append(esc(l.index().zh())).append("</span></h2>\n<table class=\"index\">\n<thead><tr>");
        th(sb, l.chinese(), "zh");
        th(sb, l.pinyin(), "py");
        th(sb, l.english(), "en");
        sb.append("</tr></thead>\n<tbody>\n");
        for (Card c : h.index()) {
            sb.append("<tr>").append(td(c.term().zh(), "zh", "term")).append(td(c.pinyin(), "zh-Latn", "pinyin"))
                    .append(td(c.term().en() != null ? c.term().en() : c.abbr(), "en", "")).append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void th(StringBuilder sb, Handout.Label label, String cls) {
        sb.append("<th class=\"").append(cls).append("\">").append(esc(label.en())).append("<span lang=\"zh\">")
                .append(esc(label.zh())).append("</span></th>");
    }

    private static String td(String value, String lang, String cls) {
        return "<td" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + " lang=\"" + lang + "\">"
                + (value == null ? "" : Html.escape(value)) + "</td>";
    }

    private static String esc(String s) {
        return Html.escape(s);
    }

    private static String css() throws IOException {
        try (InputStream in = HtmlHandout.class.getResourceAsStream("handout.css")) {
            if (in == null) {
                throw new IllegalStateException("resource handout.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
