package dev.termdeck.exchange;

import dev.termdeck.deck.Bilingual;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code #key:value} lines at the top of an Anki plain text file, as {@link AnkiTextImporter} reads them: the
 * separator, whether fields are HTML, tags for every note, the named columns ({@code null} without {@code #columns}),
 * the deck, the note type, and the 1-based columns ({@code -1} when none) that hold a note's guid, tags, note type and
 * deck. Other lines starting with {@code #} are comments.
 */
record AnkiTextHeaders(char separator, boolean html, List<String> tags, List<String> columns, String deck,
        String notetype, int guidColumn, int tagsColumn, int notetypeColumn, int deckColumn) {
    private static final Pattern HEADER = Pattern.compile("^#([^:]+):(.*)$");

    /** The headers of {@code text}; a bad separator or column number is an error of {@code cards}' source. */
    static AnkiTextHeaders read(CardCollector cards, String text) {
        char separator = '\t';
        boolean html = false;
        List<String> tags = List.of();
        String deck = null;
        String notetype = null;
        int guidColumn = -1;
        int tagsColumn = -1;
        int notetypeColumn = -1;
        int deckColumn = -1;
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        String columnsLine = null;
        for (int n = 0; n < lines.length && lines[n].startsWith("#"); n++) {
            Matcher m = HEADER.matcher(lines[n]);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).strip().toLowerCase(Locale.ROOT);
            String value = m.group(2);
            String place = (n + 1) + ":" + (m.start(2) + 1);
            switch (key) {
                case "separator" -> separator = separator(cards, value, place);
                case "html" -> html = value.strip().equalsIgnoreCase("true");
                case "tags" -> tags = words(value);
                case "columns" -> columnsLine = value;
                case "deck" -> deck = value.strip();
                case "notetype" -> notetype = value.strip();
                case "guid column" -> guidColumn = column(cards, value, place);
                case "tags column" -> tagsColumn = column(cards, value, place);
                case "notetype column" -> notetypeColumn = column(cards, value, place);
                case "deck column" -> deckColumn = column(cards, value, place);
                default -> {
                    // Other headers describe Anki's side of the import.
                }
            }
        }
        List<String> columns = columnsLine == null ? null
                : Arrays.asList(columnsLine.split(Pattern.quote(String.valueOf(separator)), -1));
        return new AnkiTextHeaders(separator, html, tags, columns, deck, notetype, guidColumn, tagsColumn,
                notetypeColumn, deckColumn);
    }

    /** Whether a {@code #... column} header claims column {@code i} (1-based). */
    boolean claims(int i) {
        return i == guidColumn || i == tagsColumn || i == notetypeColumn || i == deckColumn;
    }

    /** The deck's title, from {@code #deck}. */
    Bilingual title() {
        return deck == null ? Bilingual.EMPTY : Bilingual.of(Scripts.langOf(deck), deck);
    }

    /** The words of a tags field or header, split at white space. */
    static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    private static char separator(CardCollector cards, String value, String place) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "tab", "\t" -> '\t';
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "space" -> ' ';
            case "pipe", "|" -> '|';
            case "colon", ":" -> ':';
            default -> {
                if (value.length() == 1 && value.charAt(0) != '"') {
                    yield value.charAt(0);
                }
                throw cards.error(place, "unknown separator '" + value + "' (expected tab, comma, semicolon, "
                        + "space, pipe, colon or one character)");
            }
        };
    }

    private static int column(CardCollector cards, String value, String place) {
        try {
            int c = Integer.parseInt(value.strip());
            if (c >= 1) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw cards.error(place, "'" + value.strip() + "' is not a column number (1 is the first column)");
    }
}
