package dev.termdeck.tui;

import dev.termdeck.study.settings.Setting;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.ui.DisplayWidth;
import dev.termdeck.ui.Messages;
import java.util.List;
import java.util.Locale;

/** Draws the settings: a label and a {@code ◀ value ▶} per row, the selected row in reverse video. Stateless. */
final class SettingsPainter {
    private static final int INDENT = 4;

    private SettingsPainter() {
    }

    static void paint(SettingsPage p, TuiState state, Canvas c) {
        Messages msg = state.msg();
        int bottom = PageFrame.frame(c, state, Line.of("termdeck", Style.BOLD, "  " + msg.get("settings.title"),
                Style.NORMAL), Line.EMPTY, List.of(new Hint("↑↓", msg.get("tui.hint.select")),
                new Hint("←→", msg.get("tui.hint.change")), new Hint("Enter", msg.get("tui.hint.saveBack"))));
        Setting[] rows = Setting.values();
        String[] labels = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = label(rows[i], msg);
        }
        int lw = Layout.labelWidth(labels);
        int row = PageFrame.BODY_TOP + 1;
        for (int i = 0; i < rows.length && row < bottom; i++) {
            boolean sel = rows[i] == p.selected();
            Line line = Line.of(sel ? "▶ " : "  ", Style.ACCENT, DisplayWidth.pad(labels[i], lw), Style.NORMAL,
                    sel ? "◀ " : "  ", Style.ACCENT, value(rows[i], p.draft(), msg), Style.BOLD,
                    sel ? " ▶" : "", Style.ACCENT);
            c.draw(INDENT - 2, row, sel ? Layout.selected(line, c.width() - 2 * INDENT) : line);
            row += 2;
        }
        if (row < bottom) {
            c.draw(INDENT, row, Line.of(msg.get("tui.settings.file", state.settings().fileName()), Style.MUTED));
        }
    }

    static String label(Setting r, Messages msg) {
        return msg.get(switch (r) {
            case UI_LANG -> "settings.uiLang";
            case DIRECTION -> "settings.direction";
            case MODE -> "settings.mode";
            case NEW_PER_DAY -> "settings.newPerDay";
            case REVIEWS_PER_DAY -> "settings.reviewsPerDay";
            case RETENTION -> "settings.retention";
        });
    }

    static String value(Setting r, Settings s, Messages msg) {
        return switch (r) {
            case UI_LANG -> s.uiLang() == null ? msg.get("settings.uiLang.auto")
                    : msg.get("tui.lang.autonym." + s.uiLang().code());
            case DIRECTION -> msg.direction(s.direction());
            case MODE -> msg.mode(s.mode());
            case NEW_PER_DAY -> Integer.toString(s.newPerDay());
            case REVIEWS_PER_DAY -> Integer.toString(s.reviewsPerDay());
            case RETENTION -> String.format(Locale.ROOT, "%.2f", s.desiredRetention());
        };
    }
}
