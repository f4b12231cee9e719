package dev.termdeck.extract.align;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.en.TranslatedDefinition;
import dev.termdeck.extract.zh.ZhTranslatedDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The definition of a term in the other language of its paper: the sentences of the other version aligned with the
 * sentence that holds the term's definition, trimmed as definitions are (no leading "In this paper," / 此外，, a
 * capital first, a full stop last), and kept only when they define the same term (its rendering, short form or
 * Latin name) in a form that language's cues accept, rewritten to say it ({@link TranslatedDefinition},
 * {@link ZhTranslatedDefinition}). Stateless.
 */
final class AlignedDefinitions {
    private static final Pattern ZH_LEAD = Pattern.compile(
            "^(此外|另外|然而|同时|因此|首先|其次|最后|最终|总之|具体而言|具体来说|为此|为了解决这一问题|在本文中|本文中|在这项工作中|在此基础上)[，,、]\\s*");
    private static final Pattern EN_LEAD = Pattern.compile(
            "^(In this (paper|work|study)|Moreover|Furthermore|In addition|However|Additionally|Specifically|"
                    + "To this end|To address (this|these)( \\w+)?|Finally|First|Second|Third|Thus|Hence|Therefore)"
                    + ",\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Where a definition's first sentence ends: a full stop before a capital or a Chinese full stop. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})|(?<=[。！？])(?=.)");

    private AlignedDefinitions() {
    }

    /**
     * The definition of {@code c} (which has one on its own side) in the other language, or {@code null} when the
     * sentence that defines it has no aligned sentence.
     */
    static String of(PaperAligner.Bitext b, TermCandidate c, String counterpart) {
        PaperText own = c.lang() == Lang.EN ? b.en : b.zh;
        PaperText other = c.lang() == Lang.EN ? b.zh : b.en;
        int s = definingSentence(own, c);
        if (s < 0) {
            return null;
        }
        SentenceAlignment.Bead bead = c.lang() == Lang.EN ? b.sentences.ofEnglish(s) : b.sentences.ofChinese(s);
        if (!bead.pairs()) {
            return null;
        }
        int from = c.lang() == Lang.EN ? bead.zhFrom() : bead.enFrom();
        int to = c.lang() == Lang.EN ? bead.zhTo() : bead.enTo();
        String aligned = trim(other.sentenceText(from, to), other.lang);
        List<String> names = new ArrayList<>();
        names.add(counterpart);
        if (c.abbr() != null) {
            names.add(c.abbr());
        }
        if (!c.text().equals(counterpart) && c.text().chars().allMatch(ch -> ch < 128)) {
            names.add(c.text());
        }
        String def = other.lang == Lang.ZH ? ZhTranslatedDefinition.of(aligned, names)
                : TranslatedDefinition.of(aligned, names);
        return def == null ? null : def + continuation(b, c, own, other, s, from, names, def);
    }

    /**
     * The other version's next sentence when the term's definition goes on into its own next sentence ("FlowSeek is
     * a novel framework .... FlowSeek marries ...") and the other version's sentence after the aligned one opens
     * with the term too ({@code FlowSeek结合了……}): so that one side does not stop where the other says how. Else
     * an empty string.
     */
    private static String continuation(PaperAligner.Bitext b, TermCandidate c, PaperText own, PaperText other, int s,
            int alignedFrom, List<String> names, String def) {
        if (FIRST_SENTENCE.split(c.definition(), 2).length < 2 || FIRST_SENTENCE.split(def.strip(), 2).length > 1
                || s + 1 >= own.sentences.size()) {
            return "";
        }
        SentenceAlignment.Bead next = c.lang() == Lang.EN ? b.sentences.ofEnglish(s + 1) : b.sentences.ofChinese(s + 1);
        if (!next.pairs()) {
            return "";
        }
        int from = c.lang() == Lang.EN ? next.zhFrom() : next.enFrom();
        int to = c.lang() == Lang.EN ? next.zhTo() : next.enTo();
        if (from <= alignedFrom || to - from != 1) {
            return "";
        }
        String sentence = trim(other.sentenceText(from, to), other.lang);
        for (String name : names) {
            if (name != null && !name.isEmpty() && sentence.startsWith(name) && sentence.length() <= 200) {
                return (other.lang == Lang.ZH ? "" : " ") + sentence;
            }
        }
        return "";
    }

    /**
     * The sentence of {@code own} that shares the most words with the first sentence of the candidate's definition
     * (a definition continued by the next sentence, "FlowSeek is a novel framework ... . FlowSeek marries ...", is
     * found by where it starts), or -1.
     */
    private static int definingSentence(PaperText own, TermCandidate c) {
        String first = FIRST_SENTENCE.split(c.definition(), 2)[0];
        List<Word> definition = own.lang == Lang.EN ? EnglishWords.of(first) : List.of();
        int best = -1;
        double bestShare = 0;
        for (int s = 0; s < own.sentences.size(); s++) {
            String sentence = own.sentenceText(s, s + 1);
            double share;
            if (own.lang == Lang.EN) {
                java.util.Set<String> words = new java.util.HashSet<>();
                for (int w = own.firstWord(s); w < own.endWord(s); w++) {
                    words.add(own.words.get(w).norm());
                }
                long shared = definition.stream().filter(w -> w.content() && words.contains(w.norm())).count();
                long total = definition.stream().filter(Word::content).count();
                share = total == 0 ? 0 : shared / (double) total;
            } else {
                share = sharedChars(first, sentence);
            }
            if (share > bestShare) {
                bestShare = share;
                best = s;
            }
        }
        return bestShare >= 0.5 ? best : -1;
    }

    private static double sharedChars(String definition, String sentence) {
        int shared = 0;
        int total = 0;
        for (int i = 0; i < definition.length(); i++) {
            char ch = definition.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                total++;
                shared += sentence.indexOf(ch) >= 0 ? 1 : 0;
            }
        }
        return total == 0 ? 0 : shared / (double) total;
    }

    static String trim(String sentence, Lang lang) {
        String s = sentence.strip();
        if (lang == Lang.ZH) {
            s = ZH_LEAD.matcher(s).replaceFirst("");
            if (!s.isEmpty() && "。！？.!?".indexOf(s.charAt(s.length() - 1)) < 0) {
                s = s + "。";
            }
            return s;
        }
        s = EN_LEAD.matcher(s).replaceFirst("");
        if (!s.isEmpty()) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            if (".!?".indexOf(s.charAt(s.length() - 1)) < 0) {
                s = s + ".";
            }
        }
        return s;
    }
}
