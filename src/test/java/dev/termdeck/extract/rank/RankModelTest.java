package dev.termdeck.extract.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The learned ranker's model is rebuilt from its committed data, the same each time. */
class RankModelTest {
    private static final Path DATA = Path.of("data/rank/inspec-tune-candidates.tsv");

    @Test
    void theSameCandidatesGiveTheSameModel() throws Exception {
        List<LabelledCandidate> all = RankTraining.read(DATA);
        Set<String> docs = all.stream().map(LabelledCandidate::doc).distinct().limit(40).collect(Collectors.toSet());
        List<LabelledCandidate> slice = all.stream().filter(c -> docs.contains(c.doc())).toList();

        RankModel a = RankModel.train(slice);
        RankModel b = RankModel.train(slice);

        assertThat(b.write()).isEqualTo(a.write());
        RankModel read = RankModel.read(new ByteArrayInputStream(a.write()));
        for (LabelledCandidate c : all.subList(0, 200)) {
            assertThat(read.probability(c.features())).isEqualTo(a.probability(c.features())).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theBundledModelIsTheOneItsDataTrains() throws Exception {
        byte[] bundled;
        try (InputStream in = RankModel.class.getResourceAsStream(RankModel.RESOURCE)) {
            assertThat(in).as("the bundled model " + RankModel.RESOURCE).isNotNull();
            bundled = in.readAllBytes();
        }

        assertThat(RankModel.train(RankTraining.read(DATA)).write()).isEqualTo(bundled);
        assertThat(RankModel.bundled()).isPresent();
    }

    @Test
    void theDataHasOneColumnAFeature() throws Exception {
        List<LabelledCandidate> all = RankTraining.read(DATA);

        assertThat(all).allSatisfy(c -> assertThat(c.features()).hasSize(RankFeatures.NAMES.size()));
        assertThat(all.stream().filter(LabelledCandidate::keyphrase).count()).isBetween(1L, all.size() - 1L);
    }
}
