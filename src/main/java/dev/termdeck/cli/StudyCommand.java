package dev.termdeck.cli;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.plain.PlainView;
import dev.termdeck.study.DeckLoader;
import dev.termdeck.study.Library;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.StudyView;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import dev.termdeck.study.store.PendingStore;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.study.store.ProgressBackups;
import dev.termdeck.study.store.ProgressStoreException;
import dev.termdeck.tui.TuiView;
import dev.termdeck.ui.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code termdeck study}: drills the cards of one or more decks, in the full-screen UI or line by line
 * ({@code --plain}, and whenever standard input or output is not a terminal, or {@code TERM=dumb}).
 */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Study decks in the terminal (the default command).",
            "Without DECK: every deck in the decks directory (the bundled ones if there is none).",
            "Options not given come from the saved settings."})
final class StudyCommand implements Callable<Integer> {
    private final CliContext context;
    private final StudyHeadStart headStart;
    private final PrintWriter out;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DECK", arity = "0..*",
            description = "Deck names (in ./decks) or paths to *.deck.json files or directories.")
    List<String> decks = new ArrayList<>();

    @Option(names = "--direction", paramLabel = "DIR", converter = DirectionConverter.class,
            description = "en-zh, zh-en, term-def, def-term or mixed.")
    Direction direction;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "flip (reveal and grade yourself), type, choice or cloze.")
    Mode mode;

    @Option(names = "--lang", paramLabel = "LANG", converter = LangConverter.class,
            description = "UI language: en or zh (default: the saved setting, else the system locale).")
    Lang lang;

    @Option(names = "--new", paramLabel = "N", description = "New cards per day (default: saved setting, 20).")
    Integer newPerDay;

    @Option(names = "--limit", paramLabel = "N", description = "Reviews per day (default: saved setting, 200).")
    Integer reviewsPerDay;

    @Option(names = "--tag", paramLabel = "TAG",
            description = "Study only the cards with this tag (a teacher's week1, say).")
    String tag;

    @Option(names = "--plain", description = "Line-by-line study for pipes, scripts and screen readers.")
    boolean plain;

    /** The option that puts the newest daily backup of the progress database back before studying. */
    static final String RESTORE = "--restore-backup";

    @Option(names = RESTORE, description = "Put back the newest daily backup of your progress (after the database "
            + "was damaged) and study; the database replaced is kept beside it.")
    boolean restoreBackup;

    @Option(names = "--no-color", description = "No colours in the full-screen UI (as NO_COLOR does).")
    boolean noColor;

    StudyCommand(CliContext context, StudyHeadStart headStart) {
        this(context, headStart, null);
    }

    /** Study with every option at its default, without picocli, printing to {@code out}. */
    StudyCommand(CliContext context, StudyHeadStart headStart, PrintWriter out) {
        this.context = context;
        this.headStart = headStart;
        this.out = out;
    }

    private PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    @Override
    public Integer call() throws IOException {
        if (newPerDay != null && newPerDay < 0 || reviewsPerDay != null && reviewsPerDay < 0) {
            throw TermdeckException.badRequest("--new and --limit must not be negative");
        }
        if (restoreBackup) {
            Path db = context.dirs().progressDb();
            ProgressBackups.Backup b;
            try {
                b = ProgressBackups.restoreLatest(db, LocalDateTime.now(context.clock()));
            } catch (ProgressStoreException e) {
                throw new TermdeckException(e.getMessage(), e);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("termdeck: " + db + ": restored the backup of " + b.day() + " (" + b.file()
                    + "); the database it replaced is kept beside it as " + db.getFileName() + ".damaged-*");
            err.flush();
        }
        // The terminal, the progress database and the decks are made ready at the same time.
        StudyView view = view();
        PendingStore opening = headStart.store(context.dirs().progressDb());
        try {
            return study(opening, view);
        } catch (RuntimeException | IOException e) {
            view.discard();
            opening.discard();
            throw e;
        }
    }

    /** The plain view, or the full-screen one, which starts acquiring the terminal now. */
    private StudyView view() {
        boolean linewise = plain || !context.interactive() || "dumb".equals(context.env().get("TERM"));
        if (linewise) {
            return new PlainView(new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)),
                    out());
        }
        String trace = context.env().get("TERMDECK_TUI_TRACE");
        return TuiView.acquiring(out(), trace == null || trace.isBlank() ? null : Path.of(trace));
    }

    private int study(PendingStore opening, StudyView view) throws IOException {
        SettingsFile settingsFile = new SettingsFile(context.dirs().settingsFile());
        Optional<Settings> saved = settingsFile.load();
        Settings settings = saved.orElse(Settings.defaults());
        Lang uiLang = Messages.chooseLang(lang, settings.uiLang(), Locale.getDefault());
        Messages msg = Messages.of(uiLang);
        RunChoices choices = new RunChoices(lang, direction, mode, newPerDay, reviewsPerDay, tag);
        List<LoadedDeck> loaded = DeckLoader.load(context.deckFiles().selected(decks), headStart);
        if (choices.tag() != null) {
            requireTag(loaded, choices.tag());
        }

        // Study days start at 04:00 in the learner's own zone.
        Clock clock = context.clock().withZone(ZoneId.systemDefault());
        FsrsParameters params = FsrsParameters.defaults().withDesiredRetention(settings.desiredRetention());
        try (ProgressStore store = opening.get()) {
            Library library = new Library(loaded, store, params, new AnswerChecker(chineseScript()), clock,
                    new Random());
            return view.run(new StudyRun(library, choices, uiLang, settings, settingsFile, saved.isEmpty(),
                    color()));
        } catch (ProgressStoreException e) {
            throw new TermdeckException(msg.storeProblem(e), e);
        }
    }

    /** Colour unless {@code --no-color}, or {@code NO_COLOR} set to anything but the empty string (no-color.org). */
    private boolean color() {
        String env = context.env().get("NO_COLOR");
        return !noColor && (env == null || env.isEmpty());
    }

    /** A usage error naming the tags there are, when no card of {@code decks} has {@code tag}. */
    private static void requireTag(List<LoadedDeck> decks, String tag) {
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (LoadedDeck d : decks) {
            d.deck().cards().forEach(c -> tags.addAll(c.tags()));
        }
        if (!tags.contains(tag)) {
            throw TermdeckException.badRequest("no card is tagged '" + tag + "'"
                    + (tags.isEmpty() ? " (the cards have no tags)" : " (tags: " + String.join(", ",
                            tags.stream().limit(20).toList()) + (tags.size() > 20 ? ", ..." : "") + ")"));
        }
    }

    /**
     * What the study core asks about Chinese script, answered by the HanLP adapter of the Chinese extractor. HanLP is
     * loaded on the first answer that needs converting (most sessions never do): the lambda, unlike a method
     * reference, does not even load the adapter's class before then.
     */
    static ChineseScript chineseScript() {
        return ChineseScript.lazy(() -> HanLpChinese.get());
    }

    /** Option values by their codes ({@code en-zh}, {@code type}, {@code zh}); a bad one is a usage error. */
    private abstract static class CodeConverter<T> implements ITypeConverter<T> {
        private final Function<String, T> parse;

        CodeConverter(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --direction}. */
    static final class DirectionConverter extends CodeConverter<Direction> {
        DirectionConverter() {
            super(Direction::of);
        }
    }

    /** {@code --mode}. */
    static final class ModeConverter extends CodeConverter<Mode> {
        ModeConverter() {
            super(Mode::of);
        }
    }

    /** {@code --lang}. */
    static final class LangConverter extends CodeConverter<Lang> {
        LangConverter() {
            super(Lang::of);
        }
    }
}
