package dev.termdeck.extract.bilingual;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.io.InputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads glossaries in termdeck's TSV format: one term a line, {@code English TAB Chinese [TAB abbreviation [TAB
 * variant|variant... [TAB English definition [TAB Chinese definition]]]]} (the bundled dictionary writes all six
 * columns, older glossaries four); an abbreviation written {@code ~CRF} is shown but never linked
 * ({@link GlossaryEntry#sharedAbbr}); {@code #} starts a comment line; blank lines are skipped. Chinese written in
 * traditional characters is converted to simplified. A line that does not parse (too few or too many columns, a
 * missing term, a definition over {@value #MAX_DEFINITION_CHARS} characters or with control characters), or an
 * English term given twice in one file, is a {@link TermdeckException} naming the file and line. Stateless and
 * thread-safe.
 */
public final class GlossaryReader {
    /** Where the built-in glossary lives on the classpath. */
    public static final String BUILT_IN = "/dev/termdeck/extract/glossary.tsv";
    /**
     * The built-in building-block vocabulary: words and modifiers terms are made of, all basic vocabulary (see
     * {@link Glossary#isBasic}), in the glossary's format.
     */
    public static final String BUILT_IN_WORDS = "/dev/termdeck/extract/glossary-words.tsv";
    /** The English terms of the built-in glossary that are basic vocabulary, one a line. */
    public static final String BASIC_TERMS = "/dev/termdeck/extract/basic-terms.txt";

    /**
     * Written before an abbreviation ({@code ~CRF}): the field's short form of the term, whose letters also stand for
     * another common concept; shown on the card, never taken for the entry when met alone (see
     * {@link GlossaryEntry#sharedAbbr}).
     */
    public static final String SHARED_ABBR = "~";
    /** The longest definition a glossary line may carry. */
    public static final int MAX_DEFINITION_CHARS = 600;
    /** The largest glossary file read (the built-in one is about 0.6 MB). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final String COLUMNS = "English TAB Chinese [TAB abbreviation [TAB variants [TAB English definition"
            + " [TAB Chinese definition]]]]";

    private final ChineseForms chinese;

    public GlossaryReader(ChineseForms chinese) {
        this.chinese = chinese;
    }

    /**
     * The glossary shipped with termdeck: its terms and its building-block vocabulary, the words being basic.
     *
     * @throws IllegalStateException when an English term is in both files
     */
    public Glossary builtIn() {
        try (InputStream in = resource(BUILT_IN); InputStream words = resource(BUILT_IN_WORDS);
                InputStream basic = resource(BASIC_TERMS)) {
            List<GlossaryEntry> entries = new ArrayList<>(parse(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "glossary.tsv (built in)", false));
            List<GlossaryEntry> parts = parse(new BufferedReader(new InputStreamReader(words, StandardCharsets.UTF_8)),
                    "glossary-words.tsv (built in)", false);
            java.util.Set<String> terms = new java.util.HashSet<>();
            entries.forEach(e -> terms.add(TermKeys.englishSingular(e.en())));
            List<String> basicTerms = new ArrayList<>(new String(basic.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
            for (GlossaryEntry p : parts) {
                if (terms.contains(TermKeys.englishSingular(p.en()))) {
                    throw new IllegalStateException("'" + p.en() + "' is in both built-in glossary files");
                }
                basicTerms.add(p.en());
            }
            entries.addAll(parts);
            return Glossary.of(entries, basicTerms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = GlossaryReader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the jar");
        }
        return in;
    }

    /** A user's glossary file. */
    public Glossary read(Path file) {
        try (BufferedReader r = new BufferedReader(new StringReader(InputFiles.readUtf8(file, MAX_FILE_BYTES)))) {
            return Glossary.of(parse(r, file.toString(), true));
        } catch (NoSuchFileException e) {
            throw new TermdeckException(file + ": no such glossary file");
        } catch (CharacterCodingException e) {
            throw new TermdeckException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new TermdeckException(e instanceof FileSystemException fs && fs.getReason() != null
                    ? file + ": " + fs.getReason() : file + ": cannot read the glossary (" + e.getMessage() + ")");
        }
    }

    /**
     * @param traditional whether definitions may be written in traditional characters (a user's file); the built-in
     *                    files are simplified (a test checks it), and converting 2,000 definitions is a third of the
     *                    time it takes to read the dictionary
     */
    private List<GlossaryEntry> parse(BufferedReader r, String name, boolean traditional) throws IOException {
        List<GlossaryEntry> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (no == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 6 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new TermdeckException(name + ":" + no + ": expected '" + COLUMNS + "', found "
                        + (cols.length > 6 ? cols.length + " columns in " : "") + "'" + abbreviate(line) + "'");
            }
            String key = TermKeys.englishSingular(cols[0]);
            Integer first = seen.putIfAbsent(key, no);
            if (first != null) {
                throw new TermdeckException(name + ":" + no + ": '" + cols[0].strip()
                        + "' is already defined on line " + first);
            }
            String abbr = cols.length > 2 ? cols[2].strip() : null;
            // "~CRF": the standard short form, shown but never linked (letters shared with another concept).
            boolean shared = abbr != null && abbr.startsWith(SHARED_ABBR);
            if (shared) {
                abbr = abbr.substring(SHARED_ABBR.length()).strip();
                if (abbr.isEmpty()) {
                    throw new TermdeckException(name + ":" + no + ": '" + SHARED_ABBR
                            + "' must be followed by the short form it marks as shared");
                }
            }
            List<String> variants = cols.length > 3
                    ? Arrays.stream(cols[3].split("\\|")).map(chinese::toSimplified).toList()
                    : List.of();
            String defEn = cols.length > 4 ? definition(cols[4], name, no, "English") : null;
            String defZh = cols.length > 5 ? definition(cols[5], name, no, "Chinese") : null;
            out.add(new GlossaryEntry(cols[0], chinese.toSimplified(cols[1].strip()), abbr, variants,
                    new Bilingual(defEn, defZh == null || !traditional ? defZh : chinese.toSimplified(defZh)), shared));
        }
        return out;
    }

    /** A definition column, stripped ({@code null} when empty), checked for length and control characters. */
    private static String definition(String column, String name, int no, String language) {
        String d = column.strip();
        if (d.isEmpty()) {
            return null;
        }
        if (d.length() > MAX_DEFINITION_CHARS) {
            throw new TermdeckException(name + ":" + no + ": the " + language + " definition has " + d.length()
                    + " characters (at most " + MAX_DEFINITION_CHARS + ")");
        }
        if (d.codePoints().anyMatch(Character::isISOControl)) {
            throw new TermdeckException(name + ":" + no + ": the " + language + " definition has a control character");
        }
        return d;
    }

    private static String abbreviate(String line) {
        String s = line.replace('\t', ' ');
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
