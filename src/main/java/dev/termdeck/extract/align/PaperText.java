package dev.termdeck.extract.align;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a paper, prepared for alignment: its text, words and sentences, and which words each sentence
 * holds. Immutable.
 */
final class PaperText {
    final Lang lang;
    final String text;
    final List<Word> words;
    final List<Sentences.Span> sentences;
    /** For each sentence, the index of its first word and one past its last. */
    private final int[][] wordRanges;

    PaperText(Lang lang, String text, List<Word> words, List<Sentences.Span> sentences) {
        this.lang = lang;
        this.text = text;
        this.words = List.copyOf(words);
        this.sentences = List.copyOf(sentences);
        wordRanges = new int[sentences.size()][2];
        int w = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentences.Span span = sentences.get(s);
            while (w < words.size() && words.get(w).start() < span.start()) {
                w++;
            }
            int first = w;
            while (w < words.size() && words.get(w).start() < span.end()) {
                w++;
            }
            wordRanges[s] = new int[] {first, w};
        }
    }

    /** The index of the first word of sentence {@code s}. */
    int firstWord(int s) {
        return wordRanges[s][0];
    }

    /** One past the index of the last word of sentence {@code s}. */
    int endWord(int s) {
        return wordRanges[s][1];
    }

    /** The sentence that holds word {@code w}. */
    int sentenceOf(int w) {
        for (int s = 0; s < wordRanges.length; s++) {
            if (w < wordRanges[s][1]) {
                return s;
            }
        }
        return wordRanges.length - 1;
    }

    /** The sentence that holds character {@code offset}, or -1. */
    int sentenceAt(int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            if (offset < sentences.get(s).end()) {
                return offset >= sentences.get(s).start() ? s : -1;
            }
        }
        return -1;
    }

    /** Whether [from, to) holds a whole word of two or more characters (Chinese: as the segmenter read it). */
    boolean holdsWord(int from, int to) {
        for (Word w : words) {
            if (w.start() >= from && w.end() <= to && w.end() - w.start() >= 2) {
                return true;
            }
            if (w.start() >= to) {
                return false;
            }
        }
        return false;
    }

    /** The content words' compared forms of sentences [from, to). */
    List<String> contentNorms(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int w = from < to ? firstWord(from) : 0; from < to && w < endWord(to - 1); w++) {
            if (words.get(w).content()) {
                out.add(words.get(w).norm());
            }
        }
        return out;
    }

    /** The text of sentences [from, to). */
    String sentenceText(int from, int to) {
        return text.substring(sentences.get(from).start(), sentences.get(to - 1).end());
    }

    /** How long sentences [from, to) are in the units that compare across the languages (words, hanzi / 1.5). */
    double length(int from, int to) {
        if (from >= to) {
            return 0;
        }
        if (lang == Lang.EN) {
            return endWord(to - 1) - firstWord(from);
        }
        String t = sentenceText(from, to);
        long han = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = 0;
        for (int w = firstWord(from); w < endWord(to - 1); w++) {
            latin += words.get(w).isLatin() && words.get(w).content() ? 1 : 0;
        }
        return han / 1.5 + latin;
    }
}
