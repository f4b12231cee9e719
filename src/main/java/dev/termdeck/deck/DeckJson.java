package dev.termdeck.deck;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.termdeck.io.AtomicFiles;
import dev.termdeck.io.InputFiles;
import dev.termdeck.io.JsonProblem;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code *.deck.json} files per the deck file contract: UTF-8, pretty-printed, stable key order,
 * cards sorted by id, a final newline. Writing is atomic. Reading is strict about types and reports the file, line
 * and column of the first problem. Thread-safe.
 * Well-formed decks are read by {@link DeckStreamReader}; anything else, and every deck written, goes through the
 * data binder of {@link DeckMapper}.
 */
public final class DeckJson {
    /**
     * Decks larger than this are refused before parsing, and a deck that would be larger is not written: a deck
     * termdeck writes can always be read back. A card of the shipped deck takes about 1 KB as written, so this holds
     * some 250,000 such cards (a 5,000-card deck is about 5 MB).
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    /** The deepest nesting of lists and objects a deck file may have (a deck has six levels). */
    static final int MAX_NESTING = 64;

    /**
     * The JSON parser's limits for decks, sized for them rather than Jackson's defaults: the whole file is the only
     * size limit (a text value may be as long as a deck may be, where Jackson would stop at 20 million characters);
     * a deck nests six deep, so more than {@value #MAX_NESTING} is refused at once. A value over a limit is reported
     * in plain words ({@link JsonProblem}).
     */
    static final StreamReadConstraints READ_LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_BYTES)
            .maxStringLength((int) MAX_BYTES)
            .maxNestingDepth(MAX_NESTING)
            .build();

    /** The file name suffix of deck files. */
    public static final String SUFFIX = ".deck.json";

    private DeckJson() {
    }

    /** Reads and validates the deck in {@code file}. */
    public static Deck read(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DeckFormatException(file + ": no such deck file", e);
        }
        if (InputFiles.isSpecial(file)) {
            // /dev/zero would be read for ever, a pipe would wait for a writer: refused before it is opened.
            throw new DeckFormatException(file + ": " + InputFiles.NOT_REGULAR, null);
        }
        if (size > MAX_BYTES) {
            throw new DeckFormatException(String.format("%s: %.1f MB is too large for a deck (limit %d MB)",
                    file, size / 1048576.0, MAX_BYTES / 1048576), null);
        }
        byte[] bytes = InputFiles.read(file, MAX_BYTES);
        return parse(file.toString(), bytes);
    }

    /** Parses deck JSON; {@code name} is used in error messages (a file path, usually). */
    public static Deck parse(String name, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new DeckFormatException(name + ": binary file, not a deck", null);
            }
        }
        if (bytes.length == 0) {
            throw new DeckFormatException(name + ": empty file, not a deck", null);
        }
        // Well-formed decks take the streaming fast path (start-up time); anything else is bound and reported below.
        Deck fast = DeckStreamReader.read(bytes);
        return fast != null ? fast : bind(name, bytes);
    }

    /** Parses with the data binder only (what {@link #parse} falls back to). */
    static Deck bind(String name, byte[] bytes) {
        try (JsonParser parser = DeckMapper.INSTANCE.createParser(bytes)) {
            Deck deck;
            try {
                deck = DeckMapper.INSTANCE.readValue(parser, Deck.class);
            } catch (JsonProcessingException e) {
                throw new DeckFormatException(JsonProblem.describe(name, e, parser.currentLocation()), e);
            }
            if (deck == null) {
                throw new DeckFormatException(name + ": not a deck (JSON null)", null);
            }
            return deck;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deck as the exact text written to files. */
    public static String toJson(Deck deck) {
        try {
            return DeckMapper.INSTANCE.writeValueAsString(deck) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deck '" + deck.name() + "' cannot be written as JSON", e);
        }
    }

    /**
     * Writes {@code deck} to {@code file} atomically (temp file and rename), streaming: the bytes are those of
     * {@link #toJson}. A deck larger than {@link #MAX_BYTES} is refused (and {@code file} left as it was), since it
     * could not be read back.
     */
    public static void write(Path file, Deck deck) throws IOException {
        write(file, deck, MAX_BYTES);
    }

    /** {@link #write(Path, Deck)} with another size limit (for tests). */
    static void write(Path file, Deck deck, long maxBytes) throws IOException {
        try {
            AtomicFiles.write(file, out -> {
                OutputStream limited = new LimitedStream(out, maxBytes, file, deck.cards().size());
                DeckMapper.INSTANCE.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(limited, deck);
                limited.write('\n');
                limited.flush();
            });
        } catch (JsonMappingException e) {
            // Jackson wraps what the limit throws in its own exception ("through reference chain: ..."); the user
            // is told the limit's own line.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DeckFormatException d) {
                    throw d;
                }
            }
            throw e;
        }
    }

    /** Refuses to write more than a deck may hold, before the bytes reach the disk. */
    private static final class LimitedStream extends FilterOutputStream {
        private final long max;
        private final Path file;
        private final int cards;
        private long written;

        LimitedStream(OutputStream out, long max, Path file, int cards) {
            super(out);
            this.max = max;
            this.file = file;
            this.cards = cards;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) {
            written += n;
            if (written > max) {
                throw new DeckFormatException(String.format("%s: not written: %,d cards make a deck over %d MB, the"
                        + " most termdeck reads; split them into smaller decks", file, cards, max / 1048576), null);
            }
        }
    }

    /**
     * The deck name for a file ({@code decks/ml.deck.json} gives {@code ml}), made a valid name when the file's is
     * not one ({@link DeckNames#fromFile}).
     */
    public static String nameOf(Path file) {
        return DeckNames.fromFile(file);
    }
}
