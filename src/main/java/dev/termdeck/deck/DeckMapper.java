package dev.termdeck.deck;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
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
import java.io.IOException;
import java.util.List;

/**
 * The Jackson data binder {@link DeckJson} writes every deck with and reads a deck the streaming reader did not
 * ({@link DeckStreamReader}): the deck contract's key order, what is left out when empty, languages and definition
 * sources as their codes, strict types (no text from a number or a boolean), duplicate keys and trailing tokens
 * refused, the limits of {@link DeckJson#READ_LIMITS}, and the deck's pretty printer. Built on first use (this class
 * is initialized then): reading a well-formed deck does not need it, and it is slow to set up. Thread-safe.
 */
final class DeckMapper {
    static final ObjectMapper INSTANCE = newMapper();

    private DeckMapper() {
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

    /** Lang and DefinitionSource written as their codes ({@code en}, {@code abstract}), and read back from them. */
    private static SimpleModule codes() {
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
        return langs;
    }

    private static ObjectMapper newMapper() {
        SimpleModule langs = codes();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(DeckJson.READ_LIMITS)
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(DeckJson.MAX_NESTING).build())
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
