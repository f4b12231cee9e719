package dev.termdeck.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file whose encoding is not declared. In order: a byte order mark (UTF-8, UTF-16);
 * UTF-16 without a mark (every other byte zero); strict UTF-8; GB18030 when the bytes are clearly Chinese in that
 * encoding (almost all two-byte characters in the common GB2312 range); Windows-1252 when the text is plausible
 * Western European text. Anything else (binary data, control characters) is refused. Stateless and thread-safe.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws NotTextException saying why, when the bytes are not text in an encoding this class recognises
     */
    public static DecodedText decode(byte[] bytes) throws NotTextException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, false);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, true);
        }
        if (hasNul(bytes)) {
            throw new NotTextException("binary file");
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, false);
        } catch (NotTextException notUtf8) {
            if (looksLikeGb18030(bytes)) {
                try {
                    return strict(bytes, 0, GB18030, true);
                } catch (NotTextException notGb) {
                    // fall through to the next guess
                }
            }
            if (looksLikeWindows1252(bytes)) {
                return strict(bytes, 0, WINDOWS_1252, true);
            }
            throw new NotTextException("not UTF-8, and not clearly GB18030 or Windows-1252 text");
        }
    }

    private static DecodedText strict(byte[] bytes, int offset, Charset cs, boolean fallback)
            throws NotTextException {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid " + cs.name());
        }
        String text = chars.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (controlShare(text) > 0.01) {
            throw new NotTextException("binary file");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new DecodedText(text, cs, fallback);
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-16 without a BOM: mostly ASCII text where every other byte is zero. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length & ~1, 4096);
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZero++;
            }
            if (bytes[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * GB2312-range two-byte pairs (lead 0xB0-0xF7, trail 0xA1-0xFE: the common hanzi) make up nearly all non-ASCII
     * bytes. Western text in Windows-1252 rarely pairs two high bytes this way.
     */
    private static boolean looksLikeGb18030(byte[] bytes) {
        int pairs = 0;
        int common = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                continue;
            }
            if (i + 1 >= bytes.length) {
                return false;
            }
            int t = bytes[i + 1] & 0xff;
            pairs++;
            if (b >= 0xA1 && b <= 0xF7 && t >= 0xA1 && t <= 0xFE) {
                common++;
            }
            i++;
        }
        return pairs >= 4 && common >= pairs * 0.9;
    }

    /** Mostly ASCII with some high bytes, no C1 control codes undefined in Windows-1252. */
    private static boolean looksLikeWindows1252(byte[] bytes) {
        int high = 0;
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
            if (b >= 0x80) {
                high++;
            }
        }
        return high <= bytes.length * 0.3;
    }

    /** Share of characters that are control characters other than tab, line feed, carriage return and form feed. */
    static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int bad = 0;
        int n = Math.min(text.length(), 65536);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                bad++;
            }
        }
        return bad / (double) n;
    }
}
