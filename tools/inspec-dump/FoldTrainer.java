import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * For rank-folds.py: trains one OpenNLP model per fold on the other folds' events and writes the probability of the
 * outcome "1" for each event of the fold. Arguments: events.tsv (doc, candidate, label, real values), folds.tsv (doc,
 * fold), out.tsv, number of folds, iterations, algorithm (MAXENT, MAXENT_QN, PERCEPTRON). Not part of the build.
 */
public final class FoldTrainer {
    public static void main(String[] a) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a[0]))) {
            rows.add(line.split("\t"));
        }
        Map<String, Integer> fold = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(a[1]))) {
            String[] p = line.split("\t");
            fold.put(p[0], Integer.parseInt(p[1]));
        }
        StringBuilder out = new StringBuilder();
        for (int f = 0; f < Integer.parseInt(a[3]); f++) {
            List<Event> train = new ArrayList<>();
            for (String[] r : rows) {
                if (fold.get(r[0]) != f) {
                    train.add(event(r));
                }
            }
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, a[5]);
            p.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(a[4]));
            p.put(TrainingParameters.CUTOFF_PARAM, 0);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            // Without the real-value indexer the trainers read every feature as present and learn a constant.
            p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
            EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
            MaxentModel m = trainer.train(ObjectStreamUtils.createObjectStream(train));
            int one = m.getIndex("1");
            for (String[] r : rows) {
                if (fold.get(r[0]) == f) {
                    Event e = event(r);
                    out.append(r[0]).append('\t').append(r[1]).append('\t')
                            .append(m.eval(e.getContext(), e.getValues())[one]).append('\n');
                }
            }
        }
        Files.writeString(Path.of(a[2]), out);
    }

    private static Event event(String[] r) {
        String[] v = r[3].split(" ");
        String[] context = new String[v.length + 1];
        float[] values = new float[v.length + 1];
        for (int i = 0; i < v.length; i++) {
            context[i] = "f" + i;
            values[i] = Float.parseFloat(v[i]);
        }
        context[v.length] = "bias";
        values[v.length] = 1f;
        return new Event(r[2], context, values);
    }
}
