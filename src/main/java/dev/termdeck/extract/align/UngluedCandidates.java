package dev.termdeck.extract.align;

import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.TermKeys;
import static dev.termdeck.extract.align.LatinForms.sameShortForm;
import static dev.termdeck.extract.align.TermOccurrences.bracketEnds;
import static dev.termdeck.extract.align.TermOccurrences.definedWith;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Chinese candidate defined with a short form whose first word is the verb of the sentence the Chinese extractor
 * took into the term (研究 of 我们研究虚假信息检测（MD）, "we study misinformation detection (MD)"): when the English term
 * defined with the same short form is rendered by the rest, and the word left over is a verb or verbal noun that
 * renders no word of it ({@link BesideEdges#withoutGluedVerb}), the candidate becomes that rendering, with the English
 * term as its counterpart, so that no card holds the verb. Not thread-safe (the paper's associations).
 */
final class UngluedCandidates {
    private final BesideEdges edges;

    UngluedCandidates(BesideEdges edges) {
        this.edges = edges;
    }

    /**
     * The candidate without the verb glued on at its start, or {@code null} when it has none.
     *
     * @param rendering the Chinese counterpart of an English candidate, as the matcher finds it
     * @param found     the English counterpart of a Chinese candidate, given the English text
     */
    TermCandidate of(PaperAligner.Bitext b, TermCandidate c, List<TermCandidate> english,
            Function<TermCandidate, Counterpart> rendering, BiFunction<TermCandidate, String, Counterpart> found) {
        if (c.abbr() == null) {
            return null;
        }
        List<TermCandidate> defined = definedWith(b.en, english, c.abbr());
        if (defined.isEmpty() || defined.get(0).abbr() == null || !sameShortForm(defined.get(0).abbr(), c.abbr())) {
            return null;
        }
        TermCandidate e = defined.get(0);
        Counterpart r = rendering.apply(e);
        if (!r.isFound() || r.text().length() >= c.text().length() || !c.text().endsWith(r.text())) {
            return null;
        }
        List<Word> words = EnglishWords.of(e.text()).stream().filter(Word::content).toList();
        PaperText zh = b.zh;
        for (int w : bracketEnds(zh, c.abbr())) {
            int end = zh.words.get(w).end();
            int start = end - c.text().length();
            for (int k = w; k >= 0 && zh.words.get(k).start() >= start; k--) {
                Word first = zh.words.get(k);
                if (first.start() == start && first.end() == end - r.text().length()
                        && edges.withoutGluedVerb(b, words, k, w) == k + 1) {
                    String text = r.text();
                    TermCandidate rest = new TermCandidate(c.lang(), TermKeys.of(text), text, List.of(), c.abbr(),
                            c.gloss(), c.definition(), c.context(), c.docId(), c.start() + first.form().length(),
                            c.frequency(), c.termhood());
                    return rest.withCounterpart(found.apply(rest, e.text()));
                }
            }
        }
        return null;
    }
}
