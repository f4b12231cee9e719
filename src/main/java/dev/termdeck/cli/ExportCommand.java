package dev.termdeck.cli;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckFiles;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.exchange.ExportDirection;
import dev.termdeck.exchange.ExportOptions;
import dev.termdeck.exchange.ExportReport;
import dev.termdeck.exchange.Exports;
import dev.termdeck.exchange.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code termdeck export}: writes a deck as an Anki package, Anki or Quizlet text, CSV, or a printable glossary. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export a deck as an Anki package, Anki or Quizlet text, CSV, or a printable glossary.",
            "The deck file is never changed; the output is written atomically."},
        footer = {"", "Formats: apkg (Anki package), anki-tsv (Anki text import),",
            "quizlet (term TAB definition), csv (every field),",
            "md and html (bilingual glossary handout; html prints on A4).",
            "docs/exchange.md says what --direction does in each format."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECK", description = "A deck name in the decks directory, or a deck file.")
    String deck;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "apkg, anki-tsv, quizlet, csv, md or html.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Output file or directory (default: the deck file's name with the format's suffix, here);"
                    + " - for standard output.")
    String out;

    @Option(names = "--direction", paramLabel = "DIR",
            description = "en-zh, zh-en or both (default): which side is the prompt.")
    String direction;

    @Option(names = "--force", description = "Replace the output file when it exists.")
    boolean force;

    @Option(names = "--allow-formulas",
            description = "Write fields starting with = + - @ as they are (by default csv, anki-tsv and quizlet put"
                    + " an apostrophe or a character reference in front, so that spreadsheets do not run them).")
    boolean allowFormulas;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Format f = Format.of(format);
        if (f == Format.CSV && direction != null) {
            throw TermdeckException.badRequest("--direction does not apply to csv, which carries every field");
        }
        ExportDirection d = direction == null ? ExportDirection.BOTH : ExportDirection.of(direction);
        Path deckFile = context.deckFiles().existing(deck);
        Deck loaded = DeckJson.read(deckFile);
        ExportOptions options = new ExportOptions(d, context.clock().instant(), allowFormulas);
        ExportReport report = "-".equals(out) ? toStandardOutput(loaded, f, options) : toFile(deckFile, loaded, f,
                options);
        PrintWriter err = spec.commandLine().getErr();
        report.leftOutWarning(d).ifPresent(w -> err.println("termdeck: warning: " + w
                + (report.bothWaysKeepsThem(d) ? "; --direction both keeps them" : "")));
        if ((f == Format.HTML || f == Format.MD) && ChineseFonts.missing(context.env())) {
            err.println("termdeck: warning: no font for Chinese on this machine (fc-list :lang=zh lists none): the"
                    + " handout's Chinese prints as boxes here; install one (Debian: fonts-noto-cjk) or print it on"
                    + " a machine that has one");
        }
        err.flush();
        return 0;
    }

    /** Writes the export to its file, atomically, and says so on standard output. */
    private ExportReport toFile(Path deckFile, Deck loaded, Format f, ExportOptions options) throws IOException {
        Path work = context.dirs().workDir();
        Path target = out == null ? Exports.defaultOutput(deckFile, f, work) : work.resolve(out).normalize();
        if (out != null && (out.endsWith("/") || out.endsWith(java.io.File.separator)) || Files.isDirectory(target)) {
            target = Exports.defaultOutput(deckFile, f, target);
        }
        if (DeckFiles.same(target, deckFile)) {
            throw TermdeckException.badRequest(target + ": is the deck being exported; choose another --out");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new TermdeckException(target + ": not a regular file (a device, a pipe or a socket); termdeck writes"
                    + " exports to regular files, or to standard output with -o -");
        }
        if (Files.exists(target) && !force) {
            throw TermdeckException.badRequest(target + ": exists; pass --force to replace it, or choose another"
                    + " --out");
        }
        ExportReport report;
        try {
            report = Exports.export(loaded, f, options, target);
        } catch (IOException e) {
            throw new TermdeckException(target + ": cannot write the export (" + IoErrors.reason(e) + ")", e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + target + " (" + f + ", " + report.summary() + ")");
        o.flush();
        return report;
    }

    /** Writes the export's bytes to standard output ({@code -o -}), nothing else. */
    private ExportReport toStandardOutput(Deck loaded, Format f, ExportOptions options) throws IOException {
        if (f == Format.APKG && context.interactive()) {
            throw TermdeckException.badRequest("an Anki package is binary: redirect standard output to a file"
                    + " (-o - > deck.apkg), or name the file with -o");
        }
        spec.commandLine().getOut().flush();
        ExportReport report = Exports.export(loaded, f, options, context.stdout());
        context.stdout().flush();
        return report;
    }
}
