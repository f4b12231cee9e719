package dev.termdeck.extract.zh;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chinese document ready for term extraction: its simplified text, the segmented pieces, and its sentences as
 * ranges of pieces. Immutable after construction; one per document and thread.
 */
final class ZhText {
    private final String text;
    private final List<ZhToken> tokens;
    private final WordClass[] classes;
    private final List<int[]> sentences;
    /**
     * For each character offset {@code 0..text.length()}, the index of the first piece starting at or after it (what
     * a binary search over the pieces gives); {@code null} when the pieces are not in order of their starts. The
     * glossary scan and the term runs ask it for every hit and every edge.
     */
    private final int[] firstAtOrAfter;

    ZhText(String text, List<ZhToken> pieces) {
        this.text = text;
        this.tokens = List.copyOf(numberedLatin(text, pieces));
        this.classes = new WordClass[tokens.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = WordClass.of(tokens.get(i));
        }
        this.sentences = splitSentences();
        this.firstAtOrAfter = firstAtOrAfter(text.length(), this.tokens);
    }

    /**
     * The pieces with a number that opens a word joined to the Latin letters written right after it: HanLP splits
     * {@code 3D} into 3 (a numeral, which ends a term) and D (a Latin noun), so a term began at the letter
     * ({@code 3D目标检测问题} gave D目标检测问题). Not a number inside a Latin word ({@code M3PO}, {@code AVW-4k}).
     */
    static List<ZhToken> numberedLatin(String text, List<ZhToken> pieces) {
        List<ZhToken> out = new ArrayList<>(pieces.size());
        for (ZhToken p : pieces) {
            ZhToken last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == p.start() && ASCII_NUMBER.matcher(last.word()).matches()
                    && LATIN_WORD.matcher(p.word()).matches() && !inLatinWord(text, last.start())) {
                out.set(out.size() - 1, new ZhToken(last.word() + p.word(), "nx", last.start()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether {@code text} holds any of {@code chars}: a cheap check before a pattern that cannot match without one of
     * them (a Chinese sentence has none of most definition cues).
     */
    static boolean hasAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ASCII_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,2}");
    private static final java.util.regex.Pattern LATIN_WORD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private static boolean inLatinWord(String text, int start) {
        if (start == 0) {
            return false;
        }
        char c = text.charAt(start - 1);
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_');
    }

    private static int[] firstAtOrAfter(int length, List<ZhToken> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() < tokens.get(i - 1).start()) {
                return null;
            }
        }
        int[] out = new int[length + 1];
        int p = 0;
        for (int offset = 0; offset <= length; offset++) {
            while (p < tokens.size() && tokens.get(p).start() < offset) {
                p++;
            }
            out[offset] = p;
        }
        return out;
    }

    String text() {
        return text;
    }

    List<ZhToken> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    ZhToken token(int i) {
        return tokens.get(i);
    }

    WordClass wordClass(int i) {
        return classes[i];
    }

    /** Sentences as {@code [first, end)} piece ranges, in order. */
    List<int[]> sentences() {
        return sentences;
    }

    /** The sentence range that holds piece {@code i}. */
    int[] sentenceOf(int i) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid)[0] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.get(lo);
    }

    /** The text of pieces {@code [from, to)}, as written (spaces between Latin words kept). */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The sentence text of range {@code s}, stripped. */
    String sentenceText(int[] s) {
        return span(s[0], s[1]).strip();
    }

    /** The index of the piece that starts at character {@code offset}, or -1. */
    int tokenStartingAt(int offset) {
        int i = firstTokenAtOrAfter(offset);
        return i < tokens.size() && tokens.get(i).start() == offset ? i : -1;
    }

    /** The index of the piece that ends at character {@code offset}, or -1. */
    int tokenEndingAt(int offset) {
        int i = firstTokenAtOrAfter(offset) - 1;
        return i >= 0 && tokens.get(i).end() == offset ? i : -1;
    }

    private int firstTokenAtOrAfter(int offset) {
        if (firstAtOrAfter != null && offset >= 0 && offset < firstAtOrAfter.length) {
            return firstAtOrAfter[offset];
        }
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<int[]> splitSentences() {
        List<int[]> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (endsSentence(i)) {
                out.add(new int[] {first, i + 1});
                first = i + 1;
            }
        }
        if (first < tokens.size()) {
            out.add(new int[] {first, tokens.size()});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, 0});
        }
        return out;
    }

    private boolean endsSentence(int i) {
        ZhToken t = tokens.get(i);
        // A line break ends a sentence, after punctuation too ("……的一个集中定义:" then the definition).
        if (i + 1 < tokens.size()) {
            for (int k = t.end(); k < tokens.get(i + 1).start(); k++) {
                if (text.charAt(k) == '\n') {
                    return true;
                }
            }
        }
        if (!WordClass.isPunctuation(t)) {
            return false;
        }
        String w = t.word();
        return w.contains("。") || w.contains("！") || w.contains("？") || w.equals("!") || w.equals("?")
                || w.contains("；") || w.equals(";") || w.contains("\n");
    }
}
