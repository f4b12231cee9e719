package dev.termdeck.extract.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD English-EWT 1.3), loaded from the {@code opennlp-models-*-en} jars on the class
 * path; nothing is downloaded. Load once per process (about a second) and pass the instance to whatever needs it.
 * The models are immutable and thread-safe; the {@code *ME} objects made from them are not (see
 * {@link EnglishAnalyzer}, one per thread).
 *
 * @param sentences the sentence detector model
 * @param tokens    the tokenizer model
 * @param pos       the part-of-speech model (UPOS tags)
 * @param lemmas    the lemmatizer model, used only where the plural rules are unsure
 */
public record EnglishModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /**
     * Loads the models from the class path.
     *
     * @throws IllegalStateException when a model jar is missing from the class path (a broken installation)
     */
    public static EnglishModels fromClasspath() {
        try {
            return new EnglishModels(
                    new SentenceModel(open(SENTENCES)),
                    new TokenizerModel(open(TOKENS)),
                    new POSModel(open(POS)),
                    new LemmatizerModel(open(LEMMAS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource.substring(1)
                    + " is not on the class path (the opennlp-models-*-en 1.3.0 jars are missing)");
        }
        return in;
    }
}
