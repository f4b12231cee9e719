package dev.termdeck.extract.rank;

import java.util.Objects;

/**
 * One row of the ranker's training data: a candidate of one document, whether it is one of the document's
 * keyphrases, and its {@link RankFeatures}.
 *
 * @param doc       the document's id
 * @param keyphrase whether the candidate (or its short form) is one of the document's keyphrases
 * @param features  its features, in the order of {@link RankFeatures#NAMES}
 */
public record LabelledCandidate(String doc, boolean keyphrase, float[] features) {
    public LabelledCandidate {
        Objects.requireNonNull(doc, "doc");
        features = features.clone();
    }

    @Override
    public float[] features() {
        return features.clone();
    }
}
