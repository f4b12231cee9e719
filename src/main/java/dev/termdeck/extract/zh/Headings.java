package dev.termdeck.extract.zh;

import dev.termdeck.extract.bilingual.Glossary;
import java.util.Map;

/**
 * Section leads of long articles: a paragraph that opens with a short noun phrase and a full stop
 * ({@code 模型校准。最后,语言模型部署的重要方向之一是校准……}) names the topic the paragraph is about, which is
 * strong evidence that the phrase is a term. The lead must be made only of term-forming pieces (see
 * {@link WordClass}: no particle, preposition or general verb), must not open with a verb ({@code 理解涌现} is an
 * action, not a thing), must end as a compound term does (a noun, or a verb after a noun: {@code 模型/校准}), must not be only general words, and the paragraph must go on after it
 * (a paragraph of one short sentence is a caption or a list item). The paragraph's next sentence is the term's
 * context. Stateless apart from the glossary; thread-safe.
 */
final class Headings {
    private static final int MAX_HANZI = 10;

    private final Glossary glossary;

    Headings(Glossary glossary) {
        this.glossary = glossary;
    }

    void find(ZhText t, Map<String, TermEvidence> found) {
        java.util.List<int[]> sentences = t.sentences();
        for (int k = 0; k + 1 < sentences.size(); k++) {
            int[] s = sentences.get(k);
            int[] next = sentences.get(k + 1);
            if (s[1] - s[0] < 2 || !opensParagraph(t, s[0]) || opensParagraph(t, next[0])
                    || !t.token(s[1] - 1).word().startsWith("。") || !isTermRun(t, s[0], s[1] - 1)) {
                continue;
            }
            String lead = t.span(s[0], s[1] - 1).strip();
            int hanzi = GlossFinder.hanCount(lead);
            boolean latin = hanzi == 0 && LatinNames.looksLikeName(lead);
            if (!latin && (hanzi < 2 || hanzi > MAX_HANZI)) {
                continue;
            }
            TermEvidence e = HanLpTermExtractor.evidence(found, lead, t.token(s[0]).start());
            e.heading = true;
            if (e.context == null) {
                e.context = t.sentenceText(next);
            }
            glossary.findChinese(lead).ifPresent(entry -> HanLpTermExtractor.markGlossary(e, entry, glossary));
        }
    }

    /** Whether piece {@code i} is the first of the text or of a paragraph (a line break before it). */
    private static boolean opensParagraph(ZhText t, int i) {
        if (i == 0) {
            return true;
        }
        String between = t.text().substring(t.token(i - 1).end(), t.token(i).start());
        return between.indexOf('\n') >= 0 || t.token(i - 1).word().indexOf('\n') >= 0;
    }

    /** Pieces {@code [from, to)}: term-forming, not opening with a verb, ending in a noun, not all general. */
    private static boolean isTermRun(ZhText t, int from, int to) {
        if (to <= from || WordClass.isVerb(t.token(from)) || !CompoundFinder.canEnd(t, to - 1)) {
            return false;
        }
        boolean allGeneral = true;
        for (int k = from; k < to; k++) {
            if (t.wordClass(k) == WordClass.BREAK || WordClass.isPunctuation(t.token(k))) {
                return false;
            }
            allGeneral &= CompoundFinder.isGeneral(t.token(k).word());
        }
        return !allGeneral;
    }
}
