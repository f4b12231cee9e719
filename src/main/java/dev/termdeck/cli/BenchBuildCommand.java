package dev.termdeck.cli;

import dev.termdeck.bench.BuildScaleBench;
import dev.termdeck.core.TermdeckException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code termdeck bench build}: build time and peak memory as the corpus grows 1, 10 and 100 times. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build time and peak memory of 'termdeck build' in a child JVM, for the corpus repeated 1, 10 "
                + "and 100 times (documents with varied ids and one numbered sentence each), next to a two-document "
                + "build that shows the fixed cost, and of one large English and one large Chinese document; then the cost per "
                + "document above the fixed cost."})
final class BenchBuildCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--scales", paramLabel = "K", split = ",", defaultValue = "1,10,100",
            description = "How many times to repeat the corpus, one build size each (default: ${DEFAULT-VALUE}).")
    List<Integer> scales = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Builds per size; the median time is shown (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--large-mb", paramLabel = "MB", defaultValue = "2",
            description = "Also build one English and one Chinese document of this many MB (the corpus's documents "
                    + "one after another), 0 for none (default: ${DEFAULT-VALUE}).")
    double largeMb;

    @Option(names = "--lang", paramLabel = "en|zh|both", defaultValue = "both",
            description = "Languages each build extracts (default: ${DEFAULT-VALUE}).")
    BuildCommand.Languages lang;

    @Option(names = "--launcher", description = "Start each build with the termdeck launcher script (its JVM options "
            + "and class-data-sharing archive; --jvm options go in TERMDECK_JAVA_OPTS) instead of java directly.")
    boolean launcher;

    @Option(names = "--ceiling", description = "Also time the raw OpenNLP ceiling (sentences, tokens, tags) over the "
            + "same English text on one thread, warmed until its CPU time per pass is stable, three passes after each "
            + "build, and each build against the passes right after it.")
    boolean ceiling;

    @Option(names = "--jvm", paramLabel = "OPTION",
            description = "An option for the child JVMs, e.g. --jvm=-Xmx300m (repeatable).")
    List<String> jvm = new ArrayList<>();

    BenchBuildCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || scales.isEmpty() || scales.stream().anyMatch(k -> k < 1) || !(largeMb >= 0 && largeMb <= 15)) {
            throw TermdeckException.badRequest("--runs and every --scales value must be at least 1, --large-mb between "
                    + "0 and 15");
        }
        Path dir = corpus.resolve(context);
        PrintWriter out = spec.commandLine().getOut();
        Path script = null;
        if (launcher) {
            String install = System.getProperty("termdeck.install");
            script = install == null ? null : Path.of(install, "termdeck");
            if (script == null || !java.nio.file.Files.isExecutable(script)) {
                throw TermdeckException.badRequest("--launcher: no termdeck launcher script beside this installation");
            }
        }
        BuildScaleBench.run(new BuildScaleBench.Options(dir, scales, runs, jvm, largeMb,
                List.of("--lang", lang.name()), script, ceiling), out);
        out.flush();
        return 0;
    }
}
