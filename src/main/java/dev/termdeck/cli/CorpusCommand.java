package dev.termdeck.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code termdeck corpus}: lists the documents the corpus reader finds (or prints them as JSON lines). */
@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read the corpus: split scraped pages into abstracts, drop markers and boilerplate, detect "
                + "each document's language, remove duplicates, and list what is left."})
final class CorpusCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus directory or file (default: ./corpus).")
    Path corpus;

    @Option(names = "--json", description = "One JSON object a line: id, lang, chars, title (if any), text.")
    boolean json;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "16",
            description = "Skip corpus files larger than this (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    CorpusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (maxFileMb <= 0) {
            throw TermdeckException.usage("--max-file-mb must be positive, was " + maxFileMb);
        }
        Path dir = corpus != null ? context.dirs().workDir().resolve(corpus).normalize()
                : context.dirs().defaultCorpusDir();
        Corpus result = new CorpusReader(maxFileMb * 1024L * 1024L).read(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        result.problems().forEach(p -> err.println("termdeck: " + p));
        if (result.documents().isEmpty()) {
            throw new TermdeckException(dir + ": no English or Chinese documents found"
                    + (result.problems().isEmpty() ? "" : " (" + result.problems().size() + " problems above)"));
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
            for (Document d : result.documents()) {
                out.println(mapper.writeValueAsString(
                        new JsonLine(d.id(), d.lang().code(), d.chars(), d.title(), d.text())));
            }
        } else {
            printTable(out, result);
        }
        out.flush();
        return 0;
    }

    /** A table that fits an 80-column terminal (the smallest termdeck supports). */
    private static void printTable(PrintWriter out, Corpus result) {
        int idWidth = result.documents().stream().mapToInt(d -> Columns.width(d.id())).max().orElse(2);
        int textWidth = Math.max(20, 80 - 1 - (idWidth + 2 + 4 + 1 + 6 + 2));
        out.printf("%-" + idWidth + "s  %-4s %6s  %s%n", "ID", "LANG", "CHARS", "TITLE OR START");
        for (Document d : result.documents()) {
            String start = d.title() != null ? d.title() : d.text();
            out.printf("%-" + idWidth + "s  %-4s %6d  %s%n", d.id(), d.lang().code(), d.chars(),
                    Columns.truncate(start.replace('\n', ' '), textWidth));
        }
        out.printf("%d documents (%d en, %d zh) from %d files; %d duplicates dropped%n",
                result.documents().size(), result.count(Lang.EN), result.count(Lang.ZH), result.files().size(),
                result.duplicates());
    }

    /** The JSON line written per document. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "lang", "chars", "title", "text"})
    record JsonLine(String id, String lang, int chars, String title, String text) {
    }
}
