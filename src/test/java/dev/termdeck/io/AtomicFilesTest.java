package dev.termdeck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersLikeAnyFileAUserSaves() throws IOException {
        Path f = dir.resolve("export.csv");

        AtomicFiles.writeString(f, "a,b\n");

        assertThat(Files.readString(f)).isEqualTo("a,b\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        Path f = dir.resolve("private.deck.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));

        AtomicFiles.writeString(f, "new");

        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("deck.json");
        Files.writeString(f, "old");

        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write('x');
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(f)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void aFailedWriteNamesTheTargetNotTheTemporaryFile() throws IOException {
        Path f = dir.resolve("deck.json");

        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            throw new java.nio.file.FileSystemException(Files.list(dir).findFirst().orElseThrow().toString(), null,
                    "No space left on device");
        })).isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessage(f + ": No space left on device");
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x").resolve("out.csv");
        assertThatThrownBy(() -> AtomicFiles.writeString(notADirectory, "a"))
                .isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessageStartingWith(notADirectory.toString());
    }

    @Test
    void temporaryFilesLeftByAKilledWriterGoOnceTheyAreStale() throws IOException {
        Path f = dir.resolve("deck.json");
        Path old = Files.writeString(dir.resolve(".deck.json.111.tmp"), "half");
        Path recent = Files.writeString(dir.resolve(".deck.json.222.tmp"), "being written by another process");
        Path other = Files.writeString(dir.resolve(".other.json.333.tmp"), "another file's");
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - AtomicFiles.STALE.toMillis() - 60_000);
        Files.setLastModifiedTime(old, longAgo);
        Files.setLastModifiedTime(other, longAgo);

        AtomicFiles.writeString(f, "new");

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }
}
