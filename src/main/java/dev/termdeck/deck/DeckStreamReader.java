package dev.termdeck.deck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.termdeck.core.Lang;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link DeckJson#parse}: reads a well-formed deck with Jackson's streaming parser, without the
 * data binder (whose first use costs a few hundred milliseconds of start-up, most of the time a learner waits for the
 * first card). It is strict: a field it does not know, a value of an unexpected type, a JSON {@code null} where a
 * number or boolean belongs, or a value a record refuses makes it give up and return {@code null}, and
 * {@link DeckJson} then reads the file with the data binder, which accepts or reports it exactly as before. So this
 * class only ever returns the deck the binder would have returned. Thread-safe (no mutable state).
 */
final class DeckStreamReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(DeckJson.READ_LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DeckStreamReader() {
    }

    /** Thrown inside the reader when the input is not the plain case it handles; never escapes. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** The deck, or {@code null} when the binder must read it (unusual input, or an error to report). */
    static Deck read(byte[] bytes) {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            Deck deck = deck(p);
            if (p.nextToken() != null) {
                return null;
            }
            return deck;
        } catch (GiveUp | IOException | RuntimeException e) {
            return null;
        }
    }

    /** A value a field reader sets (lambdas cannot assign local variables). */
    private static final class Slot<T> {
        T value;
    }

    /** Reads the value of one field of an object. */
    @FunctionalInterface
    private interface FieldReader {
        void read(String field, JsonToken value) throws IOException, GiveUp;
    }

    /** Reads the object starting at {@code start}, field by field; false for JSON {@code null}. */
    private static boolean object(JsonParser p, JsonToken start, FieldReader fields) throws IOException, GiveUp {
        if (start == JsonToken.VALUE_NULL) {
            return false;
        }
        expect(start, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            fields.read(field, p.nextToken());
        }
        return true;
    }

    private static Deck deck(JsonParser p) throws IOException, GiveUp {
        Slot<String> format = new Slot<>();
        Slot<String> name = new Slot<>();
        Slot<Bilingual> title = new Slot<>();
        Slot<List<Lang>> languages = new Slot<>();
        Slot<Generated> generated = new Slot<>();
        Slot<List<Card>> cards = new Slot<>();
        Slot<java.util.Map<String, String>> documents = new Slot<>();
        Slot<List<Removal>> removed = new Slot<>();
        if (!object(p, p.nextToken(), (field, t) -> {
            switch (field) {
                case "format" -> format.value = string(p, t);
                case "name" -> name.value = string(p, t);
                case "title" -> title.value = bilingual(p, t);
                case "languages" -> languages.value = t == JsonToken.VALUE_NULL ? null : langs(p, t);
                case "generated" -> generated.value = generated(p, t);
                case "cards" -> cards.value = cards(p, t);
                case "documents" -> documents.value = titles(p, t);
                case "removed" -> removed.value = removals(p, t);
                default -> throw new GiveUp();
            }
        })) {
            throw new GiveUp();
        }
        return new Deck(format.value, name.value, title.value, languages.value, generated.value, cards.value,
                documents.value, removed.value);
    }

    private static java.util.Map<String, String> titles(JsonParser p, JsonToken t) throws IOException, GiveUp {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        if (!object(p, t, (field, value) -> {
            expect(value, JsonToken.VALUE_STRING);
            out.put(field, p.getText());
        })) {
            return null;
        }
        return out;
    }

    private static List<Removal> removals(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        List<Removal> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Slot<String> id = new Slot<>();
            Slot<Bilingual> term = new Slot<>();
            Slot<String> at = new Slot<>();
            if (!object(p, t, (field, value) -> {
                switch (field) {
                    case "id" -> id.value = string(p, value);
                    case "term" -> term.value = bilingual(p, value);
                    case "at" -> at.value = string(p, value);
                    default -> throw new GiveUp();
                }
            })) {
                throw new GiveUp();
            }
            out.add(new Removal(id.value, term.value, at.value));
        }
        return out;
    }

    private static List<Card> cards(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        List<Card> cards = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            cards.add(card(p, t));
        }
        return cards;
    }

    private static Card card(JsonParser p, JsonToken start) throws IOException, GiveUp {
        Slot<String> id = new Slot<>();
        Card.Builder b = Card.builder("pending");
        if (!object(p, start, (field, t) -> {
            switch (field) {
                case "id" -> id.value = string(p, t);
                case "term" -> b.term(bilingual(p, t));
                case "aliases" -> b.aliases(bilingualList(p, t));
                case "abbr" -> b.abbr(string(p, t));
                case "pinyin" -> b.pinyin(string(p, t));
                case "definition" -> b.definition(bilingual(p, t));
                case "definitionSource" -> b.definitionSource(definitionSources(p, t));
                case "sources" -> b.sources(sources(p, t));
                case "score" -> b.score(number(p, t));
                case "tags" -> b.tags(strings(p, t));
                case "edited" -> b.edited(bool(t));
                case "editedFields" -> b.editedFields(strings(p, t));
                case "stale" -> b.stale(bool(t));
                case "corpusRenderings" -> b.corpusRenderings(strings(p, t));
                default -> throw new GiveUp();
            }
        })) {
            throw new GiveUp();
        }
        return b.id(id.value).build();
    }

    private static Bilingual bilingual(JsonParser p, JsonToken t) throws IOException, GiveUp {
        String[] v = new String[2];
        return object(p, t, (field, value) -> v[side(field)] = string(p, value)) ? new Bilingual(v[0], v[1]) : null;
    }

    private static BilingualList bilingualList(JsonParser p, JsonToken t) throws IOException, GiveUp {
        List<List<String>> v = new ArrayList<>(java.util.Arrays.asList(null, null));
        return object(p, t, (field, value) -> v.set(side(field), strings(p, value)))
                ? new BilingualList(v.get(0), v.get(1)) : null;
    }

    private static DefinitionSources definitionSources(JsonParser p, JsonToken t) throws IOException, GiveUp {
        DefinitionSource[] v = new DefinitionSource[2];
        return object(p, t, (field, value) -> v[side(field)] = DefinitionSource.ofCode(string(p, value)))
                ? new DefinitionSources(v[0], v[1]) : null;
    }

    /** 0 for {@code en}, 1 for {@code zh}. */
    private static int side(String field) throws GiveUp {
        return switch (field) {
            case "en" -> 0;
            case "zh" -> 1;
            default -> throw new GiveUp();
        };
    }

    private static Generated generated(JsonParser p, JsonToken t) throws IOException, GiveUp {
        Slot<String> tool = new Slot<>();
        Slot<String> at = new Slot<>();
        Slot<List<String>> corpus = new Slot<>();
        boolean present = object(p, t, (field, value) -> {
            switch (field) {
                case "tool" -> tool.value = string(p, value);
                case "at" -> at.value = string(p, value);
                case "corpus" -> corpus.value = strings(p, value);
                default -> throw new GiveUp();
            }
        });
        return present ? new Generated(tool.value, at.value, corpus.value) : null;
    }

    private static List<Source> sources(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        List<Source> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Slot<String> doc = new Slot<>();
            Slot<Lang> lang = new Slot<>();
            Slot<String> sentence = new Slot<>();
            if (!object(p, t, (field, value) -> {
                switch (field) {
                    case "doc" -> doc.value = string(p, value);
                    case "lang" -> lang.value = lang(p, value);
                    case "sentence" -> sentence.value = string(p, value);
                    default -> throw new GiveUp();
                }
            })) {
                throw new GiveUp();
            }
            out.add(new Source(doc.value, lang.value, sentence.value));
        }
        return out;
    }

    private static List<Lang> langs(JsonParser p, JsonToken t) throws IOException, GiveUp {
        expect(t, JsonToken.START_ARRAY);
        List<Lang> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            out.add(lang(p, t));
        }
        return out;
    }

    private static Lang lang(JsonParser p, JsonToken t) throws IOException, GiveUp {
        expect(t, JsonToken.VALUE_STRING);
        return Lang.of(p.getText());
    }

    private static List<String> strings(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            expect(t, JsonToken.VALUE_STRING);
            out.add(p.getText());
        }
        return out;
    }

    private static String string(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static double number(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            throw new GiveUp();
        }
        return p.getDoubleValue();
    }

    private static boolean bool(JsonToken t) throws GiveUp {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new GiveUp();
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private static void expect(JsonToken got, JsonToken want) throws GiveUp {
        if (got != want) {
            throw new GiveUp();
        }
    }
}
