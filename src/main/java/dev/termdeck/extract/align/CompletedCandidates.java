package dev.termdeck.extract.align;

import dev.termdeck.extract.Counterpart.Evidence;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.TermKeys;

import java.util.List;

/**
 * A Chinese candidate that lost a morpheme at an edge, which its English counterpart holds, made whole by
 * {@link GlossaryEdges}: the Chinese extractor stops at a word HanLP tags a preposition, so 自/监督 of 自监督事件表示 gives
 * 监督事件表示, which alignment pairs with "Self-Supervised Event Representation"; the building block
 * "self-supervised" is 自监督, and 自 is taken back. Only when every occurrence of the candidate in the paper is
 * completed alike, and only for a counterpart found by alignment or a short form. Stateless but for the edges.
 */
final class CompletedCandidates {
    private final GlossaryEdges edges;

    CompletedCandidates(GlossaryEdges edges) {
        this.edges = edges;
    }

    /** The candidate with its edges completed, or {@code c} itself. */
    TermCandidate of(PaperText zh, TermCandidate c) {
        Evidence how = c.counterpart().how();
        if (!c.counterpart().isFound() || how != Evidence.ALIGNMENT && how != Evidence.ABBREVIATION
                || c.text().isEmpty()) {
            return c;
        }
        String english = c.counterpart().text();
        List<Word> words = EnglishWords.of(english);
        String completed = null;
        for (int at = zh.text.indexOf(c.text()); at >= 0; at = zh.text.indexOf(c.text(), at + 1)) {
            int[] r = edges.complete(zh.text, at, at + c.text().length(), english, words,
                    i -> zh.words.stream().filter(w -> w.end() == i).findFirst().orElse(null));
            String s = zh.text.substring(r[0], r[1]);
            if (completed != null && !completed.equals(s)) {
                return c;
            }
            completed = s;
        }
        if (completed == null || completed.equals(c.text())) {
            return c;
        }
        int before = completed.indexOf(c.text());
        return new TermCandidate(c.lang(), TermKeys.of(completed), completed, List.of(), c.abbr(), c.gloss(),
                c.definition(), c.context(), c.docId(), Math.max(0, c.start() - before), c.frequency(), c.termhood())
                .withCounterpart(c.counterpart());
    }
}
