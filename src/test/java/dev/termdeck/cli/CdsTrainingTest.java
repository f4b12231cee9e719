package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsTrainingTest {
    @Test
    void everyTrainingCommandEndsAsExpectedAndTheFullScreenRunAnswersCards(@TempDir Path parent) throws Exception {
        List<CdsTraining.Run> runs = CdsTraining.train(parent);

        assertThat(runs).extracting(r -> r.args().get(0))
                .containsExactly("--version", "--help", "corpus", "study", "study", "study", "[full-screen UI]");
        assertThat(runs).allSatisfy(r -> assertThat(r.exitCode()).as("%s: %s", r.args(), r.err())
                .isEqualTo(r.expected()));
        assertThat(runs.get(5).expected()).isEqualTo(Failure.USAGE);
        assertThat(runs.get(5).err()).contains("--no-such-option");
        assertThat(runs.get(6).err()).doesNotStartWith("0 ");
    }

    @Test
    void theTrainingLeavesNoTemporaryDirectoryBehind(@TempDir Path parent) throws Exception {
        // A directory of the test's own: builds in other checkouts may train at the same time in the shared tmp.
        CdsTraining.train(parent);

        assertThat(trainingDirs(parent)).isEmpty();
    }

    private static List<Path> trainingDirs(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("termdeck-cds")).sorted().toList();
        }
    }
}
