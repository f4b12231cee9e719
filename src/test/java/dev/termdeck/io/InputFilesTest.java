package dev.termdeck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsARegularFileUpToItsBound() throws IOException {
        Path f = Files.write(dir.resolve("a.txt"), new byte[100]);

        assertThat(InputFiles.read(f, 100)).hasSize(100);
        assertThatThrownBy(() -> InputFiles.read(f, 99)).isInstanceOf(FileSystemException.class)
                .hasMessage(f + ": larger than 99 bytes, the limit for this file");
    }

    @Test
    void refusesADeviceBeforeOpeningIt() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));

        assertThat(InputFiles.isSpecial(zero)).isTrue();
        assertThatThrownBy(() -> InputFiles.read(zero, Long.MAX_VALUE)).isInstanceOf(FileSystemException.class)
                .hasMessage("/dev/zero: " + InputFiles.NOT_REGULAR);
    }

    @Test
    void aDirectoryOrNothingIsSaidAsSuch() throws IOException {
        assertThatThrownBy(() -> InputFiles.read(dir, 10)).hasMessage(dir + ": a directory, not a file");
        assertThatThrownBy(() -> InputFiles.read(dir.resolve("none"), 10)).isInstanceOf(NoSuchFileException.class);
        assertThat(InputFiles.isSpecial(dir)).isFalse();
        assertThat(InputFiles.isSpecial(dir.resolve("none"))).isFalse();
    }
}
