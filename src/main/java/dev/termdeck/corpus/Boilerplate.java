package dev.termdeck.corpus;

import dev.termdeck.core.Lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules that recognise site boilerplate on scraped pages, read from {@code boilerplate.txt} next to this class
 * (a data file, so that a new site's boilerplate is a line of data, not code). Immutable and thread-safe.
 */
final class Boilerplate {
    /** What may stand before a heading's words: emoji, symbols, section numbers, spaces. */
    private static final Pattern HEADING_NOISE_START = Pattern.compile("^[^\\p{L}]*?(?=[\\p{L}])");
    /** What may follow them: a colon, symbols, spaces. */
    private static final Pattern HEADING_NOISE_END = Pattern.compile("[\\s:：.。*_]+$");

    private final List<Pattern> markers;
    private final List<Pattern> drops;
    private final List<Pattern> ends;
    private final List<Pattern> titleNoise;
    private final Map<Pattern, SectionKind> sections;

    private Boilerplate(List<Pattern> markers, List<Pattern> drops, List<Pattern> ends, List<Pattern> titleNoise,
            Map<Pattern, SectionKind> sections) {
        this.markers = List.copyOf(markers);
        this.drops = List.copyOf(drops);
        this.ends = List.copyOf(ends);
        this.titleNoise = List.copyOf(titleNoise);
        this.sections = new LinkedHashMap<>(sections);
    }

    /** What an abstract-section heading says about its section. */
    enum SectionKind {
        /** The original abstract, in whichever language its text is ({@code 摘要（原文）}). */
        ORIGINAL(null),
        /** A plain abstract heading: the original unless another section is marked so. */
        ABSTRACT(null),
        /** The English version. */
        ENGLISH(Lang.EN),
        /** The Chinese version ({@code 摘要（中文）}). */
        CHINESE(Lang.ZH);

        private final Lang lang;

        SectionKind(Lang lang) {
            this.lang = lang;
        }

        /** The language the heading names, or {@code null} when the text decides. */
        Lang lang() {
            return lang;
        }
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
        Map<Pattern, SectionKind> sections = new LinkedHashMap<>();
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
                    case "original" -> sections.put(Pattern.compile(parts[1]), SectionKind.ORIGINAL);
                    case "abstract" -> sections.put(Pattern.compile(parts[1]), SectionKind.ABSTRACT);
                    case "abstract-en" -> sections.put(Pattern.compile(parts[1]), SectionKind.ENGLISH);
                    case "abstract-zh" -> sections.put(Pattern.compile(parts[1]), SectionKind.CHINESE);
                    default -> throw new IllegalArgumentException(
                            "boilerplate.txt:" + n + ": unknown kind '" + parts[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Boilerplate(markers, drops, ends, titles, sections);
    }

    /**
     * The kind of abstract section a heading opens ({@code 摘要（中文）}: the Chinese version), or empty when it is no
     * abstract heading. The heading is given without Markdown syntax; emoji, numbers and a trailing colon are ignored.
     */
    Optional<SectionKind> section(String heading) {
        String h = HEADING_NOISE_START.matcher(heading.strip()).replaceFirst("");
        h = HEADING_NOISE_END.matcher(h).replaceFirst("");
        for (Map.Entry<Pattern, SectionKind> e : sections.entrySet()) {
            if (e.getKey().matcher(h).matches()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
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
