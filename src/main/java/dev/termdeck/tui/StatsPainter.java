package dev.termdeck.tui;

import dev.termdeck.deck.Card;
import dev.termdeck.study.StatsReport;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the statistics: card totals, retention, reviews per day and the due forecast as vertical bar charts (eighth
 * blocks, with the maximum on the axis), and the hardest cards as a table. Stateless.
 */
final class StatsPainter {
    private static final int INDENT = 2;
    private static final int CHART_ROWS = 5;
    private static final String EIGHTHS = "▁▂▃▄▅▆▇";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private StatsPainter() {
    }

    static List<Line> lines(StatsPage p, Messages msg, int width) {
        StatsReport r = p.report();
        int days = r.forecast().size();
        List<Line> out = new ArrayList<>();
        StatsReport.Totals t = r.totals();
        out.add(Line.EMPTY);
        out.addAll(Layout.paragraph(Line.of(msg.get("stats.totals", t.cards(), t.fresh(), t.learning(), t.young(),
                t.mature())), INDENT, width));
        StatsReport.Retention ret = r.retention();
        String retention = ret.reviews() == 0 ? msg.get("stats.retentionNone")
                : msg.get("stats.retentionValue", ret.recalled(), ret.reviews(), msg.percent(ret.fraction()));
        out.addAll(Layout.paragraph(Line.of(msg.get("stats.retention", r.reviewsPerDay().size()) + ": ",
                Style.BOLD, retention, Style.NORMAL), INDENT, width));
        String answers = ret.answers() == 0 ? msg.get("stats.answersNone")
                : msg.get("stats.answersValue", ret.answersRecalled(), ret.answers(),
                        msg.percent(ret.answersFraction()));
        out.addAll(Layout.paragraph(Line.of(msg.get("stats.answers", r.reviewsPerDay().size()) + ": ",
                Style.BOLD, answers, Style.NORMAL), INDENT, width));
        out.add(Line.EMPTY);
        out.add(Line.of(msg.get("stats.reviewsPerDay", r.reviewsPerDay().size()), Style.BOLD).indent(INDENT));
        List<Integer> reviews = r.reviewsPerDay().stream().map(StatsReport.DayCount::reviews).toList();
        String first = r.reviewsPerDay().isEmpty() ? "" : DAY.format(r.reviewsPerDay().get(0).day());
        out.addAll(chart(reviews, first, msg.get("stats.today"), width));
        out.add(Line.EMPTY);
        out.add(Line.of(msg.get("stats.forecast", days), Style.BOLD).indent(INDENT));
        out.addAll(chart(r.forecast(), msg.get("stats.today"), "+" + (days - 1), width));
        out.add(Line.EMPTY);
        out.add(Line.of(msg.get("stats.hardest"), Style.BOLD).indent(INDENT));
        out.addAll(hardest(r, msg, width));
        return out;
    }

    /** A vertical bar chart of {@code values}, one or two columns a value, labelled at both ends. */
    static List<Line> chart(List<Integer> values, String leftLabel, String rightLabel, int width) {
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        int axis = Math.max(3, Integer.toString(max).length()) + 1;
        int per = width - INDENT - axis - 2 >= values.size() * 2 ? 2 : 1;
        List<Line> out = new ArrayList<>();
        for (int row = 0; row < CHART_ROWS; row++) {
            String label = row == 0 ? Integer.toString(max) : row == CHART_ROWS - 1 ? "0" : "";
            StringBuilder bars = new StringBuilder();
            int floor = (CHART_ROWS - 1 - row) * 8;
            for (int v : values) {
                int level = max == 0 ? 0 : (int) Math.round((double) v / max * CHART_ROWS * 8);
                if (v > 0) {
                    level = Math.max(1, level);
                }
                char ch = level >= floor + 8 ? '█' : level > floor ? EIGHTHS.charAt(level - floor - 1) : ' ';
                bars.append(ch);
                if (per == 2) {
                    bars.append(' ');
                }
            }
            out.add(Line.of(" ".repeat(axis - label.length()) + label + " ┤", Style.MUTED, bars.toString(),
                    Style.BAR).indent(INDENT));
        }
        int span = values.size() * per;
        out.add(Line.of(" ".repeat(axis + 1) + "└" + "─".repeat(span), Style.MUTED).indent(INDENT));
        int gap = Math.max(1, span - DisplayWidth.of(leftLabel) - DisplayWidth.of(rightLabel));
        out.add(Line.of(" ".repeat(axis + 2) + leftLabel + " ".repeat(gap) + rightLabel, Style.MUTED)
                .indent(INDENT));
        return out;
    }

    private static List<Line> hardest(StatsReport r, Messages msg, int width) {
        List<Line> out = new ArrayList<>();
        if (r.hardest().isEmpty()) {
            out.add(Line.of(msg.get("tui.stats.noneStudied"), Style.MUTED).indent(INDENT + 2));
            return out;
        }
        int num = Math.max(10, Layout.labelWidth(msg.get("stats.difficulty"), msg.get("stats.lapses"),
                msg.get("stats.recall")));
        int termWidth = Math.max(10, width - 2 * INDENT - 2 - 3 * num);
        out.add(Line.of(DisplayWidth.pad(msg.get("tui.card.term"), termWidth) + DisplayWidth.padLeft(msg.get("stats.difficulty"), num)
                + DisplayWidth.padLeft(msg.get("stats.lapses"), num) + DisplayWidth.padLeft(msg.get("stats.recall"), num), Style.MUTED)
                .indent(INDENT + 2));
        for (StatsReport.HardCard h : r.hardest()) {
            Card c = h.card();
            String term = c.term().en() != null && c.term().zh() != null ? c.term().en() + " · " + c.term().zh()
                    : c.term().en() != null ? c.term().en() : c.term().zh();
            out.add(Line.of(DisplayWidth.pad(term, termWidth), Style.NORMAL,
                    DisplayWidth.padLeft(String.format(Locale.ROOT, "%.1f", h.difficulty()), num), Style.NORMAL,
                    DisplayWidth.padLeft(Integer.toString(h.lapses()), num), h.lapses() > 0 ? Style.BAD : Style.NORMAL,
                    DisplayWidth.padLeft(msg.percent(h.retrievability()), num), Style.NORMAL).indent(INDENT + 2));
        }
        return out;
    }

    static void paint(StatsPage p, TuiState state, Canvas c) {
        PageFrame.scrolled(c, state, state.msg().get("stats.title"), lines(p, state.msg(), c.width()), p.offset());
    }
}
