package dev.termdeck.extract.align;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.TranslationAligner;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.zh.HanLpChinese;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns the English and Chinese versions of every paper read with its translation, sentences first, then terms, and
 * sets each candidate's {@link Counterpart}:
 * <ol>
 *   <li>every version is split into words and sentences;</li>
 *   <li>sentences are aligned on what both sides visibly share (Latin names, numbers, glossary terms:
 *       {@link Anchors});</li>
 *   <li>word translations are learned from the aligned sentences of all the papers of the corpus and the glossary's
 *       entries ({@link WordTranslations}, IBM Model 1 both ways); sentences are aligned again with them, and the
 *       word translations learned again;</li>
 *   <li>each term of a version finds its rendering in the other ({@link TermMatcher}): the same short form in
 *       brackets, the same Latin name, a glossary rendering, or the words of the aligned sentences that render it
 *       ({@link SpanFinder}); a definition found on one side gets the aligned sentence of the other.</li>
 * </ol>
 * Deterministic (papers in corpus order, one thread) and thread-safe (no state between calls).
 */
public final class PaperAligner implements TranslationAligner {
    private static final int ROUNDS = 5;
    private static final int FIRST_ROUNDS = 3;
    /** A glossary entry counts as this many sentence pairs. */
    private static final double GLOSSARY_WEIGHT = 2;

    private final Glossary glossary;
    private final HanLpChinese hanlp;
    private final ChineseWords chineseWords;

    public PaperAligner(Glossary glossary, HanLpChinese hanlp) {
        this.glossary = glossary;
        this.hanlp = hanlp;
        this.chineseWords = new ChineseWords(hanlp);
    }

    /** One paper's two versions, prepared. */
    static final class Bitext {
        final int enDoc;
        final int zhDoc;
        final PaperText en;
        final PaperText zh;
        /** The page's notes about the paper ({@link Document#notes()}), split into words when first asked. */
        final PageNotes notes;
        SentenceAlignment sentences;

        Bitext(int enDoc, int zhDoc, PaperText en, PaperText zh) {
            this(enDoc, zhDoc, en, zh, PageNotes.NONE);
        }

        Bitext(int enDoc, int zhDoc, PaperText en, PaperText zh, PageNotes notes) {
            this.enDoc = enDoc;
            this.zhDoc = zhDoc;
            this.en = en;
            this.zh = zh;
            this.notes = notes;
        }

        /**
         * The Chinese the translation writes before a capital short form in brackets, else the page's notes
         * ({@link BareShortForms#spelledOut}); else {@code null}. {@code longForm}: the English the short form stands
         * for, or {@code null} for a short form the English writes bare.
         */
        String spelledOut(BareShortForms bare, String shortForm, String longForm) {
            String spelled = bare.spelledOut(zh, shortForm, longForm);
            return spelled != null ? spelled : notes.spelledOut(bare, shortForm, longForm);
        }
    }

    @Override
    public List<List<TermCandidate>> align(List<Document> documents, List<List<TermCandidate>> candidates) {
        if (documents.size() != candidates.size()) {
            throw new IllegalArgumentException(documents.size() + " documents but " + candidates.size()
                    + " candidate lists");
        }
        List<Bitext> bitexts = bitexts(documents);
        List<List<TermCandidate>> out = new ArrayList<>(candidates.size());
        Set<Integer> translated = new HashSet<>();
        for (Bitext b : bitexts) {
            translated.add(b.enDoc);
            translated.add(b.zhDoc);
        }
        for (int i = 0; i < candidates.size(); i++) {
            out.add(translated.contains(i) ? new ArrayList<>(candidates.get(i)) : candidates.get(i));
        }
        if (bitexts.isEmpty()) {
            return out;
        }
        WordTranslations words = learn(bitexts);
        Set<String> englishTerms = new HashSet<>();
        for (List<TermCandidate> doc : candidates) {
            for (TermCandidate c : doc) {
                if (c.lang() == Lang.EN) {
                    englishTerms.add(c.key());
                }
            }
        }
        TermMatcher matcher = new TermMatcher(glossary, words, englishTerms, hanlp);
        for (Bitext b : bitexts) {
            List<TermCandidate> en = candidates.get(b.enDoc);
            List<TermCandidate> zh = candidates.get(b.zhDoc);
            out.set(b.enDoc, matcher.english(b, en, zh));
            out.set(b.zhDoc, matcher.chinese(b, zh, en));
        }
        return out;
    }

