package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * character offsets. Not thread-safe (OpenNLP's {@code *ME} objects are not): use one instance per thread.
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
    private final Map<String, int[]> splits = new HashMap<>();
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
            out.add(new Sentence(s.getStart(), s.getEnd(), sentence, rejoinHyphens(tokens, text, breaks)));
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
            String word = sentence.substring(start, w.getEnd());
            int[] cuts = splits.get(word);
            if (cuts == null) {
                cuts = cuts(tokenizer.tokenizePos(word), word.length());
                if (splits.size() < MAX_SPLITS) {
                    splits.put(word, cuts);
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

    /**
     * Joins the tokens of a hyphenated word written without spaces ({@code chain - of - thought}, {@code text-to
     * -image}, {@code DALL- E}) into one token, except across the hyphens at {@code breaks} (dashes that stand for
     * parentheses) and before a determiner ({@code Net-a model}: a dash written as a hyphen).
     */
    static List<Token> rejoinHyphens(List<Token> tokens, String text, java.util.Set<Integer> breaks) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && joins(tokens.get(j), tokens.get(j + 1), breaks)
                    && !determinerAfterHyphen(tokens, j + 1)) {
                j++;
            }
            // Never end on a bare hyphen ("DALL-" followed by a space).
            while (j > i && isAllHyphens(tokens.get(j).text())) {
                j--;
            }
            if (j == i) {
                Token t = tokens.get(i);
                if (t.is("PUNCT", "SYM", "X") && t.text().indexOf('-') > 0 && HYPHENATED.matcher(t.text()).matches()) {
                    // The tokenizer kept "protein-ligand" whole and the tagger, seeing a hyphen, called it punctuation.
                    t = new Token(t.text(), t.start(), t.end(), compoundTag(t.text(), List.of(t)));
                }
                out.add(t);
                i++;
                continue;
            }
            String joined = text.substring(tokens.get(i).start(), tokens.get(j).end());
            if (!HYPHENATED.matcher(joined).matches()) {
                out.add(tokens.get(i));
                i++;
                continue;
            }
            out.add(new Token(joined, tokens.get(i).start(), tokens.get(j).end(),
                    compoundTag(joined, tokens.subList(i, j + 1))));
            i = j + 1;
        }
        joinDigitsAndCapitals(out);
        NameJoins.plusSigns(out);
        NameJoins.endingPluses(out, text);
        NameJoins.endingStars(out);
        namePronouns(out);
        // "chain-of-thought/VERB prompting": a hyphenated word before a noun modifies it.
        for (int k = 0; k + 1 < out.size(); k++) {
            Token t = out.get(k);
            String w = t.text();
            if (t.is("VERB") && w.indexOf('-') > 0 && out.get(k + 1).isNoun() && !w.endsWith("ed")
                    && !w.endsWith("ing")) {
                out.set(k, new Token(w, t.start(), t.end(), "NOUN"));
            }
        }
        return out;
    }

    /**
     * "4K" that the tokenizer split into "4" and "K", "3D" that the tagger called a symbol or a number: digits and
     * the capitals written against them are one word (so no term starts with the "K" or "D" left over), and a
     * dimension before a noun describes it ("3D/ADJ object detection").
     */
    private static void joinDigitsAndCapitals(List<Token> out) {
        for (int k = 0; k < out.size(); k++) {
            Token t = out.get(k);
            if (k + 1 < out.size() && isDigits(t.text()) && out.get(k + 1).start() == t.end()
                    && isCapitals(out.get(k + 1).text())) {
                Token next = out.remove(k + 1);
                t = new Token(t.text() + next.text(), t.start(), next.end(), "NUM");
                out.set(k, t);
            }
            if (Words.isDimension(t.text()) && !t.is("NOUN", "PROPN", "ADJ") && k + 1 < out.size()
                    && out.get(k + 1).isNoun()) {
                out.set(k, new Token(t.text(), t.start(), t.end(), "ADJ"));
            }
        }
    }

    /**
     * "Re-Depth Anything", "Segment Anything Model": a pronoun written with a capital inside a sentence, right after
     * a word written with a capital, is a word of the name, not a pronoun that ends it ("Anything/PRON").
     */
    private static void namePronouns(List<Token> out) {
        for (int k = 1; k < out.size(); k++) {
            Token t = out.get(k);
            String w = t.text();
            Token before = out.get(k - 1);
            if (t.is("PRON") && w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.chars().skip(1).allMatch(Character::isLowerCase) && before.end() < t.start()
                    && before.is("PROPN", "NOUN") && Character.isUpperCase(before.text().charAt(0))) {
                out.set(k, new Token(w, t.start(), t.end(), "PROPN"));
            }
        }
    }

    // Asked of every token: plain loops, no stream per token.
    private static boolean isDigits(String w) {
        return !w.isEmpty() && allIn(w, '0', '9');
    }

    private static boolean isCapitals(String w) {
        return !w.isEmpty() && w.length() <= 3 && allIn(w, 'A', 'Z');
    }

    private static boolean allIn(String w, char low, char high) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < low || c > high) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern HYPHENATED =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+");

    private static boolean joins(Token a, Token b, java.util.Set<Integer> breaks) {
        if (a.end() != b.start()) {
            return false;
        }
        int hyphenAt;
        if (isHyphen(a.text().charAt(a.text().length() - 1))) {
            hyphenAt = a.end() - 1;
        } else if (isHyphen(b.text().charAt(0))) {
            hyphenAt = b.start();
        } else {
            return false;
        }
        return !breaks.contains(hyphenAt);
    }

    private static boolean isAllHyphens(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isHyphen(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** "Net-a model": a determiner after a hyphen starts a new phrase. */
    private static boolean determinerAfterHyphen(List<Token> tokens, int k) {
        String t = tokens.get(k).text();
        String w = (!t.isEmpty() && isHyphen(t.charAt(0)) ? t.substring(1) : t).toLowerCase(Locale.ROOT);
        boolean last = k + 1 >= tokens.size() || tokens.get(k + 1).start() != tokens.get(k).end();
        return last && (w.equals("a") || w.equals("an") || w.equals("our") || w.equals("the") || w.equals("which")
                || w.equals("its"));
    }

    /**
     * The tag of a rejoined compound: a proper noun when it has capitals inside ({@code HAC-Net}); a noun when it
     * ends in a noun or a gerund ({@code chain-of-thought}, {@code pre-training}); otherwise an adjective
     * ({@code decoder-only}, {@code pre-trained}, {@code 176B-parameter} stays a noun).
     */
    private static String compoundTag(String joined, List<Token> parts) {
        Token last = parts.get(parts.size() - 1);
        long capitals = joined.chars().filter(Character::isUpperCase).count();
        boolean upperInside = capitals >= 2 || capitals == 1 && !Character.isUpperCase(joined.charAt(0));
        if (last.isNoun()) {
            return upperInside ? "PROPN" : "NOUN";
        }
        if (last.is("VERB") && last.text().endsWith("ing")) {
            return "NOUN";
        }
        if (last.is("VERB") && !(last.text().endsWith("ed") || last.text().endsWith("en"))) {
            return "VERB";
        }
        if (last.is("PUNCT", "SYM", "X")) {
            return upperInside && capitals >= 2 ? "PROPN" : "NOUN";
        }
        return upperInside && capitals >= 2 ? "PROPN" : "ADJ";
    }
}
