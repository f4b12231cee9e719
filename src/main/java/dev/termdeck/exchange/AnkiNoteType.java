package dev.termdeck.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * termdeck's bilingual Anki note types: fields English, Chinese, Pinyin, Definition, Source, and an
 * English→Chinese card, a Chinese→English card, or both. One note type a {@link ExportDirection}, each with a fixed id in
 * [2^30, 2^31) so that every export of the same direction lands in the same note type in a user's collection
 * (changing a note type's templates under the same id would make Anki ask for a full sync). Immutable.
 *
 * @param id        the fixed model id
 * @param name      the name shown in Anki ({@code termdeck EN→ZH + ZH→EN})
 * @param templates the card templates, in ord order
 * @param sortField the index of the field Anki sorts the browser by
 */
public record AnkiNoteType(long id, String name, List<Template> templates, int sortField) {
    /** Index of the English field. */
    public static final int ENGLISH = 0;
    /** Index of the Chinese field. */
    public static final int CHINESE = 1;

    public AnkiNoteType {
        templates = List.copyOf(templates);
    }

    /**
     * One card template.
     *
     * @param name          as shown in Anki
     * @param frontField    the field the question shows
     * @param backField     the term the answer shows; with either empty the card is not made (one side would be
     *                      empty), by termdeck's export and by Anki ({@code req})
     * @param qfmt          the question side
     * @param afmt          the answer side
     */
    public record Template(String name, int frontField, int backField, String qfmt, String afmt) {
    }

    private static final String PINYIN = "{{#Pinyin}}<div class=\"pinyin\" lang=\"zh-Latn\">{{Pinyin}}</div>{{/Pinyin}}\n";
    private static final String DETAILS = "{{#Definition}}<div class=\"definition\">{{Definition}}</div>{{/Definition}}\n"
            + "{{#Source}}<div class=\"sources\">{{Source}}</div>{{/Source}}";
    private static final Template FORWARD = new Template("English → Chinese", ENGLISH, CHINESE,
            "<div class=\"term\" lang=\"en\">{{English}}</div>",
            "{{FrontSide}}\n<hr id=\"answer\">\n<div class=\"term\" lang=\"zh\">{{Chinese}}</div>\n" + PINYIN + DETAILS);
    private static final Template REVERSE = new Template("Chinese → English", CHINESE, ENGLISH,
            "<div class=\"term\" lang=\"zh\">{{Chinese}}</div>",
            "{{FrontSide}}\n<hr id=\"answer\">\n" + PINYIN + "<div class=\"term\" lang=\"en\">{{English}}</div>\n"
                    + DETAILS);

    /** The note type for {@code direction}. */
    public static AnkiNoteType of(ExportDirection direction) {
        return switch (direction) {
            case BOTH -> new AnkiNoteType(1_738_021_517L, "termdeck EN→ZH + ZH→EN", List.of(FORWARD, REVERSE), ENGLISH);
            case EN_ZH -> new AnkiNoteType(1_738_021_518L, "termdeck EN→ZH", List.of(FORWARD), ENGLISH);
            case ZH_EN -> new AnkiNoteType(1_738_021_519L, "termdeck ZH→EN", List.of(REVERSE), CHINESE);
        };
    }

    /**
     * The template ords (card ordinals) a note with {@code fields} gets: those whose front and back fields are both
     * not empty, so that no card has an empty side.
     */
    public List<Integer> cardOrds(List<String> fields) {
        List<Integer> ords = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            Template t = templates.get(i);
            if (!Html.stripTags(fields.get(t.frontField())).isBlank()
                    && !Html.stripTags(fields.get(t.backField())).isBlank()) {
                ords.add(i);
            }
        }
        return ords;
    }
}
