package dev.termdeck.corpus;

/**
 * Something wrong with one corpus file (or one line of it) that the reader reported and worked around: the file or
 * line was skipped, or read in a fallback encoding.
 *
 * @param file    the file's path as given to the reader
 * @param line    the 1-based line, or 0 when the problem concerns the whole file
 * @param message what happened, in the user's terms ({@code skipped: binary file})
 */
public record CorpusProblem(String file, int line, String message) {
    /** One line: {@code corpus/x.jsonl:3: skipped: broken JSON ...}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
