package dev.termdeck.extract.rank;

import dev.termdeck.corpus.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the learned ranker ({@link RankModel}) reads of each candidate of one English abstract, every one in
 * [0, 1] and taken from the text and the ranker's own evidence only: no word's identity and no list of words, so
 * that a model learned from labelled candidates cannot memorise the keyphrases it was trained on. Stateless.
 */
public final class RankFeatures {
    /** The features' names, in the order of {@link #of}'s values. */
    public static final List<String> NAMES = List.of("score", "termhood", "defined", "short-form", "log-frequency",
            "document-frequency", "one-word", "two-words", "three-words", "four-words", "in-title", "before-text",
            "position", "lower-case", "inner-capital", "all-capitals", "hyphen", "digit", "possessive",
            "inside-another", "holds-another", "top-3", "rank", "share-of-best", "said-twice", "shared-head",
            "title-words", "word-spread", "first-sentence", "last-sentence", "document-length", "candidates",
            "chars");

    private static final Pattern WORD = Pattern.compile("[\\w']+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private RankFeatures() {
    }

    /**
     * One candidate as the features see it.
     *
     * @param text              the candidate as written on its card
     * @param key               its key (words without spaces, lower case)
     * @param score             the hand score ({@code TermRanker}), in [0, 1]
     * @param termhood          the extractor's termhood
     * @param defined           whether a definition cue found a definition
     * @param shortForm         whether the text defines a short form for it
     * @param frequency         how often the document says it
     * @param documentFrequency how many documents of the corpus have it
     * @param start             the offset of its first occurrence in the title, a line break and the text
     */
    public record Candidate(String text, String key, double score, double termhood, boolean defined,
            boolean shortForm, int frequency, int documentFrequency, int start) {
    }

    /**
     * The features of each of {@code pool} (one document's candidates, in the order the hand score ranks them), in
     * the order of {@link #NAMES}.
     */
    public static float[][] of(Document doc, List<Candidate> pool) {
        String title = doc.title() == null ? "" : doc.title();
        String titleLower = title.toLowerCase(Locale.ROOT);
        List<String> titleWords = words(titleLower);
        List<String> textWords = words(doc.text().toLowerCase(Locale.ROOT));
        Map<String, Integer> counts = new HashMap<>();
        textWords.forEach(w -> counts.merge(w, 1, Integer::sum));
        List<Integer> sentenceEnds = sentenceEnds(doc.text());
        double best = pool.stream().mapToDouble(Candidate::score).max().orElse(0);
        Map<String, Integer> heads = new HashMap<>();
        for (Candidate c : pool) {
            heads.merge(last(c.text()), 1, Integer::sum);
        }
        float[][] out = new float[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            Candidate c = pool.get(i);
            String t = c.text();
            List<String> ws = words(t.toLowerCase(Locale.ROOT));
            int n = Math.max(1, t.split("\\s+").length);
            boolean inside = false;
            boolean holds = false;
            for (Candidate o : pool) {
                if (o != c && !o.key().equals(c.key())) {
                    inside |= o.key().contains(c.key());
                    holds |= c.key().contains(o.key());
                }
            }
            int offset = c.start() - (title.isEmpty() ? 0 : title.length() + 1);
            int sentence = sentenceOf(sentenceEnds, offset);
            double spread = ws.stream().mapToInt(w -> counts.getOrDefault(w, 0)).sum() / (double) Math.max(1, ws.size());
            double inTitle = ws.stream().filter(titleWords::contains).count() / (double) Math.max(1, ws.size());
            out[i] = new float[] {
                (float) c.score(), (float) c.termhood(), bit(c.defined()), bit(c.shortForm()),
                (float) Math.min(1, Math.log(c.frequency()) / Math.log(10)), Math.min(c.documentFrequency(), 5) / 5f,
                bit(n == 1), bit(n == 2), bit(n == 3), bit(n >= 4), bit(titleLower.contains(t.toLowerCase(Locale.ROOT))),
                bit(c.start() < title.length() + 1), Math.min(c.start(), 1500) / 1500f,
                bit(t.equals(t.toLowerCase(Locale.ROOT))), bit(t.substring(1).chars().anyMatch(Character::isUpperCase)),
                bit(t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)),
                bit(t.indexOf('-') >= 0), bit(t.chars().anyMatch(Character::isDigit)), bit(t.indexOf('\'') >= 0),
                bit(inside), bit(holds), bit(i < 3), Math.min(i, 20) / 20f, best > 0 ? (float) (c.score() / best) : 0,
                bit(c.frequency() >= 2), Math.min(heads.get(last(t)) - 1, 3) / 3f, (float) inTitle,
                (float) Math.min(spread, 6) / 6, bit(offset < 0 || sentence == 0),
                bit(offset >= 0 && sentence == sentenceEnds.size() - 1), Math.min(textWords.size(), 300) / 300f,
                Math.min(pool.size(), 20) / 20f, Math.min(t.length(), 40) / 40f};
        }
        return out;
    }

    /** The words of {@code s}: letters, digits and apostrophes. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String last(String text) {
        String[] ws = text.toLowerCase(Locale.ROOT).split("\\s+");
        return ws[ws.length - 1];
    }

    /** The offset just past each sentence of {@code text} (a sentence ends at . ! or ? and a space). */
    private static List<Integer> sentenceEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            ends.add(m.start());
        }
        ends.add(text.length());
        return ends;
    }

    private static int sentenceOf(List<Integer> ends, int offset) {
        for (int i = 0; i < ends.size(); i++) {
            if (offset < ends.get(i)) {
                return i;
            }
        }
        return ends.size() - 1;
    }

    private static float bit(boolean b) {
        return b ? 1f : 0f;
    }
}
