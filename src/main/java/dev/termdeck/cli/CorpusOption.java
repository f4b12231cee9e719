package dev.termdeck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --corpus} option of every command that reads the corpus (a picocli mixin), resolved one way: relative
 * to the working directory, {@code ./corpus} when not given.
 */
final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus directory or file (default: ./corpus).")
    Path corpus;

    /** The corpus directory or file the command reads. */
    Path resolve(CliContext context) {
        return corpus != null ? context.dirs().workDir().resolve(corpus).normalize()
                : context.dirs().defaultCorpusDir();
    }
}
