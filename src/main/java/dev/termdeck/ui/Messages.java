package dev.termdeck.ui;

import dev.termdeck.study.SessionSummary;
import dev.termdeck.core.Lang;
import dev.termdeck.study.answer.AnswerCheck;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.Phase;
import dev.termdeck.study.store.ProgressStoreException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The UI strings of termdeck in one language, from the resource bundles
 * {@code src/main/resources/dev/termdeck/ui/Messages.properties} (English) and {@code Messages_zh.properties}
 * (Chinese), both UTF-8. Every view (plain, TUI) and the study command get their text here; keys are documented in
 * the English file. Patterns use {@link MessageFormat}. Immutable and thread-safe.
 */
public final class Messages {
    private static final String BUNDLE = "dev.termdeck.ui.Messages";

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang, ResourceBundle bundle) {
        this.lang = lang;
        this.bundle = bundle;
    }

    /** The strings in {@code lang}. */
    public static Messages of(Lang lang) {
        Objects.requireNonNull(lang, "lang");
        Locale locale = lang == Lang.ZH ? Locale.CHINESE : Locale.ROOT;
        // No fallback to the JVM's default locale: an English UI on a Chinese system stays English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(lang, bundle);
    }

    /**
     * The UI language: the command line's if given, else the saved setting, else Chinese for a Chinese locale and
     * English otherwise.
     */
    public static Lang chooseLang(Lang commandLine, Lang saved, Locale locale) {
        if (commandLine != null) {
            return commandLine;
        }
        if (saved != null) {
            return saved;
        }
        return "zh".equals(locale.getLanguage()) ? Lang.ZH : Lang.EN;
    }

    public Lang lang() {
        return lang;
    }

    /** The string for {@code key}, with {@code args} formatted in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no UI string '" + key + "'", e);
        }
        return new MessageFormat(pattern, lang == Lang.ZH ? Locale.CHINESE : Locale.ENGLISH).format(args);
    }

    /** Whether {@code key} exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** "Good", "良好". */
    public String grade(Grade g) {
        return get("grade." + g.code());
    }

    /** "English → Chinese". */
    public String direction(Direction d) {
        return get("direction." + d.code());
    }

    /** "Type the answer". */
    public String mode(Mode m) {
        return get("mode." + m.code());
    }

    /** "new", "review". */
    public String phase(Phase p) {
        return get("phase." + p.name().toLowerCase(Locale.ROOT));
    }

    /** "Correct", "Almost", "Not quite". */
    public String verdict(AnswerCheck.Verdict v) {
        return get("verdict." + v.name().toLowerCase(Locale.ROOT));
    }

    /** "the abstract", "termdeck's dictionary": where a definition comes from, by its code in deck files. */
    public String definitionSource(String code) {
        String key = "definition.from." + code;
        return has(key) ? get(key) : code;
    }

    /** "3 cards have no definition and are left out of this direction."; {@code null} when none were. */
    public String skipped(SessionSummary.Skipped s) {
        return s.count() == 0 ? null
                : get("session.skipped." + s.reason().name().toLowerCase(Locale.ROOT), s.count());
    }

    /** What an undo took back, naming the card by {@code term}: "Took back the answer to …", "… is back in …". */
    public String undone(dev.termdeck.study.Undone.Kind kind, String term) {
        return get("undone." + kind.name().toLowerCase(Locale.ROOT), term);
    }

    /** The one-line message for a progress store problem, in this language. */
    public String storeProblem(ProgressStoreException e) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage().lines().findFirst().orElse("") : "";
        String key = "error.store." + e.problem().name().toLowerCase(Locale.ROOT) + (e.backup() != null ? ".backup" : "");
        return get(key, String.valueOf(e.file()), detail, e.backup() != null ? e.backup().day().toString() : "");
    }

    /** A duration as minutes (or seconds under a minute). */
    public String duration(long millis) {
        long s = Math.round(millis / 1000.0);
        return s < 60 ? get("time.seconds", s) : get("time.minutes", Math.round(s / 60.0));
    }

    /** A fraction as a whole percentage ({@code 83%}). */
    public String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
