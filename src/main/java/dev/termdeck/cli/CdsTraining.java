package dev.termdeck.cli;

import dev.termdeck.bench.SyntheticDeck;
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
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The training run for the class data sharing archive: the launcher runs this once after each build with
 * {@code -XX:DumpLoadedClassList} and dumps a static archive from the list, so that the archive holds the classes
 * the everyday commands load (the JVM then maps them instead of loading and verifying them on every start),
 * whichever command happens to run first. It runs
 * commands in-process against a throwaway data directory and prints nothing. To cover another command's start-up,
 * add a run of it to {@link #main}.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempDirectory("termdeck-cds");
        try {
            Path decks = tmp.resolve("decks");
            Path deck = decks.resolve("training" + DeckJson.SUFFIX);
            DeckJson.write(deck, SyntheticDeck.generate("training", 40, new Random(1)));
            Path corpus = Files.createDirectories(tmp.resolve("corpus"));
            Files.writeString(corpus.resolve("a.txt"), "Dropout randomly zeroes activations during training.\n\n"
                    + "随机失活在训练中随机将激活置零。\n");
            run(tmp, "", "--version");
            run(tmp, "", "--help");
            run(tmp, "", "corpus", "--corpus", corpus.toString());
            run(tmp, "\n3\nmodel\n\n:undo\n\n1\n", "study", "--plain", "--lang", "en", deck.toString());
            run(tmp, "a\n\n", "study", "--plain", "--lang", "zh", "--mode", "choice", deck.toString());
            run(tmp, "", "study", "--no-such-option");
            rehearseFullScreen(tmp, deck);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The full-screen UI on a virtual terminal (a real one would need a tty), over the training deck. */
    private static void rehearseFullScreen(Path tmp, Path deck) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("tui"));
        SettingsFile settings = new SettingsFile(data.resolve("settings.json"));
        Settings defaults = Settings.defaults().withUiLang(Lang.EN);
        try (ProgressStore store = ProgressStore.open(data.resolve("progress.db"))) {
            Library library = new Library(DeckLoader.load(List.of(deck)), store,
                    FsrsParameters.defaults(), new AnswerChecker(StudyCommand.chineseScript()), Clock.systemUTC(),
                    new Random(1));
            ScriptedRun.run(new StudyRun(library, RunChoices.NONE, Lang.EN, defaults, settings, true));
        }
    }

    private static void run(Path tmp, String stdin, String... args) {
        Map<String, String> env = Map.of("TERMDECK_HOME", tmp.resolve("data").toString());
        CliContext context = new CliContext(AppDirs.of(env, tmp.toString(), null, tmp), Clock.systemUTC(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, false);
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Main.run(context, nowhere, nowhere, args);
    }
}
