package dev.termdeck.cli;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.io.AppDirs;
import dev.termdeck.study.DeckLoader;
import dev.termdeck.study.Library;
import dev.termdeck.study.StudyRun;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.settings.RunChoices;
import dev.termdeck.study.settings.Settings;
import dev.termdeck.study.settings.SettingsFile;
import dev.termdeck.study.store.ProgressStore;
import dev.termdeck.tui.ScriptedRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The training run for the class data sharing archive: the launcher runs this once after each build with
 * {@code -XX:DumpLoadedClassList} and dumps a static archive from the list, so that the archive holds the classes
 * the everyday commands load (the JVM then maps them instead of loading and verifying them on every start),
 * whichever command happens to run first. It runs commands in-process against a throwaway data directory (deleted
 * afterwards), over a deck of made-up cards shipped as a resource, and prints nothing; a command that does not end
 * as expected fails the run, so a broken command cannot quietly train a smaller archive. To cover another command's
 * start-up, add a run of it to {@link #train}.
 */
public final class CdsTraining {
    /** 40 made-up cards with every field a built deck has (pinyin, abbreviations, definitions, sources). */
    private static final String TRAINING_DECK = "cds-training.deck.json";

    /**
     * One command of the training and how it ended.
     *
     * @param args     the command line ({@code [full-screen UI]} for the scripted run of the full-screen UI)
     * @param expected the exit code it should end with
     * @param exitCode the exit code it ended with
     * @param err      what it wrote to standard error
     */
    record Run(List<String> args, int expected, int exitCode, String err) {
        boolean asExpected() {
            return exitCode == expected;
        }
    }

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        for (Run r : train(Path.of(System.getProperty("java.io.tmpdir")))) {
            if (!r.asExpected()) {
                throw new IllegalStateException("training run " + r.args() + " exited with " + r.exitCode()
                        + ", not " + r.expected() + ": " + r.err().strip());
            }
        }
    }

    /**
     * Runs every command of the training in a new temporary directory under {@code parent}, deleted afterwards; how
     * each ended.
     */
    static List<Run> train(Path parent) throws IOException {
        Path tmp = Files.createTempDirectory(parent, "termdeck-cds");
        try {
            Path decks = tmp.resolve("decks");
            Path deck = Files.createDirectories(decks).resolve("training" + DeckJson.SUFFIX);
            try (InputStream in = CdsTraining.class.getResourceAsStream(TRAINING_DECK)) {
                Files.copy(in, deck);
            }
            // Read and written again, as an edit would: the deck writer's classes belong in the archive too.
            DeckJson.write(deck, DeckJson.read(deck));
            Path corpus = Files.createDirectories(tmp.resolve("corpus"));
            Files.writeString(corpus.resolve("a.txt"), "Dropout randomly zeroes activations during training.\n\n"
                    + "随机失活在训练中随机将激活置零。\n");
            List<Run> runs = new ArrayList<>();
            runs.add(run(tmp, "", Failure.OK, "--version"));
            runs.add(run(tmp, "", Failure.OK, "--help"));
            runs.add(run(tmp, "", Failure.OK, "corpus", "--corpus", corpus.toString()));
            runs.add(run(tmp, "\n3\nmodel\n\n:undo\n\n1\n", Failure.OK, "study", "--plain", "--lang", "en",
                    deck.toString()));
            runs.add(run(tmp, "a\n\n", Failure.OK, "study", "--plain", "--lang", "zh", "--mode", "choice",
                    deck.toString()));
            runs.add(run(tmp, "", Failure.USAGE, "study", "--no-such-option"));
            int answered = rehearseFullScreen(tmp, deck);
            runs.add(new Run(List.of("[full-screen UI]"), Failure.OK, answered > 0 ? Failure.OK : Failure.RUNTIME,
                    answered + " answers"));
            return runs;
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The full-screen UI on a virtual terminal (a real one would need a tty), over the training deck. */
    private static int rehearseFullScreen(Path tmp, Path deck) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("tui"));
        SettingsFile settings = new SettingsFile(data.resolve("settings.json"));
        Settings defaults = Settings.defaults().withUiLang(Lang.EN);
        try (ProgressStore store = ProgressStore.open(data.resolve("progress.db"))) {
            Library library = new Library(DeckLoader.load(List.of(deck)), store,
                    FsrsParameters.defaults(), new AnswerChecker(StudyCommand.chineseScript()), Clock.systemUTC(),
                    new Random(1));
            return ScriptedRun.run(new StudyRun(library, RunChoices.NONE, Lang.EN, defaults, settings, true));
        }
    }

    private static Run run(Path tmp, String stdin, int expected, String... args) {
        Map<String, String> env = Map.of("TERMDECK_HOME", tmp.resolve("data").toString());
        CliContext context = new CliContext(AppDirs.of(env, tmp.toString(), null, tmp), Clock.systemUTC(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, false);
        StringWriter err = new StringWriter();
        int code = Main.run(context, new PrintWriter(Writer.nullWriter()), new PrintWriter(err), args);
        return new Run(List.of(args), expected, code, err.toString());
    }
}
