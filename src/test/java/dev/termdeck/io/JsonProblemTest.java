package dev.termdeck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonProblemTest {
    /** A small record shaped like the files termdeck reads. */
    record Item(String name, double score, boolean done, List<String> tags) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    static {
        MAPPER.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        assertThat(problem("{\"name\": 5}")).isEqualTo("f.json:1:10: name: expected text, found the number 5");
        assertThat(problem("{\"score\": \"high\"}"))
                .isEqualTo("f.json:1:11: score: expected a number, found the text \"high\"");
        assertThat(problem("{\"done\": \"yes\"}"))
                .isEqualTo("f.json:1:10: done: expected true or false, found the text \"yes\"");
        assertThat(problem("{\"tags\": {}}")).isEqualTo("f.json:1:10: tags: expected a list, found an object");
        assertThat(problem("[]")).isEqualTo("f.json:1:1: expected an object, found a list");
    }

    @Test
    void aFileCutShortSaysWhereTheUnclosedPartBegins() {
        assertThat(problem("{\"tags\": [\"a\"")).isEqualTo("f.json:1:14: tags[1]: the file ends inside the list opened"
                + " at line 1, column 10 (is the file cut short?)");
        assertThat(problem("{\"name\": \"ab")).isEqualTo("f.json:1:13: name: the file ends inside a text value"
                + " (is the file cut short?)");
    }

    @Test
    void textThatIsNotUtf8IsNamedAsSuch() {
        byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problem(latin1)).startsWith("f.json:1:").endsWith("name: not UTF-8 text (Invalid UTF-8 middle"
                + " byte 0x22); save the file as UTF-8");
    }

    @Test
    void messagesNameNoJavaTypesOrParserInternals() {
        assertThat(problem("{\"name\": \"a\",,}")).doesNotContain("Source:", "java.", "dev.termdeck");
    }

    private static String problem(String json) {
        return problem(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(byte[] json) {
        JsonProcessingException e = catchThrowableOfType(() -> MAPPER.readValue(json, Item.class),
                JsonProcessingException.class);
        return JsonProblem.describe("f.json", e);
    }

    @Test
    void theParsersLimitsAreSaidInPlainWordsWithoutJacksonsNames() {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readTree(deep));

        assertThat(JsonProblem.reason(e)).isEqualTo("lists and objects nested more than 1,000 deep");
        String name = "{\"" + "k".repeat(60_000) + "\": 1}";
        assertThat(JsonProblem.reason(catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readTree(name))))
                .isEqualTo("a field name of 60,000 characters, more than the 50,000 a name may have");
    }

    @Test
    void aWrappedFailureIsItsOwnMessageWithoutTheReferenceChain() {
        com.fasterxml.jackson.databind.JsonMappingException wrapped = com.fasterxml.jackson.databind.JsonMappingException
                .wrapWithPath(new IllegalStateException("deck.json: not written: too large"), List.of(), 3);

        assertThat(wrapped.getMessage()).contains("reference chain");
        assertThat(JsonProblem.reason(wrapped)).isEqualTo("deck.json: not written: too large");
        assertThat(JsonProblem.reason(new java.io.IOException("disk full"))).isEqualTo("disk full");
    }
}
