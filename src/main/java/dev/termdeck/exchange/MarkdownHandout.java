package dev.termdeck.exchange;

import dev.termdeck.core.Plural;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the glossary handout ({@link Handout}) as Markdown with GitHub-style tables: a title, the glossary table,
 * and (with {@code both}) a Chinese index. Characters that Markdown would read as markup are escaped, and line
 * breaks inside a value become {@code <br>}, so every value shows as written. Stateless.
 */
public final class MarkdownHandout implements Exporter {
    @Override
    public ExportReport write(Deck deck, ExportOptions options, OutputStream out) throws IOException {
        Handout h = Handout.of(deck, options);
        Handout.Labels l = h.labels();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(md(h.title())).append("\n\n");
        if (h.subtitle() != null) {
            sb.append("**").append(md(h.subtitle())).append("**\n\n");
        }
        sb.append(md(h.meta())).append("\n\n");
        List<Handout.Label> head = new ArrayList<>(h.chineseFirst()
                ? List.of(l.chinese(), l.pinyin(), l.english()) : List.of(l.english(), l.chinese(), l.pinyin()));
        head.addAll(List.of(l.abbr(), l.definition(), l.source()));
        header(sb, head);
        for (Card c : h.entries()) {
            String en = c.term().has(Lang.EN) ? "**" + md(c.term().en()) + "**" : "";
            String zh = c.term().has(Lang.ZH) ? "**" + md(c.term().zh()) + "**" : "";
            String py = md(c.pinyin());
            List<String> cells = new ArrayList<>(h.chineseFirst() ? List.of(zh, py, en) : List.of(en, zh, py));
            List<String> defs = new ArrayList<>();
            for (Lang lang : Lang.values()) {
                if (c.definition().has(lang)) {
                    String from = DefinitionLabels.of(c, lang);
                    defs.add(md(c.definition().get(lang))
                            + (from == null ? "" : " *" + md(DefinitionLabels.bracketed(from, lang)) + "*"));
                }
            }
            cells.add(md(c.abbr()));
            cells.add(String.join("<br><br>", defs));
            cells.add(String.join("<br>", Handout.docs(c).stream().map(d -> md(h.paper(d).label())).toList()));
            row(sb, cells);
        }
        if (!h.index().isEmpty()) {
            sb.append("\n## ").append(md(l.index().en())).append(" · ").append(md(l.index().zh())).append("\n\n");
            header(sb, List.of(l.chinese(), l.pinyin(), l.english()));
            for (Card c : h.index()) {
                row(sb, List.of(md(c.term().zh()), md(c.pinyin()),
                        md(c.term().en() != null ? c.term().en() : c.abbr())));
            }
        }
        if (!h.papers().isEmpty()) {
            sb.append("\n## ").append(md(l.papers().en())).append(" · ").append(md(l.papers().zh())).append("\n\n");
            for (Handout.Paper p : h.papers()) {
                sb.append(p.number()).append(". ").append(p.title() == null ? "" : md(p.title()) + " ")
                        .append('`').append(p.doc().replace("`", "'")).append("`\n");
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        return new ExportReport(Plural.of(h.entries().size(), "term"), List.of());
    }

    private static void header(StringBuilder sb, List<Handout.Label> labels) {
        row(sb, labels.stream().map(x -> md(x.en()) + " · " + md(x.zh())).toList());
        row(sb, labels.stream().map(x -> "---").toList());
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** {@code s} as Markdown text inside a table cell; empty for {@code null}. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\r' -> { }
                case '\n' -> sb.append("<br>");
                case '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
