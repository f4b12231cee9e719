package dev.termdeck.cli;

import dev.termdeck.core.Plural;
import dev.termdeck.build.DeckBuild;
import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.DeckNames;
import dev.termdeck.extract.DeckAssembler;
import dev.termdeck.extract.GenericPhrases;
import dev.termdeck.extract.Selection;
import dev.termdeck.extract.TermExtractor;
import dev.termdeck.extract.bilingual.ComposedDefinitions;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryDefinitions;
import dev.termdeck.io.Background;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code termdeck build}: extracts a deck from the corpus, merging into the existing deck of that name. The options
 * are checked and the extractors loaded here; the build itself is {@link DeckBuild}.
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build a deck from the corpus: extract key terms, definitions, abbreviations and translations.",
            "Rebuilding into an existing deck keeps what people edited and keeps (marks stale) cards no longer found."})
final class BuildCommand implements Callable<Integer> {
    /** Which languages to extract. */
    enum Languages {
        en, zh, both;

        Set<Lang> langs() {
            return switch (this) {
                case en -> EnumSet.of(Lang.EN);
                case zh -> EnumSet.of(Lang.ZH);
                case both -> EnumSet.allOf(Lang.class);
            };
        }
    }

    static final String DEFAULT_DECK = "ml-abstracts";
    static final Bilingual DEFAULT_TITLE = new Bilingual("ML terms from paper abstracts", "论文摘要中的机器学习术语");

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--out", paramLabel = "DIR", description = "Where decks are written (default: ./decks).")
    Path out;

    @Option(names = "--deck", paramLabel = "NAME", defaultValue = DEFAULT_DECK,
            description = "Deck name: writes NAME.deck.json (default: ${DEFAULT-VALUE}).")
    String deck;

    @Option(names = "--lang", paramLabel = "en|zh|both", defaultValue = "both",
            description = "Languages to extract (default: ${DEFAULT-VALUE}).")
    Languages lang;

    @Option(names = "--per-doc", paramLabel = "N", defaultValue = "" + Selection.DEFAULT_PER_DOCUMENT,
            description = "Most terms kept from one document (default: ${DEFAULT-VALUE}).")
    int perDoc;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "" + Selection.DEFAULT_MIN_SCORE,
            description = "Drop terms scored below X, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--max-cards", paramLabel = "N", defaultValue = "0",
            description = "Keep only the N best-scored cards (default: no limit).")
    int maxCards;

    @Option(names = "--tag", paramLabel = "T", description = "Tag every card with T (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Deck title (Chinese text sets the Chinese title).")
    String title;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "16",
            description = "Skip corpus files larger than this (default: ${DEFAULT-VALUE}), as corpus does.")
    int maxFileMb;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Your own bilingual glossary (TSV: English, Chinese, abbreviation, variants, English and "
                    + "Chinese definitions), read over the built-in one; see docs/glossary.md.")
    Path glossary;

    @Option(names = "--verbose", description = "Also print where the time went, stage by stage.")
    boolean verbose;

    BuildCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Selection selection = selection();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw TermdeckException.badRequest("--threads must be at least 1, was " + workers);
        }
        if (maxFileMb <= 0) {
            throw TermdeckException.badRequest("--max-file-mb must be positive, was " + maxFileMb);
        }
        // Checked before the extraction: a name the file system cannot take must not fail after minutes of work.
        DeckNames.problem(deck).ifPresent(p -> {
            throw TermdeckException.badRequest("--deck: " + p);
        });
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path work = context.dirs().workDir();
        Path file = work.resolve(out != null ? out : Path.of("decks")).resolve(deck + DeckJson.SUFFIX);
        DeckBuild.Request request = new DeckBuild.Request(corpus.resolve(context), lang.langs(), deck, title(),
                title != null, tags, file, work, context.env().get("SOURCE_DATE_EPOCH"), Version.tool());
        StageTimes times = new StageTimes(new ProgressBar(err, context.interactive(), System::nanoTime));
        CardRuleTally tally = new CardRuleTally(times);
        // The models load while the corpus is read (a second or two on a small machine); DeckBuild asks for them
        // only once the corpus has documents, and a build that fails before leaves the daemon thread behind.
        CompletableFuture<DeckBuild.Extraction> loading = Background.start("termdeck-models",
                () -> extraction(request.langs(), selection, workers));
        DeckBuild.Outcome built = new DeckBuild(new CorpusReader(maxFileMb * 1024L * 1024L),
                p -> err.println("termdeck: " + p))
                .run(request, () -> loaded(loading), tally);
        if (verbose) {
            err.println("termdeck: " + times.line());
            err.flush();
        }
        Path abs = work.toAbsolutePath();
        Path shown = file.toAbsolutePath().startsWith(abs) ? abs.relativize(file.toAbsolutePath()) : file;
        stdout.println(shown + ": " + Plural.of(built.deck().cards().size(), "card") + " from "
                + Plural.of(built.documents(), "document") + tally.summary()
                + (built.merge() == null ? "" : "; " + built.merge().summary()));
        stdout.flush();
        return 0;
    }

    private Selection selection() {
        if (perDoc < 1) {
            throw TermdeckException.badRequest("--per-doc must be at least 1, was " + perDoc);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw TermdeckException.badRequest("--min-score must be between 0 and 1, was " + minScore);
        }
        if (maxCards < 0) {
            throw TermdeckException.badRequest("--max-cards must not be negative, was " + maxCards);
        }
        return new Selection(perDoc, minScore, maxCards);
    }

    private Bilingual title() {
        if (title == null || title.isBlank()) {
            return deck.equals(DEFAULT_DECK) ? DEFAULT_TITLE : Bilingual.of(Lang.EN, deck);
        }
        boolean chinese = title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN);
        return Bilingual.of(chinese ? Lang.ZH : Lang.EN, title.strip());
    }

    /** The extraction being loaded, once loaded; what the loading threw, as it was. */
    private static DeckBuild.Extraction loaded(CompletableFuture<DeckBuild.Extraction> loading) {
        try {
            return Background.join(loading);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The extractors for {@code langs}, their models and the glossary loaded now. */
    private DeckBuild.Extraction extraction(Set<Lang> langs, Selection selection, int workers) throws IOException {
        Extractors.Loaded models = Extractors.loadAll(langs,
                glossary == null ? null : context.dirs().workDir().resolve(glossary));
        Glossary terms = models.glossary();
        List<TermExtractor> extractors = models.extractors();
        return new DeckAssembler(extractors, Extractors.aligner(terms), Extractors.linker(terms), selection,
                GenericPhrases.bundled(), workers,
                new GlossaryDefinitions(terms).orElse(new ComposedDefinitions(terms)))::assemble;
    }
}
