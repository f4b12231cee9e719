package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoutTest {
    private final Deck deck = Fixtures.classDeck();

    @Test
    void englishFirstGlossaryIsSortedByEnglishIgnoringLeadingPunctuationThenChineseOnlyByPinyin() {
        Handout h = Handout.of(deck, Fixtures.options(ExportDirection.EN_ZH));

        assertThat(h.entries()).extracting(Card::id).containsExactly("attention-mechanism", "big-bench",
                "chain-of-thought-prompting", "emergent-ability", "few-shot-prompting", "hashtag-segmentation",
                "reinforcement-learning-from-ai-feedback", "多点触摸归因", "指令微调");
        assertThat(h.index()).isEmpty();
        assertThat(h.title()).isEqualTo("ML terms for week 2");
        assertThat(h.subtitle()).isEqualTo("第二周机器学习术语");
        assertThat(h.meta()).isEqualTo("9 terms · 共 9 个术语 · 2026-11-22");
    }

    @Test
    void chineseFirstGlossaryIsSortedByPinyin() {
        Handout h = Handout.of(deck, Fixtures.options(ExportDirection.ZH_EN));

        assertThat(h.chineseFirst()).isTrue();
        assertThat(h.entries()).extracting(c -> c.term().zh() == null ? c.term().en() : c.term().zh())
                .containsExactly("超越模仿游戏基准", "多点触摸归因", "话题标签切分", "基于人工智能反馈的强化学习", "涌现能力",
                        "指令微调", "注意力机制", "chain-of-thought prompting", "few-shot prompting");
    }

    @Test
    void bothAddsAChineseIndex() {
        Handout h = Handout.of(deck, Fixtures.options(ExportDirection.BOTH));

        assertThat(h.entries().get(0).id()).isEqualTo("attention-mechanism");
        assertThat(h.index()).hasSize(7);
        assertThat(h.index().get(0).term().zh()).isEqualTo("超越模仿游戏基准");
    }

    @Test
    void htmlEscapesEverythingAndIsLaidOutForA4() {
        String html = Fixtures.export(Format.HTML, deck, ExportDirection.BOTH);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("@page { size: A4;").contains("<h1>ML terms for week 2</h1>")
                .contains("Splits &quot;#tags&quot; into words; see &lt;b&gt;Table 1&lt;/b&gt; &amp; Fig. 2")
                .contains("the model writes intermediate").contains("<h2>Chinese index <span lang=\"zh\">中文索引")
                .doesNotContain("<b>Table");
        assertThat(count(html, "<tr>")).isEqualTo(1 + 9 + 1 + 7);
    }

    @Test
    void markdownEscapesMarkupAndKeepsOneRowPerCard() {
        String md = Fixtures.export(Format.MD, deck, ExportDirection.EN_ZH);
        List<String> rows = md.lines().filter(l -> l.startsWith("| ")).toList();

        assertThat(md).startsWith("# ML terms for week 2\n\n**第二周机器学习术语**\n");
        assertThat(rows).hasSize(2 + 9);
        assertThat(rows.get(0)).isEqualTo("| English · 英文 | Chinese · 中文 | Pinyin · 拼音 | Abbr. · 缩写 | "
                + "Definition · 定义 | Source · 出处 |");
        assertThat(md).contains("Splits \"\\#tags\" into words; see &lt;b&gt;Table 1&lt;/b&gt; &amp; Fig. 2, or the "
                + "&lt;/div&gt; case \\| \\*edge\\* \\[1\\].");
        assertThat(rows).allMatch(r -> r.split("(?<!\\\\)\\|", -1).length == 8);
    }

    @Test
    void sourcesArePapersByTitleOrNumberNeverByIdAndTheListGivesTheirIds() {
        String doc = "001_0e47378bd9dc223c#1";
        Deck titled = deck.withDocuments(java.util.Map.of(doc, "Attention Is All You Need, a paper with a title"
                + " longer than the column"));
        String html = Fixtures.export(Format.HTML, titled, ExportDirection.BOTH);
        String md = Fixtures.export(Format.MD, titled, ExportDirection.EN_ZH);

        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        assertThat(table).contains(">Attention Is All You Need, a paper with…<", ">[2]<").doesNotContain(">" + doc);
        assertThat(html).contains("<h2>Papers <span lang=\"zh\">论文</span></h2>", "<li value=\"1\"><span"
                + " class=\"title\">Attention Is All You Need", "<span class=\"doc\">" + doc + "</span>");
        assertThat(md).contains("## Papers · 论文", "1. Attention Is All You Need", "`" + doc + "`");
        assertThat(md.lines().filter(l -> l.startsWith("| ")).toList()).noneMatch(l -> l.contains("0e47378"));
    }

    @Test
    void theChineseColumnFitsTheLongestTermAndPagesAreNumbered() {
        String html = Fixtures.export(Format.HTML, deck, ExportDirection.BOTH);
        Deck shortTerms = deck.withCards(deck.cards().stream().filter(c -> c.term().zh() == null
                || c.term().zh().length() <= 8).toList());
        String fitted = Fixtures.export(Format.HTML, shortTerms, ExportDirection.BOTH);

        // The longest Chinese term (13 characters) is wider than the column may be: there it may wrap.
        assertThat(html).contains("class=\"glossary\" style=\"--zh-width: 13em\"",
                "table.zh-whole td.term:lang(zh) { white-space: nowrap;", "counter(page) \" / \" counter(pages)");
        assertThat(fitted).contains("class=\"glossary zh-whole\" style=\"--zh-width: 9em\"");
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
