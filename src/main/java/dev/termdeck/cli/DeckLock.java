package dev.termdeck.cli;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.io.LockFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The write lock of a deck file for a command that reads it, changes it and writes it back ({@code import},
 * {@code merge}): held from before the read to after the write, so that a build, an import or a card edit in another
 * process cannot write in between and be overwritten by a copy read before it. Stateless.
 */
final class DeckLock {
    private DeckLock() {
    }

    /** Locks {@code deck}; a failure (a read-only directory, a writer that never finishes) is one line naming it. */
    static LockFile acquire(Path deck) {
        try {
            return LockFile.acquire(deck);
        } catch (IOException e) {
            throw new TermdeckException(deck + ": cannot write the deck (" + IoErrors.reason(e) + ")", e);
        }
    }
}
