package dev.termdeck.study.store;

import dev.termdeck.io.Background;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * A progress store being opened on a background thread, so that start-up reads the decks meanwhile: opening loads
 * the SQLite driver and its native library and checks the schema, about as long as reading a deck, and a learner
 * waits for both before the first card. Hand-over to the thread that calls {@link #get} is safe (the future's
 * completion happens-before {@code get} returns).
 */
public final class PendingStore {
    private final CompletableFuture<ProgressStore> future;

    private PendingStore(CompletableFuture<ProgressStore> future) {
        this.future = future;
    }

    /**
     * Starts opening the database at {@code file}, and writing the day's backup of it ({@link ProgressBackups#daily},
     * {@code today} in the learner's zone) if there is none yet. A backup that cannot be written (a full disk) does
     * not stop the study; a database that cannot be read whole is damaged, and opening fails with that.
     */
    public static PendingStore open(Path file, LocalDate today) {
        return new PendingStore(Background.start("termdeck-open-progress", () -> {
            ProgressStore store = ProgressStore.open(file);
            try {
                ProgressBackups.daily(store, today);
            } catch (ProgressStoreException e) {
                if (e.problem() == ProgressStoreException.Problem.DAMAGED) {
                    store.close();
                    throw e;
                }
            }
            return store;
        }));
    }

    /** The open store, once it is; rethrows what opening threw ({@link ProgressStoreException}, usually). */
    public ProgressStore get() {
        try {
            return Background.join(future);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // opening throws no checked exception
        }
    }

    /**
     * For a start-up that failed elsewhere: waits for the opening to end and closes the store if it opened, so that
     * nothing is left running against the database when the command returns.
     */
    public void discard() {
        try {
            future.join().close();
        } catch (RuntimeException e) {
            // Opening failed too, or closing did; the failure being reported is the one that matters.
        }
    }
}
