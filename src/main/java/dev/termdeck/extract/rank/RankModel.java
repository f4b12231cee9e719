package dev.termdeck.extract.rank;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy model of whether a candidate of an English abstract is one of its keyphrases, learned with
 * OpenNLP's GIS trainer from the labelled Inspec tune candidates ({@code data/rank/}, {@link RankTraining}) over
 * {@link RankFeatures}. The bundled model is read once; thread-safe.
 */
public final class RankModel {
    /** The bundled model's resource. */
    public static final String RESOURCE = "/dev/termdeck/extract/rank/ranker.bin";
    /** GIS iterations: the trainer is deterministic (one thread), so the same data gives the same model. */
    public static final int ITERATIONS = 1000;

    private static final String YES = "1";
    private static final String NO = "0";
    private static final String BIAS = "bias";

    private final MaxentModel model;
    private final int yes;

    private RankModel(MaxentModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
        if (yes < 0 || model.getNumOutcomes() != 2) {
            throw new IllegalArgumentException("not a ranking model: outcomes " + model.getNumOutcomes());
        }
    }

    /** The bundled model, or empty when the resource is missing or unreadable (the hand score ranks alone). */
    public static Optional<RankModel> bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final Optional<RankModel> MODEL = load();

        private static Optional<RankModel> load() {
            try (InputStream in = RankModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** A model read from the bytes {@link #write()} gives. */
    public static RankModel read(InputStream in) throws IOException {
        AbstractModel m = new BinaryGISModelReader(new DataInputStream(new BufferedInputStream(in))).getModel();
        return new RankModel(m);
    }

    /** The model's bytes (OpenNLP's binary GIS format). */
    public byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new BinaryGISModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A model trained on {@code examples} with GIS ({@value #ITERATIONS} iterations, one thread, no cut-off, the
     * features read as real values).
     */
    public static RankModel train(List<LabelledCandidate> examples) {
        List<Event> events = new ArrayList<>(examples.size());
        for (LabelledCandidate e : examples) {
            events.add(event(e.keyphrase() ? YES : NO, e.features()));
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        // Without the real-value indexer the trainer reads every feature as present and learns a constant.
        p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return new RankModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that a candidate with {@code features} ({@link RankFeatures}) is a keyphrase. */
    public double probability(float[] features) {
        Event e = event(YES, features);
        return model.eval(e.getContext(), e.getValues())[yes];
    }

    private static Event event(String outcome, float[] features) {
        Objects.requireNonNull(features, "features");
        String[] context = new String[features.length + 1];
        float[] values = new float[features.length + 1];
        for (int i = 0; i < features.length; i++) {
            context[i] = "f" + i;
            values[i] = features[i];
        }
        context[features.length] = BIAS;
        values[features.length] = 1f;
        return new Event(outcome, context, values);
    }
}
