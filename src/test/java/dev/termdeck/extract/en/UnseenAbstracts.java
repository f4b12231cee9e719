package dev.termdeck.extract.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Abstracts of well-known papers, written for these tests, that are not in the shipped corpus or its gold set. */
final class UnseenAbstracts {
    private UnseenAbstracts() {
    }

    static String read(String name) {
        try (InputStream in = UnseenAbstracts.class.getResourceAsStream("unseen/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test abstract " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
