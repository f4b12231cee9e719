package dev.termdeck.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules that recognise site boilerplate on scraped pages, read from {@code boilerplate.txt} next to this class
 * (a data file, so that a new site's boilerplate is a line of data, not code). Immutable and thread-safe.
 */
final class Boilerplate {
    private final List<Pattern> markers;
    private final List<Pattern> drops;
    private final List<Pattern> ends;
    private final List<Pattern> titleNoise;

    private Boilerplate(List<Pattern> markers, List<Pattern> drops, List<Pattern> ends, List<Pattern> titleNoise) {
        this.markers = List.copyOf(markers);
        this.drops = List.copyOf(drops);
        this.ends = List.copyOf(ends);
        this.titleNoise = List.copyOf(titleNoise);
    }

    /** The bundled rules. */
    static Boilerplate bundled() {
        try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt")) {
            if (in == null) {
                throw new IllegalStateException("boilerplate.txt is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Boilerplate parse(String rules) {
        List<Pattern> markers = new ArrayList<>();
        List<Pattern> drops = new ArrayList<>();
        List<Pattern> ends = new ArrayList<>();
        List<Pattern> titles = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(rules))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("boilerplate.txt:" + n + ": expected KIND REGEX");
                }
                switch (parts[0]) {
                    case "marker" -> markers.add(Pattern.compile(parts[1]));
                    case "drop" -> drops.add(Pattern.compile(parts[1]));
                    case "end" -> ends.add(Pattern.compile(parts[1]));
                    case "title" -> titles.add(Pattern.compile("(" + parts[1] + ")$"));
                    default -> throw new IllegalArgumentException(
                            "boilerplate.txt:" + n + ": unknown kind '" + parts[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Boilerplate(markers, drops, ends, titles);
    }

    /** A machine-translation marker line (ends an abstract on a list page). */
    boolean isMarker(String trimmedLine) {
        return matchesAny(markers, trimmedLine);
    }

    /** A boilerplate line to drop wherever it appears. */
    boolean isDropped(String trimmedLine) {
        return matchesAny(drops, trimmedLine);
    }

    /** A heading after which the rest of the page is boilerplate. */
    boolean isEnd(String trimmedLine) {
        return matchesAny(ends, trimmedLine);
    }

    /** The title without trailing noise tags. */
    String cleanTitle(String title) {
        String t = title.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Pattern p : titleNoise) {
                String next = p.matcher(t).replaceFirst("").strip();
                if (!next.equals(t) && !next.isEmpty()) {
                    t = next;
                    changed = true;
                }
            }
        }
        return t;
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
