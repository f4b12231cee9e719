package dev.termdeck.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stable Anki note guids and ids derived from termdeck's identities, so that importing a newer export updates the
 * notes a student already has instead of adding duplicates. A guid is the first 8 bytes of the SHA-256 of
 * {@code termdeck:CARD_ID}, written in the 91-character alphabet Anki uses for its own guids. Stateless.
 */
public final class AnkiGuids {
    private static final String BASE91 =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
    private static final long LOW = 1L << 30;

    private AnkiGuids() {
    }

    /** The note guid for the card with id {@code cardId}. */
    public static String guid(String cardId) {
        long v = first8Bytes(sha256("termdeck:" + cardId));
        StringBuilder sb = new StringBuilder();
        do {
            sb.append(BASE91.charAt((int) Long.remainderUnsigned(v, 91)));
            v = Long.divideUnsigned(v, 91);
        } while (v != 0);
        return sb.reverse().toString();
    }

    /** A deck id in [2^30, 2^31) derived from the termdeck deck name, the same for every export of that deck. */
    public static long deckId(String deckName) {
        return LOW + (first8Bytes(sha256("termdeck-deck:" + deckName)) & (LOW - 1));
    }

    /** Anki's field checksum: the first 8 hex digits of the SHA-1 of the field's text without HTML tags. */
    public static long fieldChecksum(String fieldHtml) {
        byte[] d = digest("SHA-1", Html.stripTags(fieldHtml));
        return ((d[0] & 0xffL) << 24) | ((d[1] & 0xffL) << 16) | ((d[2] & 0xffL) << 8) | (d[3] & 0xffL);
    }

    /** Anki's legacy tag string: tags separated by spaces, with a space at each end; empty for no tags. */
    public static String tagString(List<String> tags) {
        return tags.isEmpty() ? "" : tags.stream().collect(Collectors.joining(" ", " ", " "));
    }

    private static byte[] sha256(String s) {
        return digest("SHA-256", s);
    }

    private static byte[] digest(String algorithm, String s) {
        try {
            return MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }

    private static long first8Bytes(byte[] b) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[i] & 0xffL);
        }
        return v;
    }
}
