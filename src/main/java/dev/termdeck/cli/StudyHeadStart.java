package dev.termdeck.cli;

import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckFiles;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.io.AppDirs;
import dev.termdeck.io.Background;
import dev.termdeck.study.DeckLoader;
import dev.termdeck.study.store.PendingStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What a {@code study} run waits for before the first card, started on background threads before picocli builds its
 * model and parses the command line, so that on two cores they overlap: the decks it will most likely ask for are
 * read (for a 5,000-card deck, parsing takes about as long as picocli), and the progress database is opened (the
 * SQLite driver, its native library and the schema check). The decks guessed: every word of the command line that
 * names decks on its own (option values name none, so they add nothing), else every deck of the decks directory.
 * {@link #read} hands over a deck read ahead, with the same result or exception as {@link DeckJson#read}, and reads
 * any other file itself; a wrong guess only costs the background thread's time. {@link #store} hands over the opening
 * database; {@link #discardUnused} closes it when the command never took it (a usage error, help). Thread-safe.
 */
final class StudyHeadStart implements DeckLoader.DeckSource {
    /** Starts nothing ahead. */
    static final StudyHeadStart NONE = new StudyHeadStart(CompletableFuture.completedFuture(Map.of()), null, null);

    private final CompletableFuture<Map<Path, CompletableFuture<Deck>>> plan;
    private final Path db;
    private PendingStore store;

    private StudyHeadStart(CompletableFuture<Map<Path, CompletableFuture<Deck>>> plan, Path db, PendingStore store) {
        this.plan = plan;
        this.db = db;
        this.store = store;
    }

    /** Starts reading and opening ahead for {@code args} (routed: the command name first) when they run study. */
    static StudyHeadStart start(AppDirs dirs, String[] args) {
        List<String> words = List.of(args);
        int study = words.indexOf("study");
        if (study < 0 || words.subList(0, study).stream().anyMatch(w -> !w.equals("--debug"))
                || words.stream().anyMatch(Main.ROOT_OPTIONS::contains) || words.contains(StudyCommand.RESTORE)) {
            // Not a study run, or one that only prints help (no database is created for it), or one that replaces
            // the database before opening it.
            return NONE;
        }
        List<String> candidates = words.subList(study + 1, words.size()).stream()
                .filter(w -> !w.startsWith("-")).toList();
        CompletableFuture<Map<Path, CompletableFuture<Deck>>> plan = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Map<Path, CompletableFuture<Deck>> decks = new LinkedHashMap<>();
            try {
                for (Path f : guess(dirs, candidates)) {
                    decks.put(key(f), new CompletableFuture<>());
                }
            } finally {
                plan.complete(decks);
            }
            decks.forEach((file, deck) -> Background.complete(deck, () -> DeckJson.read(file)));
        }, "termdeck-read-decks");
        t.setDaemon(true);
        t.start();
        Path db = dirs.progressDb();
        return new StudyHeadStart(plan, db, PendingStore.open(db, LocalDate.now()));
    }

    /** The progress database at {@code file} being opened: the one started ahead if it is that file. */
    synchronized PendingStore store(Path file) {
        if (store != null && file.equals(db)) {
            PendingStore taken = store;
            store = null;
            return taken;
        }
        return PendingStore.open(file, LocalDate.now());
    }

    /** Closes the database opened ahead if no command took it. */
    void discardUnused() {
        PendingStore unused;
        synchronized (this) {
            unused = store;
            store = null;
        }
        if (unused != null) {
            unused.discard();
        }
    }

    @Override
    public Deck read(Path file) throws IOException {
        CompletableFuture<Deck> ahead = Background.join(plan).get(key(file));
        return ahead == null ? DeckJson.read(file) : Background.join(ahead);
    }

    /** The files the words name on their own, or every deck of the decks directory when none does. */
    private static Set<Path> guess(AppDirs dirs, List<String> candidates) {
        Set<Path> files = new LinkedHashSet<>();
        for (String c : candidates) {
            files.addAll(filesOf(dirs, List.of(c)));
        }
        if (files.isEmpty()) {
            files.addAll(filesOf(dirs, List.of()));
        }
        return files;
    }

    private static List<Path> filesOf(AppDirs dirs, List<String> specs) {
        try {
            return new DeckFiles(dirs.defaultDecksDir(), dirs.workDir()).selected(specs);
        } catch (IOException | RuntimeException e) {
            return List.of(); // not a deck (an option's value, say); the real load reports real problems
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
