package dev.termdeck.io;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work started on a daemon thread of its own, so that start-up does several slow things at once (reading decks,
 * opening the progress database, putting the terminal in raw mode), and joined with the exception the work threw,
 * not a wrapper. A daemon thread because a failed start-up must not wait for work nobody needs any more.
 */
public final class Background {
    private Background() {
    }

    /** Work that returns a value or throws. */
    @FunctionalInterface
    public interface Task<T> {
        T call() throws IOException;
    }

    /** Starts {@code task} on a new daemon thread named {@code name}; its result, or what it threw. */
    public static <T> CompletableFuture<T> start(String name, Task<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> complete(result, task), name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Runs {@code task} on the calling thread, completing {@code result} with what it returns or throws. */
    public static <T> void complete(CompletableFuture<T> result, Task<T> task) {
        try {
            result.complete(task.call());
        } catch (IOException | RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** Waits for {@code future}; rethrows the task's own exception. */
    public static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
