package dev.termdeck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.Lang;
import dev.termdeck.core.Plural;
import dev.termdeck.core.SafeText;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.corpus.Paper;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.eval.KeyphraseEvaluation;
import dev.termdeck.extract.Selection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code termdeck keyphrases}: prints each English document's keyphrases, the index keys of the keyphrase line
 * ({@link KeyphraseRun.Line}): the document's terms before the deck-level card rules, at {@link Selection#KEYPHRASES}
 * (or the N best at any score), exactly as {@code termdeck eval --keyphrases} scores them.
 */
@Command(name = "keyphrases", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the keyphrases (index keys) of each English document of the corpus, best first: its "
                + "terms before the card rules, as 'termdeck eval --keyphrases' scores them.",
            "English only: documents with no English version are skipped (one note on stderr)."})
final class KeyphrasesCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--json", description = "A JSON array of {document, keyphrases}.")
    boolean json;

    @Option(names = "--top", paramLabel = "N",
            description = "The N best terms of each document, whatever their score (default: up to "
                    + Selection.DEFAULT_PER_DOCUMENT + "+" + Selection.SCORE_DROP_EXTRA
                    + " where the scores do not drop).")
    Integer top;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "16",
            description = "Skip corpus files larger than this (default: ${DEFAULT-VALUE}), as corpus does.")
    int maxFileMb;

    KeyphrasesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (top != null && top < 1) {
            throw TermdeckException.badRequest("--top must be at least 1, was " + top);
        }
        if (maxFileMb <= 0) {
            throw TermdeckException.badRequest("--max-file-mb must be positive, was " + maxFileMb);
        }
        Path dir = corpus.resolve(context);
        Corpus read = new CorpusReader(maxFileMb * 1024L * 1024L).read(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        read.problems().forEach(p -> err.println("termdeck: " + p));
        List<Document> english = new ArrayList<>();
        int skipped = 0;
        for (Paper p : read.papers()) {
            var en = p.version(Lang.EN);
            if (en.isPresent()) {
                english.add(en.get());
            } else {
                skipped++;
            }
        }
        if (english.isEmpty()) {
            throw new TermdeckException(dir + ": no English documents found (keyphrases are English only)"
                    + (read.problems().isEmpty() ? "" : " (" + Plural.of(read.problems().size(), "problem")
                            + " above)"));
        }
        if (skipped > 0) {
            err.println("termdeck: skipped " + Plural.of(skipped, "Chinese-only document")
                    + " (keyphrases are English only)");
        }
        Selection selection = top == null ? Selection.KEYPHRASES : new Selection(top, 0, 0);
        Deck deck = KeyphraseRun.Line.load().assemble(english, selection, false);
        Map<String, List<Card>> byDoc = KeyphraseEvaluation.cardsByDocument(deck);
        List<Keys> keys = english.stream().map(d -> new Keys(d.id(),
                byDoc.getOrDefault(d.id(), List.of()).stream().map(KeyphraseEvaluation::name).toList())).toList();
        if (json) {
            // Several lines of JSON, whose strings escape every control: printed as they are, not as one line.
            out.print(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(keys));
            out.println();
        } else {
            for (Keys k : keys) {
                out.println(SafeText.forTerminal(k.document()) + ":" + (k.keyphrases().isEmpty() ? ""
                        : " " + SafeText.forTerminal(String.join("; ", k.keyphrases()))));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * One document's keyphrases, as printed.
     *
     * @param document   the document's id, as {@code termdeck corpus} lists it
     * @param keyphrases its keyphrases, best first
     */
    record Keys(String document, List<String> keyphrases) {
        Keys {
            keyphrases = List.copyOf(keyphrases);
        }
    }
}
