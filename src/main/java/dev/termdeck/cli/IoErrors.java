package dev.termdeck.cli;

import dev.termdeck.io.JsonProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** I/O failures in the user's words, for error lines: what went wrong, and with which file. Stateless. */
final class IoErrors {
    private IoErrors() {
    }

    /** Why {@code e} happened, without the file: {@code permission denied}, {@code No space left on device}. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        }
        // A JSON problem (an IOException of Jackson's) in plain words, never its "reference chain".
        return JsonProblem.reason(e);
    }

    /** {@code FILE: reason} when {@code e} names its file, else the reason. */
    static String describe(IOException e) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " + reason(e)
                : reason(e);
    }
}
