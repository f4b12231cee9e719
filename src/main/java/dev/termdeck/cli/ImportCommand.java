package dev.termdeck.cli;

import dev.termdeck.core.Plural;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckFiles;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.Generated;
import dev.termdeck.exchange.Format;
import dev.termdeck.exchange.Imports;
import dev.termdeck.io.InputFiles;
import dev.termdeck.io.LockFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code termdeck import}: reads Anki text, CSV or Quizlet text into a new deck, or merges it into an existing one. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import cards from an Anki package, Anki text, CSV or Quizlet text into a deck.",
            "Into an existing deck, the cards are merged: changed fields are taken and marked as edited,",
            "so a rebuild keeps them; nothing in the deck is dropped. The input file is never changed."})
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to read.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "apkg, anki-tsv, csv or quizlet (default: told from the file name and first line).")
    String format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DECK",
            description = "The deck to write: a name in the decks directory, or a deck file.")
    String out;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Format f = format == null ? null : Format.of(format);
        if (f != null && !f.importable()) {
            throw TermdeckException.badRequest("termdeck cannot import " + f + " (it imports " + Format.list(true) + ")");
        }
        Path input = context.dirs().workDir().resolve(file);
        if (InputFiles.isSpecial(input)) {
            throw new TermdeckException(input + ": " + InputFiles.NOT_REGULAR);
        }
        if (!Files.isRegularFile(input)) {
            throw new TermdeckException(input + ": no such file");
        }
        Path target = context.deckFiles().target(out);
        if (DeckFiles.same(input, target)) {
            throw TermdeckException.badRequest(target + ": is the file being imported; choose another --out");
        }
        Imports.Outcome r;
        // Read, merge and write under the deck's lock: a build or an edit meanwhile is merged, not overwritten.
        try (LockFile lock = DeckLock.acquire(target)) {
            Deck existing = Files.exists(target) ? DeckJson.read(target) : null;
            Generated generated = new Generated(Version.tool(), context.clock().instant().toString(), List.of());
            r = Imports.read(input, f, DeckJson.nameOf(target), existing, generated,
                    StudyCommand.chineseScript());
            try {
                DeckJson.write(target, r.deck());
            } catch (IOException e) {
                throw new TermdeckException(target + ": cannot write the deck (" + IoErrors.reason(e) + ")", e);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        r.warnings().forEach(w -> err.println("termdeck: warning: " + w));
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        if (r.merge() == null) {
            o.println("imported " + Plural.of(r.deck().cards().size(), "card") + " (" + r.format() + ") into "
                    + target);
        } else {
            o.println("merged " + input.getFileName() + " (" + r.format() + ") into " + target + ": "
                    + r.merge().added() + " added, " + r.merge().updated() + " updated, " + r.merge().unchanged()
                    + " unchanged, " + r.merge().kept() + " not in the file (kept)");
        }
        o.flush();
        return 0;
    }
}
