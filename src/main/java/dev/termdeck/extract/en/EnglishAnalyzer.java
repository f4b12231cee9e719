package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits English text into sentences, tokens and UPOS tags with OpenNLP, and rejoins the hyphenated compounds that
 * the tokenizer splits ({@code chain - of - thought} becomes one token {@code chain-of-thought}), using the
 * character offsets ({@link HyphenJoins}). Not thread-safe (OpenNLP's {@code *ME} objects are not): use one instance per thread.
 */
public final class EnglishAnalyzer {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    /**
     * How the tokenizer split each whitespace-separated word seen so far: the offsets of its parts inside the word,
     * or {@link #WHOLE} when it stays one token. OpenNLP's tokenizer decides each such word on its own, from its
     * characters alone (a model evaluation at every character but the first), so a word split once is split the same
     * way everywhere, and the memo gives exactly the tokenizer's answer. Common words ("the", "model", "data.")
     * recur from document to document; the memo lives as long as this analyzer (one thread of a build).
     */
    private final SplitMemo splits = new SplitMemo();
    private static final int[] WHOLE = new int[0];
    /** Words remembered at most: enough for the vocabulary of 10,000 abstracts, about 10 MB. */
    static final int MAX_SPLITS = 100_000;

    public EnglishAnalyzer(EnglishModels models) {
        this.sentences = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.pos(), POSTagFormat.UD);
        this.lemmatizer = new LemmatizerME(models.lemmas());
    }

    /** The lemma of one noun, from the lemmatizer model (slow: for the few words the plural rules cannot settle). */
    public String nounLemma(String noun) {
        String[] lemma = lemmatizer.lemmatize(new String[] {noun}, new String[] {"NOUN"});
        return lemma.length == 1 && !lemma[0].equals("O") ? lemma[0] : noun;
    }

    /** The sentences of {@code text}, with offsets into {@code text}. */
    public List<Sentence> analyze(String text) {
        return analyze(text, java.util.Set.of());
    }

    /**
     * The sentences of {@code text}, with offsets into {@code text}; the hyphens at the offsets in {@code breaks}
     * separate words (they stand for dashes: "VCNet-Variational Counter Net-a model").
     */
    public List<Sentence> analyze(String text, java.util.Set<Integer> breaks) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : sentences.sentPosDetect(text)) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            Span[] spans = tokenize(sentence);
            String[] words = Span.spansToStrings(spans, sentence);
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                tokens.add(new Token(words[i], s.getStart() + spans[i].getStart(), s.getStart() + spans[i].getEnd(),
                        tags[i]));
            }
            out.add(new Sentence(s.getStart(), s.getEnd(), sentence, HyphenJoins.rejoin(tokens, text, breaks)));
        }
        return out;
    }

    /**
     * The tokens of {@code sentence}, as {@code tokenizer.tokenizePos(sentence)} gives them: each whitespace-separated
     * word of two characters or more split as the tokenizer splits it alone (see {@link #splits}).
     */
    Span[] tokenize(String sentence) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        List<Span> out = new ArrayList<>(words.length + (words.length >> 2));
        for (Span w : words) {
            int start = w.getStart();
            if (w.getEnd() - start < 2) {
                out.add(w);
                continue;
            }
            int[] cuts = splits.get(sentence, start, w.getEnd());
            if (cuts == null) {
                String word = sentence.substring(start, w.getEnd());
                cuts = cuts(tokenizer.tokenizePos(word), word.length());
                if (splits.size() < MAX_SPLITS) {
                    splits.put(sentence, start, w.getEnd(), cuts);
                }
            }
            if (cuts == WHOLE) {
                out.add(w);
                continue;
            }
            for (int i = 0; i < cuts.length; i += 2) {
                out.add(new Span(start + cuts[i], start + cuts[i + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    private static int[] cuts(Span[] parts, int length) {
        if (parts.length == 1 && parts[0].getStart() == 0 && parts[0].getEnd() == length) {
            return WHOLE;
        }
        int[] cuts = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            cuts[2 * i] = parts[i].getStart();
            cuts[2 * i + 1] = parts[i].getEnd();
        }
        return cuts;
    }

    /**
     * Forgets the tokenizer's splits remembered so far ({@link #splits}): what follows is tokenized as by a new
     * analyzer.
     */
    void forgetSplits() {
        splits.clear();
    }

    /**
     * Runs only OpenNLP's sentence detector, tokenizer and tagger over {@code text} and returns the number of tokens:
     * the raw ceiling that the benchmark compares the whole extraction with.
     */
    public int tagOnly(String text) {
        int n = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            String[] words = Span.spansToStrings(tokenizer.tokenizePos(sentence), sentence);
            n += tagger.tag(words).length;
        }
        return n;
    }
}