    /** The papers whose English and Chinese versions are both among {@code documents}, prepared. */
    List<Bitext> bitexts(List<Document> documents) {
        Map<String, int[]> byPaper = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            int[] pair = byPaper.computeIfAbsent(d.paper(), k -> new int[] {-1, -1});
            pair[d.lang() == Lang.EN ? 0 : 1] = i;
        }
        List<Bitext> out = new ArrayList<>();
        for (int[] pair : byPaper.values()) {
            if (pair[0] < 0 || pair[1] < 0) {
                continue;
            }
            String enText = documents.get(pair[0]).text();
            String zhText = hanlp.toSimplified(documents.get(pair[1]).text());
            PaperText en = new PaperText(Lang.EN, enText, EnglishWords.of(enText), Sentences.english(enText));
            PaperText zh = new PaperText(Lang.ZH, zhText, chineseWords.of(zhText), Sentences.chinese(zhText));
            if (!en.sentences.isEmpty() && !zh.sentences.isEmpty()) {
                String notes = documents.get(pair[1]).notes() != null ? documents.get(pair[1]).notes()
                        : documents.get(pair[0]).notes();
                out.add(new Bitext(pair[0], pair[1], en, zh, PageNotes.of(notes, hanlp, chineseWords)));
            }
        }
        return out;
    }

    /**
     * Aligns the sentences of every paper, learns word translations from them, and aligns and learns once more with
     * what was learned.
     */
    WordTranslations learn(List<Bitext> bitexts) {
        List<WordTranslations.Pair> dictionary = glossaryPairs();
        Anchors anchors = new Anchors(glossary, chineseWords);
        for (Bitext b : bitexts) {
            List<Set<String>> en = anchors.english(b.en);
            List<Set<String>> zh = anchors.chinese(b.zh);
            b.sentences = SentenceAligner.align(b.en, b.zh, (ef, et, zf, zt) -> Anchors.similarity(en, zh, ef, et,
                    zf, zt));
        }
        // A first, rougher model is enough to align the sentences again.
        WordTranslations words = WordTranslations.learn(pairs(bitexts, dictionary), FIRST_ROUNDS);
        for (Bitext b : bitexts) {
            b.sentences = SentenceAligner.align(b.en, b.zh, lexicalSimilarity(words, b));
        }
        return WordTranslations.learn(pairs(bitexts, dictionary), ROUNDS);
    }

    private static List<WordTranslations.Pair> pairs(List<Bitext> bitexts, List<WordTranslations.Pair> dictionary) {
        List<WordTranslations.Pair> out = new ArrayList<>(dictionary);
        for (Bitext b : bitexts) {
            for (SentenceAlignment.Bead bead : b.sentences.pairs()) {
                out.add(new WordTranslations.Pair(b.en.contentNorms(bead.enFrom(), bead.enTo()),
                        b.zh.contentNorms(bead.zhFrom(), bead.zhTo()), 1));
            }
        }
        return out;
    }

    /** Each glossary entry, with each of its Chinese renderings, as a sentence pair. */
    private List<WordTranslations.Pair> glossaryPairs() {
        List<WordTranslations.Pair> out = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            List<String> en = new ArrayList<>();
            for (Word w : EnglishWords.of(e.en())) {
                if (w.content()) {
                    en.add(w.norm());
                }
            }
            if (en.isEmpty()) {
                continue;
            }
            for (String z : e.allZh()) {
                List<String> zh = new ArrayList<>();
                for (Word w : chineseWords.of(z)) {
                    if (w.content()) {
                        zh.add(w.norm());
                    }
                }
                if (!zh.isEmpty()) {
                    out.add(new WordTranslations.Pair(en, zh, GLOSSARY_WEIGHT));
                }
            }
        }
        return out;
    }

    /**
     * How alike English sentences [ef, et) and Chinese sentences [zf, zt) are by learned word translations: the mean,
     * over the content words of each side, of the strongest association with a word of the other side, averaged over
     * both sides. The strongest association of each word with each sentence of the other side is computed once.
     */
    private static SentenceAligner.Similarity lexicalSimilarity(WordTranslations w, Bitext b) {
        int m = b.en.sentences.size();
        int n = b.zh.sentences.size();
        List<List<String>> en = new ArrayList<>();
        List<List<String>> zh = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            en.add(b.en.contentNorms(i, i + 1));
        }
        for (int j = 0; j < n; j++) {
            zh.add(b.zh.contentNorms(j, j + 1));
        }
        int[][] enIds = new int[m][];
        int[][] zhIds = new int[n][];
        for (int i = 0; i < m; i++) {
            enIds[i] = en.get(i).stream().mapToInt(w::englishId).toArray();
        }
        for (int j = 0; j < n; j++) {
            zhIds[j] = zh.get(j).stream().mapToInt(w::chineseId).toArray();
        }
        // enBest[i][j][k]: the strongest association of word k of English sentence i with Chinese sentence j.
        double[][][] enBest = new double[m][n][];
        double[][][] zhBest = new double[n][m][];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                enBest[i][j] = new double[en.get(i).size()];
                zhBest[j][i] = new double[zh.get(j).size()];
                for (int k = 0; k < en.get(i).size(); k++) {
                    String e = en.get(i).get(k);
                    for (int l = 0; l < zh.get(j).size(); l++) {
                        String z = zh.get(j).get(l);
                        double a = e.equals(z) ? 1 : w.association(enIds[i][k], zhIds[j][l]);
                        enBest[i][j][k] = Math.max(enBest[i][j][k], a);
                        zhBest[j][i][l] = Math.max(zhBest[j][i][l], a);
                    }
                }
            }
        }
        return (ef, et, zf, zt) -> {
            double enSum = 0;
            int enCount = 0;
            for (int i = ef; i < et; i++) {
                for (int k = 0; k < en.get(i).size(); k++) {
                    double best = 0;
                    for (int j = zf; j < zt; j++) {
                        best = Math.max(best, enBest[i][j][k]);
                    }
                    enSum += best;
                    enCount++;
                }
            }
            double zhSum = 0;
            int zhCount = 0;
            for (int j = zf; j < zt; j++) {
                for (int l = 0; l < zh.get(j).size(); l++) {
                    double best = 0;
                    for (int i = ef; i < et; i++) {
                        best = Math.max(best, zhBest[j][i][l]);
                    }
                    zhSum += best;
                    zhCount++;
                }
            }
            return enCount == 0 || zhCount == 0 ? 0 : (enSum / enCount + zhSum / zhCount) / 2;
        };
    }
}
