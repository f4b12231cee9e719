package dev.termdeck.deck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.termdeck.corpus.Lang;
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

    private static Deck deck(JsonParser p) throws IOException, GiveUp {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        String format = null;
        String name = null;
        Bilingual title = null;
        List<Lang> languages = null;
        Generated generated = null;
        List<Card> cards = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "format" -> format = string(p, t);
                case "name" -> name = string(p, t);
                case "title" -> title = bilingual(p, t);
                case "languages" -> languages = t == JsonToken.VALUE_NULL ? null : langs(p, t);
                case "generated" -> generated = generated(p, t);
                case "cards" -> cards = cards(p, t);
                default -> throw new GiveUp();
            }
        }
        return new Deck(format, name, title, languages, generated, cards);
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
        expect(start, JsonToken.START_OBJECT);
        String id = null;
        Card.Builder b = Card.builder("pending");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "id" -> id = string(p, t);
                case "term" -> b.term(bilingual(p, t));
                case "aliases" -> b.aliases(bilingualList(p, t));
                case "abbr" -> b.abbr(string(p, t));
                case "pinyin" -> b.pinyin(string(p, t));
                case "definition" -> b.definition(bilingual(p, t));
                case "sources" -> b.sources(sources(p, t));
                case "score" -> b.score(number(p, t));
                case "tags" -> b.tags(strings(p, t));
                case "edited" -> b.edited(bool(t));
                case "editedFields" -> b.editedFields(strings(p, t));
                case "stale" -> b.stale(bool(t));
                default -> throw new GiveUp();
            }
        }
        return b.id(id).build();
    }

    private static Bilingual bilingual(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT);
        String en = null;
        String zh = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "en" -> en = string(p, v);
                case "zh" -> zh = string(p, v);
                default -> throw new GiveUp();
            }
        }
        return new Bilingual(en, zh);
    }

    private static BilingualList bilingualList(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT);
        List<String> en = null;
        List<String> zh = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "en" -> en = strings(p, v);
                case "zh" -> zh = strings(p, v);
                default -> throw new GiveUp();
            }
        }
        return new BilingualList(en, zh);
    }

    private static Generated generated(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_OBJECT);
        String tool = null;
        String at = null;
        List<String> corpus = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "tool" -> tool = string(p, v);
                case "at" -> at = string(p, v);
                case "corpus" -> corpus = strings(p, v);
                default -> throw new GiveUp();
            }
        }
        return new Generated(tool, at, corpus);
    }

    private static List<Source> sources(JsonParser p, JsonToken t) throws IOException, GiveUp {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(t, JsonToken.START_ARRAY);
        List<Source> out = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            expect(t, JsonToken.START_OBJECT);
            String doc = null;
            Lang lang = null;
            String sentence = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "doc" -> doc = string(p, v);
                    case "lang" -> lang = lang(p, v);
                    case "sentence" -> sentence = string(p, v);
                    default -> throw new GiveUp();
                }
            }
            out.add(new Source(doc, lang, sentence));
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
