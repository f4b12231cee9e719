package dev.termdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.testing.Requires;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens exported packages with {@code anki-reader}, an independent reader of Anki files from the npm registry,
 * installed here from the pinned lock file in {@code src/test/resources/anki-reader}. Skipped (with a message) only
 * when Node.js or npm is missing, and failed then under CI ({@link Requires}).
 */
class AnkiReaderTest {
    private static final Path HOME = Path.of("target", "anki-reader").toAbsolutePath();
    private static final Path SHIPPED = Path.of("decks", "ml-abstracts.deck.json");

    @TempDir
    Path dir;

    @BeforeAll
    static void installAnkiReader() throws Exception {
        Requires.tool(runs("node", "--version") && runs("npm", "--version"),
                "Node.js and npm are needed to open .apkg exports with anki-reader; install them to run this check");
        Files.createDirectories(HOME);
        for (String name : List.of("package.json", "package-lock.json", "read-apkg.mjs")) {
            try (InputStream in = AnkiReaderTest.class.getResourceAsStream("/anki-reader/" + name)) {
                Files.copy(in, HOME.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.exists(HOME.resolve("node_modules/anki-reader/package.json"))) {
            Result r = run(HOME, 300, "npm", "ci", "--no-audit", "--no-fund");
            assertThat(r.code).as("npm ci in %s failed:%n%s", HOME, r.output).isZero();
        }
    }

    @Test
    void everyNoteAndFieldOfTheClassDeckReadsBack() throws Exception {
        Deck deck = Fixtures.classDeck();
        JsonNode read = read(deck, ExportDirection.BOTH);

        JsonNode ours = deckNamed(read, "ML terms for week 2");
        assertThat(ours.get("cards")).hasSize(2 * Fixtures.twoSided(deck).size());
        assertEveryNoteMatches(deck, ours);
        assertThat(read.get("models")).hasSize(1);
        assertThat(read.get("models").get(0).get("fields")).extracting(JsonNode::asText)
                .containsExactly("English", "Chinese", "Pinyin", "Definition", "Source");
        for (JsonNode card : ours.get("cards")) {
            assertThat(card.get("questions")).isNotEmpty();
        }
    }

    @Test
    void oneWayExportHasOneCardPerNote() throws Exception {
        Deck deck = Fixtures.classDeck();
        JsonNode ours = deckNamed(read(deck, ExportDirection.ZH_EN), "ML terms for week 2");

        assertThat(ours.get("cards")).hasSize(Fixtures.twoSided(deck).size());
        assertThat(ours.get("cards")).allMatch(c -> c.get("ord").asInt() == 0);
    }

    @Test
    void theShippedDeckOpensWithEveryCard() throws Exception {
        assertThat(SHIPPED).as("the deck shipped in decks/").exists();
        Deck deck = DeckJson.read(SHIPPED);
        JsonNode ours = deckNamed(read(deck, ExportDirection.BOTH), ApkgExporter.ankiDeckName(deck));

        assertThat(ours.get("cards")).hasSize(2 * Fixtures.twoSided(deck).size());
        assertEveryNoteMatches(deck, ours);
    }

    private JsonNode read(Deck deck, ExportDirection direction) throws Exception {
        Path apkg = dir.resolve(deck.name() + "-" + direction + ".apkg");
        Files.write(apkg, Fixtures.exportBytes(Format.APKG, deck, direction));
        Result r = run(HOME, 120, "node", HOME.resolve("read-apkg.mjs").toString(), apkg.toString());
        assertThat(r.code).as("anki-reader failed:%n%s", r.output).isZero();
        String json = r.output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        return new ObjectMapper().readTree(json);
    }

    private static JsonNode deckNamed(JsonNode read, String name) {
        for (JsonNode d : read.get("decks")) {
            if (d.get("name").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no deck '" + name + "' in " + read.get("decks"));
    }

    /**
     * Every card's note holds exactly the fields termdeck rendered for its card; every card of the deck with both
     * terms is there.
     */
    private static void assertEveryNoteMatches(Deck deck, JsonNode ankiDeck) {
        Map<String, List<String>> expected = new HashMap<>();
        for (Card c : Fixtures.twoSided(deck)) {
            List<String> f = AnkiFields.render(c);
            expected.put(f.get(0) + "\u001f" + f.get(1), f);
        }
        Set<String> notes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode card : ankiDeck.get("cards")) {
            JsonNode fields = card.get("fields");
            List<String> actual = new ArrayList<>();
            AnkiFields.NAMES.forEach(n -> actual.add(fields.get(n).asText()));
            String key = actual.get(0) + "\u001f" + actual.get(1);
            assertThat(expected).containsKey(key);
            assertThat(actual).isEqualTo(expected.get(key));
            notes.add(card.get("noteId").asText());
            seen.add(key);
        }
        assertThat(notes).hasSize(Fixtures.twoSided(deck).size());
        assertThat(seen).isEqualTo(expected.keySet());
    }

    private static boolean runs(String... command) {
        try {
            return run(Path.of("."), 30, command).code == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Result run(Path workDir, int seconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {
    }
}
