package dev.termdeck.build;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Generated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code generated} block of a built deck, reproducible: the time is {@code SOURCE_DATE_EPOCH} when set, else
 * the newest modification time of the corpus files used (UTC, whole seconds), never the clock; corpus paths are
 * relative to the working directory when the corpus is inside it. Stateless.
 */
final class BuildStamp {
    private BuildStamp() {
    }

    /**
     * @param tool            the tool and version that built the deck ({@code termdeck 0.1.0})
     * @param sourceDateEpoch the value of {@code SOURCE_DATE_EPOCH}, or {@code null}
     */
    static Generated of(String tool, Path corpusRoot, List<String> files, Path workDir, String sourceDateEpoch) {
        List<String> shown = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        Path root = corpusRoot.toAbsolutePath().normalize();
        boolean single = Files.isRegularFile(root);
        for (String f : files) {
            Path p = single ? root : root.resolve(f);
            Path work = workDir.toAbsolutePath().normalize();
            shown.add((p.startsWith(work) ? work.relativize(p) : p).toString().replace('\\', '/'));
            try {
                Instant m = Files.getLastModifiedTime(p).toInstant();
                newest = m.isAfter(newest) ? m : newest;
            } catch (IOException e) {
                throw new TermdeckException(p + ": cannot read the modification time (" + e.getMessage() + ")", e);
            }
        }
        return new Generated(tool, format(at(sourceDateEpoch, newest)), shown);
    }

    private static Instant at(String epoch, Instant newest) {
        if (epoch == null || epoch.isBlank()) {
            return newest;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw TermdeckException.badRequest("SOURCE_DATE_EPOCH must be whole seconds since 1970, was '" + epoch + "'");
        }
    }

    private static String format(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
