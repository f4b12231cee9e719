package dev.termdeck.extract.align;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What two sentences in different languages visibly share before any word translation is learned: names,
 * abbreviations and numbers written in Latin letters or digits on both sides, and terms of the bilingual glossary
 * (the English form in one, a rendering in the other). The first sentence alignment of a paper uses them. The
 * glossary is indexed once, by English words as alignment compares them and by Chinese renderings as the segmenter
 * splits them.
 */
final class Anchors {
    private static final int MAX_WORDS = 5;

    /** Glossary terms by their English words ({@link Word#norm()}, space-separated). */
    private final Map<String, String> byEnglish = new HashMap<>();
    /** Glossary terms by a Chinese rendering, its words joined without spaces. */
    private final Map<String, String> byChinese = new HashMap<>();

    Anchors(Glossary glossary, ChineseWords chineseWords) {
        for (GlossaryEntry e : glossary.entries()) {
            String key = e.en();
            byEnglish.putIfAbsent(englishKey(EnglishWords.of(e.en()), 0, Integer.MAX_VALUE), key);
            for (String z : e.allZh()) {
                byChinese.putIfAbsent(z.replace(" ", ""), key);
            }
        }
    }

    /** The anchors of each sentence of an English text. */
    List<Set<String>> english(PaperText t) {
        List<Set<String>> out = new ArrayList<>();
        for (int s = 0; s < t.sentences.size(); s++) {
            Set<String> anchors = new HashSet<>();
            int from = t.firstWord(s);
            int to = t.endWord(s);
            for (int w = from; w < to; w++) {
                Word word = t.words.get(w);
                if (isLatinAnchor(word, true)) {
                    anchors.add("L:" + word.norm());
                }
                if (!word.content()) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                for (int k = w; k < Math.min(to, w + MAX_WORDS); k++) {
                    phrase.append(k > w ? " " : "").append(t.words.get(k).norm());
                    String entry = t.words.get(k).content() ? byEnglish.get(phrase.toString()) : null;
                    if (entry != null) {
                        anchors.add("G:" + entry);
                    }
                }
            }
            out.add(anchors);
        }
        return out;
    }

    /** The anchors of each sentence of a Chinese text. */
    List<Set<String>> chinese(PaperText t) {
        List<Set<String>> out = new ArrayList<>();
        for (int s = 0; s < t.sentences.size(); s++) {
            Set<String> anchors = new HashSet<>();
            int from = t.firstWord(s);
            int to = t.endWord(s);
            for (int w = from; w < to; w++) {
                Word word = t.words.get(w);
                if (word.isLatin() && isLatinAnchor(word, false)) {
                    anchors.add("L:" + word.norm());
                }
                if (!word.content()) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                for (int k = w; k < Math.min(to, w + MAX_WORDS); k++) {
                    phrase.append(t.words.get(k).form());
                    String entry = t.words.get(k).content() ? byChinese.get(phrase.toString()) : null;
                    if (entry != null) {
                        anchors.add("G:" + entry);
                    }
                }
            }
            out.add(anchors);
        }
        return out;
    }

    /** Dice's coefficient of the anchors of sentences [ef, et) and [zf, zt). */
    static double similarity(List<Set<String>> en, List<Set<String>> zh, int ef, int et, int zf, int zt) {
        Set<String> a = new HashSet<>();
        for (int s = ef; s < et; s++) {
            a.addAll(en.get(s));
        }
        Set<String> b = new HashSet<>();
        for (int s = zf; s < zt; s++) {
            b.addAll(zh.get(s));
        }
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String x : a) {
            shared += b.contains(x) ? 1 : 0;
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static String englishKey(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(to, words.size()); i++) {
            sb.append(sb.length() > 0 ? " " : "").append(words.get(i).norm());
        }
        return sb.toString();
    }

    /** A Latin word that identifies: a number, or a name or abbreviation (a capital or digit inside it). */
    private static boolean isLatinAnchor(Word w, boolean english) {
        String f = w.form();
        if (f.length() < 2 && !Character.isDigit(f.charAt(0))) {
            return false;
        }
        if (!english) {
            return true;
        }
        for (int i = 1; i < f.length(); i++) {
            if (Character.isUpperCase(f.charAt(i)) || Character.isDigit(f.charAt(i))) {
                return true;
            }
        }
        return Character.isDigit(f.charAt(0));
    }
}
