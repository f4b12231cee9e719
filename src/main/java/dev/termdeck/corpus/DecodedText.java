package dev.termdeck.corpus;

import java.nio.charset.Charset;

/**
 * Text decoded from a file's bytes.
 *
 * @param text     the text, without a byte order mark, with {@code \n} line ends
 * @param charset  the encoding it was read in
 * @param fallback whether the encoding was guessed because the bytes were not UTF-8 (the reader then says so)
 */
public record DecodedText(String text, Charset charset, boolean fallback) {
}
