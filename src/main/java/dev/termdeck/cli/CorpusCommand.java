package dev.termdeck.cli;

import dev.termdeck.core.Plural;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.corpus.Paper;
import dev.termdeck.ui.DisplayWidth;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code termdeck corpus}: lists the papers the corpus reader finds, each with its languages ({@code en+zh} for an
 * abstract read with its translation), or prints them as JSON lines in the JSONL corpus format.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read the corpus: split scraped pages into abstracts, drop markers and boilerplate, detect "
                + "each document's language, read an abstract with its translation as one paper, remove duplicates, and list "
                + "the papers with their languages."})
final class CorpusCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--json", description = "One JSON object a line: id, lang, chars, title (if any), text, translations (if any).")
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
            throw TermdeckException.badRequest("--max-file-mb must be positive, was " + maxFileMb);
        }
        Path dir = corpus.resolve(context);
        Corpus result = new CorpusReader(maxFileMb * 1024L * 1024L).read(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        result.problems().forEach(p -> err.println("termdeck: " + p));
        if (result.documents().isEmpty()) {
            throw new TermdeckException(dir + ": no English or Chinese documents found"
                    + (result.problems().isEmpty() ? "" : " (" + Plural.of(result.problems().size(), "problem") + " above)"));
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
            for (Paper p : result.papers()) {
                Document d = p.original();
                Map<String, String> translations = new LinkedHashMap<>();
                p.translation().ifPresent(t -> translations.put(t.lang().code(), t.text()));
                out.println(mapper.writeValueAsString(
                        new JsonLine(d.id(), d.lang().code(), d.chars(), d.title(), d.text(), translations)));
            }
        } else {
            printTable(out, result);
        }
        out.flush();
        return 0;
    }

    /** A table that fits an 80-column terminal (the smallest termdeck supports). */
    private static void printTable(PrintWriter out, Corpus result) {
        int idWidth = result.papers().stream().mapToInt(p -> DisplayWidth.of(p.id())).max().orElse(2);
        int textWidth = Math.max(20, 80 - 1 - (idWidth + 2 + 5 + 1 + 6 + 2));
        out.printf("%-" + idWidth + "s  %-5s %6s  %s%n", "ID", "LANG", "CHARS", "TITLE OR START");
        for (Paper p : result.papers()) {
            Document d = p.original();
            String start = d.title() != null ? d.title() : d.text();
            String langs = String.join("+", p.languages().stream().map(Lang::code).toList());
            out.printf("%-" + idWidth + "s  %-5s %6d  %s%n", p.id(), langs, d.chars(),
                    DisplayWidth.truncate(start.replace('\n', ' '), textWidth));
        }
        long both = result.papers().stream().filter(Paper::isBilingual).count();
        out.printf("%d papers (%d en, %d zh, %d en+zh) from %d files; %d duplicates dropped%n",
                result.papers().size(), result.countPapers(List.of(Lang.EN)), result.countPapers(List.of(Lang.ZH)),
                both, result.files().size(), result.duplicates());
    }

    /** The JSON line written per paper: the JSONL corpus format, so the output reads back as a corpus. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"id", "lang", "chars", "title", "text", "translations"})
    record JsonLine(String id, String lang, int chars, String title, String text, Map<String, String> translations) {
    }
}
