package dev.termdeck.deck;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for deck names, wherever a name comes from: {@code build --deck}, a deck file's {@code name} field
 * (decks are shared, so the field is untrusted), or a file name. A deck name is a plain file name stem: letters,
 * digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit (so never {@code ..}, never a
 * directory part), and at most {@value #MAX_BYTES} bytes in UTF-8, so that {@code NAME.deck.json}, the exports
 * named after it and the temporary files written beside them fit the file system's 255 bytes. Stateless.
 */
public final class DeckNames {
    /** The longest deck name, in UTF-8 bytes (a Chinese character is three). */
    public static final int MAX_BYTES = 200;
    /** What a deck name is made of, in words, for messages. */
    public static final String RULE = "letters, digits, '.', '_' and '-', starting with a letter or digit";
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private DeckNames() {
    }

    /** What is wrong with {@code name} as a deck name, or empty when it is one. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the deck name is empty");
        }
        if (!PLAIN.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a plain deck name (" + RULE + ")");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of(String.format("the deck name is %d bytes long in UTF-8; a deck name has at most %d,"
                    + " so that its files fit the file system", bytes, MAX_BYTES));
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a deck name. */
    public static boolean isValid(String name) {
        return problem(name).isEmpty();
    }

    /**
     * The deck name a file gives: its name without {@code .deck.json} (or {@code .json}), each run of characters a
     * name cannot have as one {@code -}, cut to {@value #MAX_BYTES} bytes; {@code deck} when nothing is left.
     */
    public static String fromFile(Path file) {
        String f = file.getFileName() == null ? "" : file.getFileName().toString();
        String stem = f.endsWith(DeckJson.SUFFIX) ? f.substring(0, f.length() - DeckJson.SUFFIX.length())
                : f.endsWith(".json") ? f.substring(0, f.length() - ".json".length()) : f;
        String name = OTHER.matcher(stem).replaceAll("-");
        int first = 0;
        while (first < name.length() && !Character.isLetterOrDigit(name.codePointAt(first))) {
            first += Character.charCount(name.codePointAt(first));
        }
        name = name.substring(first);
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_BYTES) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return cut.length() == 0 ? "deck" : cut.toString();
    }
}
