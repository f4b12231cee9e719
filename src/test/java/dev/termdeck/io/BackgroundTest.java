package dev.termdeck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void aTaskRunsOnADaemonThreadOfItsOwnName() throws Exception {
        var result = Background.start("bg-test", () -> Thread.currentThread().getName() + " "
                + Thread.currentThread().isDaemon());

        assertThat(Background.join(result)).isEqualTo("bg-test true");
    }

    @Test
    void joinRethrowsWhatTheTaskThrewUnwrapped() {
        NoSuchFileException missing = new NoSuchFileException("decks/x.deck.json");
        IllegalStateException bad = new IllegalStateException("bad deck");

        assertThatThrownBy(() -> Background.join(Background.start("io", () -> {
            throw missing;
        }))).isSameAs(missing);
        assertThatThrownBy(() -> Background.join(Background.start("runtime", () -> {
            throw bad;
        }))).isSameAs(bad);
    }

    @Test
    void completeRunsOnTheCallingThread() throws IOException {
        var result = new java.util.concurrent.CompletableFuture<String>();

        Background.complete(result, () -> Thread.currentThread().getName());

        assertThat(Background.join(result)).isEqualTo(Thread.currentThread().getName());
    }
}
