package dev.termdeck.deck;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.termdeck.core.Lang;
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
import java.util.List;

/**
 * Reads and writes {@code *.deck.json} files per the deck file contract: UTF-8, pretty-printed, stable key order,
 * cards sorted by id, a final newline. Writing is atomic. Reading is strict about types and reports the file, line
 * and column of the first problem. Thread-safe.
 *
 * <p>Longer than most classes because the strict reader checks every field of the contract with its own message (file,
 * line, column) and the writer mirrors it field by field, so that what is written is read back.
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

    /** Built on first use: reading a well-formed deck does not need it, and it is slow to set up. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = newMapper();
    }

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
        try (JsonParser parser = Mapper.INSTANCE.createParser(bytes)) {
            Deck deck;
            try {
                deck = Mapper.INSTANCE.readValue(parser, Deck.class);
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
            return Mapper.INSTANCE.writeValueAsString(deck) + "\n";
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
                Mapper.INSTANCE.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(limited, deck);
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

    @JsonPropertyOrder({"format", "name", "title", "languages", "generated", "documents", "cards", "removed"})
    private abstract static class DeckMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract java.util.Map<String, String> documents();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Removal> removed();
    }

    @JsonPropertyOrder({"id", "term", "at"})
    private interface RemovalMixin {
    }

    @JsonPropertyOrder({"tool", "at", "corpus"})
    private interface GeneratedMixin {
    }

    @JsonPropertyOrder({"en", "zh"})
    private interface BilingualMixin {
        @JsonIgnore
        boolean isEmpty();
    }

    @JsonPropertyOrder({"doc", "lang", "sentence"})
    private interface SourceMixin {
    }

    @JsonPropertyOrder({"en", "zh"})
    private interface DefinitionSourcesMixin {
        @JsonIgnore
        boolean isEmpty();
    }

    @JsonPropertyOrder({"id", "term", "aliases", "abbr", "pinyin", "definition", "definitionSource", "sources",
            "score", "tags", "edited", "editedFields", "stale", "corpusRenderings"})
    private abstract static class CardMixin {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoSources.class)
        abstract DefinitionSources definitionSource();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> corpusRenderings();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> editedFields();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean stale();
    }

    /** Leaves out {@code definitionSource} when no side is known (decks without definitions stay as they were). */
    private static final class NoSources {
        @Override
        public boolean equals(Object o) {
            return o == null || o instanceof DefinitionSources s && s.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private static ObjectMapper newMapper() {
        SimpleModule langs = new SimpleModule("termdeck-lang");
        langs.addSerializer(Lang.class, new JsonSerializer<>() {
            @Override
            public void serialize(Lang value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(value.code());
            }
        });
        langs.addDeserializer(Lang.class, new JsonDeserializer<>() {
            @Override
            public Lang deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.currentToken().isScalarValue() || !p.currentToken().toString().contains("STRING")) {
                    return (Lang) ctxt.handleUnexpectedToken(Lang.class, p);
                }
                try {
                    return Lang.of(p.getText());
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage());
                }
            }
        });
        langs.addSerializer(DefinitionSource.class, new JsonSerializer<>() {
            @Override
            public void serialize(DefinitionSource value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(value.code());
            }
        });
        langs.addDeserializer(DefinitionSource.class, new JsonDeserializer<>() {
            @Override
            public DefinitionSource deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    return (DefinitionSource) ctxt.handleUnexpectedToken(DefinitionSource.class, p);
                }
                // A source this version does not know (a newer termdeck's) reads as unknown, not as an error.
                return DefinitionSource.ofCode(p.getText());
            }
        });
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(READ_LIMITS)
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(langs)
                .addMixIn(Deck.class, DeckMixin.class)
                .addMixIn(Generated.class, GeneratedMixin.class)
                .addMixIn(Bilingual.class, BilingualMixin.class)
                .addMixIn(BilingualList.class, BilingualMixin.class)
                .addMixIn(Source.class, SourceMixin.class)
                .addMixIn(DefinitionSources.class, DefinitionSourcesMixin.class)
                .addMixIn(Card.class, CardMixin.class)
                .addMixIn(Removal.class, RemovalMixin.class)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.setDefaultPrettyPrinter(new DeckPrettyPrinter());
        return mapper;
    }
}
