package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.bench.SyntheticDeck;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.testing.Launcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes writing one deck at the same time lose nothing the other acknowledged: every {@code import}
 * that said it was done is in the deck at the end, whether the other writer was a second import loop, a card being
 * edited again and again ({@link EditLoop}, 20 ms between edits), or {@code termdeck build} merging its extraction
 * into the deck; and two builds of the same deck at once both leave their cards in it. The deck is large (1,000 cards), so that each read, merge and write takes long enough for the
 * writers to overlap many times: without the deck's lock, each of these tests loses acknowledged imports.
 */
class DeckWriteRaceIT {
    @TempDir
    Path work;

    private Path deck;
    private Path home;
    private String edited;

    @BeforeEach
    void aLargeDeck() throws IOException {
        home = work.resolve("data");
        deck = work.resolve("decks/race.deck.json");
        Deck d = SyntheticDeck.generate("race", 1000, new Random(7));
        DeckJson.write(deck, d);
        edited = d.cards().get(0).id();
    }

    @Test
    void twoImportLoopsAtOnceLoseNoAcknowledgedImport() throws Exception {
        Path stop = work.resolve("stop");
        Process a = importLoop("a", 30, stop);
        Process b = importLoop("b", 30, stop);
        List<String> acks = new ArrayList<>();
        acks.addAll(finish(a));
        acks.addAll(finish(b));

        assertThat(acks).hasSize(60);
        assertAllInDeck(acks);
    }

    @Test
    void importsDuringCardEditsAreKeptAndTheLastEditToo() throws Exception {
        Path stop = work.resolve("stop");
        Path editsOut = work.resolve("edits.out");
        Process edits = new ProcessBuilder(javaCommand(EditLoop.class, deck.toString(), home.toString(), "20"))
                .directory(work.toFile()).redirectOutput(editsOut.toFile())
                .redirectError(work.resolve("edits.err").toFile()).start();
        Process imports = importLoop("a", 20, stop);
        List<String> acks = finish(imports);
        edits.destroy();
        assertThat(edits.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertAllInDeck(acks);
        List<String> saved = Files.readAllLines(editsOut).stream().filter(l -> l.startsWith("saved edit ")).toList();
        assertThat(saved).as("the edit loop ran alongside").isNotEmpty();
        long lastAcknowledged = Long.parseLong(saved.get(saved.size() - 1).substring("saved edit ".length()));
        String def = DeckJson.read(deck).card(edited).orElseThrow().definition().en();
        assertThat(Long.parseLong(def.substring("edit ".length()))).as("the last saved edit is in the deck")
                .isGreaterThanOrEqualTo(lastAcknowledged);
    }

    @Test
    void importsDuringABuildOfTheSameDeckAreMergedNotOverwritten() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (String f : List.of("dropout.txt", "adam.txt", "resnet.txt")) {
            Files.copy(Path.of("src/test/resources/dev/termdeck/extract/en/unseen", f), corpus.resolve(f));
        }
        Path stop = work.resolve("stop");
        Process imports = importLoop("a", 1000, stop);
        for (int i = 0; i < 2; i++) {
            Launcher.Result build = Launcher.run(home, work, "", "build", "--corpus", corpus.toString(), "--lang",
                    "en", "--deck", "race", "--threads", "1");
            assertThat(build.exitCode()).as(build.err()).isZero();
        }
        Files.createFile(stop);
        List<String> acks = finish(imports);

        assertThat(acks).as("imports ran alongside the builds").isNotEmpty();
        assertAllInDeck(acks);
        assertThat(DeckJson.read(deck).cards().stream().filter(c -> !c.stale()).count())
                .as("the build's own cards are there too").isPositive();
    }

    @Test
    void twoBuildsOfOneDeckAtOnceKeepBothResults() throws Exception {
        List<java.util.concurrent.CompletableFuture<Launcher.Result>> builds = new ArrayList<>();
        for (String paper : List.of("dropout", "resnet")) {
            Path corpus = Files.createDirectories(work.resolve("corpus-" + paper));
            Files.copy(Path.of("src/test/resources/dev/termdeck/extract/en/unseen", paper + ".txt"),
                    corpus.resolve(paper + ".txt"));
            ProcessBuilder pb = Launcher.command(home, work, List.of("build", "--corpus", corpus.toString(),
                    "--lang", "en", "--deck", "race", "--threads", "1"));
            builds.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return Launcher.run(pb, "");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (var b : builds) {
            Launcher.Result r = b.get(300, TimeUnit.SECONDS);
            assertThat(r.exitCode()).as(r.err()).isZero();
        }

        Set<String> docs = DeckJson.read(deck).cards().stream().flatMap(c -> c.sources().stream())
                .map(s -> s.doc()).filter(d -> d.contains("#")).map(d -> d.substring(0, d.indexOf('#')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(docs).as("the cards of both builds").contains("dropout", "resnet");
    }

    private void assertAllInDeck(List<String> acks) throws IOException {
        Deck d = DeckJson.read(deck);
        Set<String> terms = d.cards().stream().map(c -> c.term().en()).filter(t -> t != null && t.startsWith("probe "))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> lost = acks.stream().map(a -> "probe " + a.substring("ack ".length()))
                .filter(t -> !terms.contains(t)).toList();
        assertThat(lost).as("acknowledged imports missing from the deck").isEmpty();
    }

    private Process importLoop(String tag, int count, Path stop) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaCommand(ImportLoop.class, "race", tag, Integer.toString(count),
                stop.toString())).directory(work.toFile()).redirectError(work.resolve(tag + ".err").toFile());
        pb.environment().putAll(Launcher.env(home));
        return pb.start();
    }

    /** Waits for a loop to end; its {@code ack} lines. */
    private static List<String> finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> l.startsWith("ack ")).toList();
    }

    private List<String> javaCommand(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        cmd.addAll(List.of("-cp", Path.of("target/termdeck.jar").toAbsolutePath() + java.io.File.pathSeparator
                + Path.of("target/test-classes").toAbsolutePath(), main.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
