package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CdsTrainingTest {
    @Test
    void everyTrainingCommandEndsAsExpectedAndTheFullScreenRunAnswersCards() throws Exception {
        List<CdsTraining.Run> runs = CdsTraining.train();

        assertThat(runs).extracting(r -> r.args().get(0))
                .containsExactly("--version", "--help", "corpus", "study", "study", "study", "[full-screen UI]");
        assertThat(runs).allSatisfy(r -> assertThat(r.exitCode()).as("%s: %s", r.args(), r.err())
                .isEqualTo(r.expected()));
        assertThat(runs.get(5).expected()).isEqualTo(Failure.USAGE);
        assertThat(runs.get(5).err()).contains("--no-such-option");
        assertThat(runs.get(6).err()).doesNotStartWith("0 ");
    }

    @Test
    void theTrainingLeavesNoTemporaryDirectoryBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingDirs(tmp);

        CdsTraining.train();

        assertThat(trainingDirs(tmp)).isEqualTo(before);
    }

    private static List<Path> trainingDirs(Path tmp) throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("termdeck-cds")).sorted().toList();
        }
    }
}
