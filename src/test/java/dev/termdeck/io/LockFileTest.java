package dev.termdeck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
    @TempDir
    Path dir;

    @Test
    void writersTakeTurnsSoThatNoReadModifyWriteIsLost() throws Exception {
        Path counter = Files.writeString(dir.resolve("counter.txt"), "0");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        try (LockFile lock = LockFile.acquire(counter)) {
                            int n = Integer.parseInt(Files.readString(counter));
                            Thread.yield();
                            AtomicFiles.writeString(counter, Integer.toString(n + 1));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Files.readString(counter)).isEqualTo("200");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("counter.txt");
        }
    }

    @Test
    void aWriterThatNeverFinishesIsReportedAfterTheWait() throws Exception {
        Path deck = dir.resolve("d.deck.json");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (LockFile lock = LockFile.acquire(deck)) {
                held.countDown();
                release.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        held.await();
        try {
            assertThatThrownBy(() -> LockFile.acquire(deck, Duration.ofMillis(200)))
                    .isInstanceOf(FileSystemException.class)
                    .hasMessage(deck + ": another termdeck has been writing it for 0 s; try again when it is done");
        } finally {
            release.countDown();
            holder.join();
        }
        try (LockFile again = LockFile.acquire(deck, Duration.ofMillis(200))) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aLockLeftByAKilledWriterIsTakenOver() throws Exception {
        Path deck = dir.resolve("d.deck.json");
        Files.writeString(dir.resolve(".d.deck.json.lock"), "12345 stale\n");

        try (LockFile lock = LockFile.acquire(deck, Duration.ofSeconds(1))) {
            assertThat(lock).isNotNull();
        }
        assertThat(dir.resolve(".d.deck.json.lock")).doesNotExist();
    }
}
