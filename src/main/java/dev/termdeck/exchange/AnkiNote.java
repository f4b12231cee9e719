package dev.termdeck.exchange;

import java.util.List;

/**
 * One note of an Anki package as written: its stable guid, its field values (HTML) and tags.
 *
 * @param guid   stable across exports (see {@link AnkiGuids})
 * @param fields in {@link AnkiFields#NAMES} order
 * @param tags   Anki tags (no whitespace inside a tag)
 */
public record AnkiNote(String guid, List<String> fields, List<String> tags) {
    public AnkiNote {
        fields = List.copyOf(fields);
        tags = List.copyOf(tags);
        if (fields.size() != AnkiFields.NAMES.size()) {
            throw new IllegalArgumentException("a note has " + AnkiFields.NAMES.size() + " fields, not "
                    + fields.size());
        }
    }
}
