package dev.termdeck.extract.rank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the ranker's model from its labelled candidates:
 * <pre>
 *   java -cp "target/classes:target/lib/*" dev.termdeck.extract.rank.RankTraining \
 *       data/rank/inspec-tune-candidates.tsv src/main/resources/dev/termdeck/extract/rank/ranker.bin
 * </pre>
 * The data file is tab-separated with a header line: the document's id, the label (1 for a keyphrase), the matched
 * keyphrase's key (or -), the document's number of keyphrases, whether the candidate reaches the cut-off (1 or 0),
 * then the {@link RankFeatures}. GIS on one thread is deterministic: the same file gives the same bytes. The model
 * file is written atomically.
 */
public final class RankTraining {
    /** The columns before the features. */
    static final int FIRST_FEATURE = 5;

    private RankTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RankTraining DATA.tsv MODEL.bin");
        }
        List<LabelledCandidate> data = read(Path.of(args[0]));
        byte[] model = RankModel.train(data).write();
        Path out = Path.of(args[1]).toAbsolutePath();
        Path tmp = Files.createTempFile(out.getParent(), "ranker", ".tmp");
        Files.write(tmp, model);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(data.size() + " candidates, model " + model.length + " bytes: " + out);
    }

    /** The labelled candidates of a data file (see the class comment). */
    public static List<LabelledCandidate> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledCandidate> out = new ArrayList<>(lines.size());
        int width = FIRST_FEATURE + RankFeatures.NAMES.size();
        for (int n = 1; n < lines.size(); n++) {
            String[] p = lines.get(n).split("\t");
            if (p.length != width) {
                throw new IOException(file + " line " + (n + 1) + ": " + p.length + " columns, expected " + width);
            }
            float[] f = new float[RankFeatures.NAMES.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = Float.parseFloat(p[FIRST_FEATURE + i]);
            }
            out.add(new LabelledCandidate(p[0], "1".equals(p[1]), f));
        }
        return out;
    }
}
