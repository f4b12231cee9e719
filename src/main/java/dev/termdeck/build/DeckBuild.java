package dev.termdeck.build;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusProblem;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.DeckMerger;
import dev.termdeck.deck.MergeResult;
import dev.termdeck.extract.BuildStage;
import dev.termdeck.extract.DeckSpec;
import dev.termdeck.extract.ProgressListener;
import dev.termdeck.io.LockFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds a deck file from a corpus, the work behind {@code termdeck build}: reads the corpus, extracts a deck from
 * the documents in the languages asked for, and writes it, merged into the existing deck of that file (keeping what
 * people edited, marking cards no longer found stale) when there is one. An unchanged rebuild leaves the file's
 * content as it was, its {@code generated} stamp included. The extraction, with its models, is handed in by the
 * caller, and asked for only once the corpus is known to have documents to extract from. Not thread-safe.
 */
public final class DeckBuild {
    /** Makes the deck from the documents (normally {@code extract.DeckAssembler} with its models loaded). */
    @FunctionalInterface
    public interface Extraction {
        Deck assemble(List<Document> documents, DeckSpec spec, ProgressListener progress);
    }

    /**
     * What to build.
     *
     * @param corpus          the corpus directory or file
     * @param langs           the languages to extract
     * @param name            the deck name
     * @param title           the deck title
     * @param retitle         whether {@code title} replaces the title of an existing deck (it was asked for)
     * @param tags            tags for every card
     * @param file            the deck file to write
     * @param workDir         the working directory (the deck records corpus paths relative to it)
     * @param tool            the tool and version recorded in the deck
     * @param sourceDateEpoch {@code SOURCE_DATE_EPOCH}, the build time to record, or {@code null} for the newest
     *                        corpus file's time
     */
    public record Request(Path corpus, Set<Lang> langs, String name, Bilingual title, boolean retitle,
            List<String> tags, Path file, Path workDir, String sourceDateEpoch, String tool) {
        public Request {
            Objects.requireNonNull(corpus, "corpus");
            langs = Set.copyOf(langs);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(title, "title");
            tags = List.copyOf(tags);
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(workDir, "workDir");
            Objects.requireNonNull(tool, "tool");
        }
    }

    /**
     * What was built.
     *
     * @param file      the deck file written
     * @param deck      the deck as written
     * @param documents the documents extracted from (those in the languages asked for)
     * @param merge     what merging into the existing deck did, or {@code null} for a new deck
     */
    public record Outcome(Path file, Deck deck, long documents, MergeResult merge) {
    }

    private final CorpusReader reader;
    private final Consumer<CorpusProblem> problems;

    /**
     * @param reader   reads the corpus
     * @param problems told about each corpus file that could not be used (the build goes on without it)
     */
    public DeckBuild(CorpusReader reader, Consumer<CorpusProblem> problems) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * Runs the build.
     *
     * @param extraction asked for once the corpus has documents in the languages of the request
     * @throws TermdeckException when the corpus has no document in those languages, or a file cannot be read
     */
    public Outcome run(Request request, Supplier<Extraction> extraction, ProgressListener progress)
            throws IOException {
        long t0 = System.nanoTime();
        Corpus read = reader.read(request.corpus());
        progress.stageDone(BuildStage.READING, System.nanoTime() - t0);
        read.problems().forEach(problems);
        List<Document> documents = read.documents();
        if (documents.stream().noneMatch(d -> request.langs().contains(d.lang()))) {
            throw new TermdeckException(request.corpus() + ": no " + languages(request.langs()) + " documents found");
        }
        DeckSpec spec = new DeckSpec(request.name(), request.title(), request.tags(), BuildStamp.of(request.tool(),
                request.corpus(), read.files(), request.workDir(), request.sourceDateEpoch()));
        long t1 = System.nanoTime();
        Extraction loaded = extraction.get();
        progress.stageDone(BuildStage.MODELS, System.nanoTime() - t1);
        Deck built = withTitles(loaded.assemble(documents, spec, progress), documents);
        long used = documents.stream().filter(d -> request.langs().contains(d.lang())).count();
        Path file = request.file();
        long t2 = System.nanoTime();
        // The existing deck is read after the extraction, under the deck's lock until the merge is written: an
        // import, an edit or another build acknowledged meanwhile is merged, never overwritten.
        try (LockFile lock = LockFile.acquire(file)) {
            return write(file, built, used, request.retitle());
        } finally {
            progress.stageDone(BuildStage.WRITING, System.nanoTime() - t2);
        }
    }

    private static Outcome write(Path file, Deck built, long used, boolean retitle) throws IOException {
        if (!Files.exists(file)) {
            DeckJson.write(file, built);
            return new Outcome(file, built, used, null);
        }
        Deck existing = DeckJson.read(file);
        MergeResult merged = DeckMerger.merge(existing, built);
        Deck result = merged.deck().cards().equals(existing.cards())
                && merged.deck().documents().equals(existing.documents()) ? existing : merged.deck();
        if (retitle) {
            result = result.withName(result.name(), built.title());
        }
        DeckJson.write(file, result);
        return new Outcome(file, result, used, merged);
    }

    /** {@code deck} with the titles of the documents its cards come from (those that have one), for handouts. */
    static Deck withTitles(Deck deck, List<Document> documents) {
        java.util.Map<String, String> byId = new java.util.HashMap<>();
        documents.stream().filter(d -> d.title() != null).forEach(d -> byId.put(d.id(), d.title()));
        java.util.Map<String, String> used = new java.util.TreeMap<>();
        deck.cards().forEach(c -> c.sources().forEach(s -> {
            String title = byId.get(s.doc());
            if (title != null) {
                used.put(s.doc(), title);
            }
        }));
        return used.isEmpty() ? deck : deck.withDocuments(used);
    }

    private static String languages(Set<Lang> langs) {
        return langs.size() > 1 ? "English or Chinese" : langs.contains(Lang.EN) ? "English" : "Chinese";
    }
}
