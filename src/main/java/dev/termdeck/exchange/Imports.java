package dev.termdeck.exchange;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.io.InputFiles;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckMerger;
import dev.termdeck.deck.Generated;
import dev.termdeck.deck.MergeResult;
import dev.termdeck.deck.Readings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Reads a text file into a deck, guessing its format when not told, and merges it into an existing deck. Stateless. */
public final class Imports {
    /**
     * The largest file imported: far above a class's deck (10,000 cards of Anki text are a few MB), and small enough
     * that the deck it makes can be read back (decks stop at {@code DeckJson.MAX_BYTES}) without exhausting memory.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private Imports() {
    }

    /** The outcome: the deck to write, what the merge did ({@code null} for a new deck), and warnings. */
    public record Outcome(Deck deck, MergeResult merge, Format format, List<String> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    /** The importer for {@code format}; a usage error for a format termdeck only writes. */
    public static Importer importer(Format format) {
        return switch (format) {
            case ANKI_TSV -> new AnkiTextImporter();
            case CSV -> new CsvImporter();
            case QUIZLET -> new QuizletImporter();
            default -> throw TermdeckException.badRequest("termdeck cannot import " + format + " (it imports "
                    + Format.list(true) + ")");
        };
    }

    /**
     * Reads {@code file} and builds the deck {@code name}; when {@code existing} is given, the cards are merged into
     * it with {@link DeckMerger#absorb}. A Chinese term the file adds or changes without its pinyin gets the pinyin
     * {@code script} reads ({@link Readings}).
     *
     * @param format the format, or {@code null} to guess it from the file name and its first line
     */
    public static Outcome read(Path file, Format format, String name, Deck existing, Generated generated,
            ChineseScript script) throws IOException {
        Format f;
        Imported in;
        if (format == Format.APKG || format == null && isPackage(file)) {
            f = Format.APKG;
            in = ApkgImporter.read(file, existing);
        } else {
            String text = readText(file);
            f = format != null ? format : guess(file, text);
            in = importer(f).read(file.toString(), text, existing);
        }
        Bilingual title = in.title();
        Deck read = new Deck(Deck.FORMAT, name, title, Deck.languagesOf(in.cards()), generated, in.cards());
        if (existing == null) {
            return new Outcome(withReadings(read, null, script), null, f, in.warnings());
        }
        MergeResult merged = DeckMerger.absorb(existing, read);
        return new Outcome(withReadings(merged.deck(), existing, script), merged, f, in.warnings());
    }

    /** {@code deck} with the pinyin of every Chinese term that is new or changed since {@code before}. */
    private static Deck withReadings(Deck deck, Deck before, ChineseScript script) {
        Map<String, Card> old = before == null ? Map.of() : before.cardsById();
        List<Card> cards = new ArrayList<>();
        for (Card c : deck.cards()) {
            cards.add(Readings.refresh(old.get(c.id()), c, script));
        }
        return deck.withCards(cards);
    }

    /** Whether {@code file} is named as an Anki package ({@code .apkg}, {@code .colpkg}). */
    static boolean isPackage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".apkg") || name.endsWith(".colpkg");
    }

    /**
     * The format of a file: {@code .csv} is CSV; Anki's {@code #separator}, {@code #html} or {@code #columns} header
     * means Anki text; otherwise lines with one tab each are Quizlet.
     */
    public static Format guess(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = body.lines().findFirst().orElse("");
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (first.startsWith("#separator:") || first.startsWith("#html:") || first.startsWith("#columns:")
                || first.startsWith("#notetype") || first.startsWith("#deck") || first.startsWith("#guid column:")) {
            return Format.ANKI_TSV;
        }
        if (first.toLowerCase(Locale.ROOT).startsWith("id,") || first.contains("term_en")) {
            return Format.CSV;
        }
        if (!first.isEmpty() && body.lines().filter(l -> !l.isBlank()).allMatch(l -> l.indexOf('\t') > 0)) {
            return Format.QUIZLET;
        }
        throw new UnknownFormatException(file + ": cannot tell the format from the name or the first line");
    }

    /**
     * The file's text, which must be UTF-8 (a byte order mark is kept for the readers to skip) and at most
     * {@link #MAX_BYTES} long.
     */
    public static String readText(Path file) throws IOException {
        InputFiles.requireRegular(file);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new TermdeckException(String.format(Locale.ROOT, "%s: %.1f MB is too large to import (limit %d MB);"
                    + " split it into smaller files", file, size / 1048576.0, MAX_BYTES / 1048576));
        }
        byte[] bytes = InputFiles.read(file, MAX_BYTES);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TermdeckException(file + ": not UTF-8 text (save it as UTF-8 and import again)", e);
        }
    }
}
