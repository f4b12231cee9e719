package dev.termdeck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.bench.SyntheticDeck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.testing.FileSnapshot;
import dev.termdeck.testing.Launcher;
import dev.termdeck.testing.ProgressDb;
import dev.termdeck.testing.Requires;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher on a data directory that fills up, or is read-only, for real: a tiny tmpfs mounted in a private user
 * and mount namespace ({@code unshare -Urm}, no privileges needed where user namespaces are enabled), then remounted
 * read-only. Permission bits would not do: root ignores them, and tests may run as root. Each run's output, exit
 * code and data directory are copied out before the namespace (and its mount) goes away. Skipped where
 * {@code unshare} cannot make a namespace (some containers), and failed then under CI ({@link Requires}).
 */
class FullOrReadOnlyDiskIT {
    @TempDir
    Path work;

    private Path deck;
    private Path results;

    @BeforeAll
    static void namespacesWork() throws Exception {
        Requires.tool(unshareWorks(), "unshare -Urm cannot create a user and mount namespace here");
    }

    @BeforeEach
    void files() throws IOException {
        deck = work.resolve("decks/disk.deck.json");
        DeckJson.write(deck, SyntheticDeck.generate("disk", 2000, new Random(5)));
        results = Files.createDirectories(work.resolve("results"));
        Files.writeString(work.resolve("words.csv"), "english,chinese\ndropout,随机失活\n");
    }

    @Test
    void aDiskThatFillsUpLosesNoAcknowledgedAnswerAndSaysSoInOneLine() throws Exception {
        FileSnapshot inputs = FileSnapshot.of(deck);
        namespace("""
                mount -t tmpfs -o size=256k tmpfs "$M"
                export TERMDECK_HOME="$M/home"
                yes $'\\n3' | head -n 4000 | run full "$T" study --plain --lang en --new 100000 "$DECK"
                copy_home full
                """);

        List<String> saved = Files.readString(results.resolve("full.out")).lines()
                .filter(l -> l.startsWith("saved ")).toList();
        Path db = results.resolve("full/progress.db");
        assertThat(saved).as("answers saved before the disk was full").isNotEmpty();
        assertThat(exitCode("full")).isEqualTo(1);
        assertThat(Files.readString(results.resolve("full.err"))).isEqualTo("termdeck: " + mount()
                + "/home/progress.db: the disk is full; the last answer was not saved\n");
        assertThat(ProgressDb.column(db, "SELECT 'saved ' || card || ' good' FROM review_log ORDER BY id"))
                .isEqualTo(saved);
        assertThat(ProgressDb.integrity(db)).containsExactly("ok");
        assertThat(FileSnapshot.of(deck)).isEqualTo(inputs);
    }

    @Test
    void aFullDiskAtStartIsOneLineBeforeAnyCard() throws Exception {
        namespace("""
                mount -t tmpfs -o size=12k tmpfs "$M"
                export TERMDECK_HOME="$M/home"
                printf '\\n3\\n' | run start "$T" study --plain --lang en "$DECK"
                """);

        assertThat(exitCode("start")).isEqualTo(1);
        assertThat(Files.readString(results.resolve("start.err"))).isEqualTo("termdeck: " + mount()
                + "/home/progress.db: the disk is full, so progress cannot be saved; free some space and start again\n");
    }

    @Test
    void aReadOnlyDiskIsOneLinePerCommandAndNothingOnItChanges() throws Exception {
        namespace("""
                mount -t tmpfs -o size=4m tmpfs "$M"
                export TERMDECK_HOME="$M/home"
                printf '\\n3\\n' | run first "$T" study --plain --lang en "$DECK"
                mkdir -p "$M/decks" && cp "$DECK" "$M/decks/disk.deck.json"
                copy_home before
                mount -o remount,ro "$M"
                printf '\\n3\\n' | run study "$T" study --plain --lang en "$DECK"
                run export "$T" export "$DECK" -f csv -o "$M/out.csv"
                run import "$T" import "$W/words.csv" --out "$M/decks/disk.deck.json"
                run merge "$T" merge "$DECK" "$M/decks/disk.deck.json" --out "$M/decks/both.deck.json"
                copy_home after
                cp "$M/decks/disk.deck.json" "$R/deck-after.json"
                """);

        assertThat(exitCode("first")).isZero();
        assertThat(exitCode("study")).isEqualTo(1);
        assertThat(Files.readString(results.resolve("study.err"))).isEqualTo("termdeck: " + mount()
                + "/home/progress.db: the progress database is read-only, so progress cannot be saved\n");
        assertThat(exitCode("export")).isEqualTo(1);
        assertThat(Files.readString(results.resolve("export.err"))).isEqualTo("termdeck: " + mount()
                + "/out.csv: cannot write the export (Read-only file system)\n");
        assertThat(exitCode("import")).isEqualTo(1);
        assertThat(Files.readString(results.resolve("import.err"))).isEqualTo("termdeck: " + mount()
                + "/decks/disk.deck.json: cannot write the deck (Read-only file system)\n");
        assertThat(exitCode("merge")).isEqualTo(1);
        assertThat(Files.readString(results.resolve("merge.err"))).isEqualTo("termdeck: " + mount()
                + "/decks/both.deck.json: cannot write the deck (Read-only file system)\n");
        assertThat(FileSnapshot.of(results.resolve("after"))).isEqualTo(FileSnapshot.of(results.resolve("before")));
        assertThat(results.resolve("deck-after.json")).hasSameBinaryContentAs(deck);
    }

    private Path mount() {
        return work.resolve("mnt");
    }

    private int exitCode(String run) throws IOException {
        return Integer.parseInt(Files.readString(results.resolve(run + ".rc")).strip());
    }

    /**
     * Runs {@code steps} in bash inside a new user and mount namespace, with {@code $M} (an empty directory to mount
     * on), {@code $T} (the launcher), {@code $DECK}, {@code $W} (the work directory), {@code $R} (where results
     * go), {@code run NAME CMD...} (runs CMD, keeping its output and exit code as {@code NAME.out}, {@code .err},
     * {@code .rc}) and {@code copy_home NAME} (copies the data directory out as {@code NAME/}).
     */
    private void namespace(String steps) throws Exception {
        Files.createDirectories(mount());
        Path script = work.resolve("steps.sh");
        Files.writeString(script, """
                set -u
                run() { local name=$1; shift; "$@" >"$R/$name.out" 2>"$R/$name.err"; echo $? >"$R/$name.rc"; }
                copy_home() { mkdir -p "$R/$1"; cp -a "$M/home/." "$R/$1/"; }
                """ + steps);
        ProcessBuilder pb = new ProcessBuilder("unshare", "-Urm", "bash", script.toString())
                .redirectErrorStream(true);
        pb.environment().putAll(java.util.Map.of("M", mount().toString(), "T", Launcher.script().toString(),
                "DECK", deck.toString(), "W", work.toString(), "R", results.toString(), "LANG", "C.UTF-8"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-Urm", "sh", "-c",
                    "d=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs \"$d\" && umount \"$d\" && rmdir \"$d\"")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
