package dev.termdeck.cli;

import dev.termdeck.core.Plural;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckFiles;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.DeckUnion;
import dev.termdeck.deck.MergeResult;
import dev.termdeck.io.LockFile;
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

/** {@code termdeck merge}: unites two decks by card id into a third, keeping what people edited. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Unite decks by card id, keeping what people edited.",
            "A card in both takes B's content except fields edited only in A; a field edited in both takes B's.",
            "Cards in one deck only are kept. A and B are never changed."})
final class MergeCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first deck (name or file).")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The second deck (name or file); wins where both were edited.")
    String second;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "C",
            description = "The deck to write (name or file); must differ from A and B.")
    String out;

    @Option(names = "--force", description = "Replace C when it exists.")
    boolean force;

    MergeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path a = context.deckFiles().existing(first);
        Path b = context.deckFiles().existing(second);
        Path c = context.deckFiles().target(out);
        if (DeckFiles.same(c, a) || DeckFiles.same(c, b)) {
            throw TermdeckException.badRequest(c + ": --out must differ from the decks being merged, which termdeck "
                    + "never changes");
        }
        MergeResult r;
        Deck named;
        // Checked and written under C's lock: a build or an import of C meanwhile is not silently replaced.
        try (LockFile lock = DeckLock.acquire(c)) {
            if (Files.exists(c) && !force) {
                throw TermdeckException.badRequest(c + ": exists; choose another --out, or pass --force to replace"
                        + " it");
            }
            r = DeckUnion.unite(DeckJson.read(a), DeckJson.read(b));
            Deck d = r.deck();
            named = d.withName(DeckJson.nameOf(c), d.title());
            try {
                DeckJson.write(c, named);
            } catch (IOException e) {
                throw new TermdeckException(c + ": cannot write the deck (" + IoErrors.reason(e) + ")", e);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + c + ": " + Plural.of(named.cards().size(), "card") + " (" + r.kept() + " only in A, " + r.added()
                + " only in B, " + r.updated() + " in both and changed, " + r.unchanged() + " in both unchanged)");
        o.flush();
        return 0;
    }
}
