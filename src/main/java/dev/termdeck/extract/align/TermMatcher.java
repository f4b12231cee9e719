package dev.termdeck.extract.align;

import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.Counterpart.Evidence;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.TermKeys;
import dev.termdeck.extract.zh.HanLpChinese;
import static dev.termdeck.extract.align.LatinForms.containsWord;
import static dev.termdeck.extract.align.LatinForms.isCapitalizedWord;
import static dev.termdeck.extract.align.LatinForms.isLatin;
import static dev.termdeck.extract.align.LatinForms.isName;
import static dev.termdeck.extract.align.LatinForms.sameShortForm;
import static dev.termdeck.extract.align.TermOccurrences.bracketEnds;
import static dev.termdeck.extract.align.TermOccurrences.byKey;
import static dev.termdeck.extract.align.TermOccurrences.chineseOccurrences;
import static dev.termdeck.extract.align.TermOccurrences.definedWith;
import static dev.termdeck.extract.align.TermOccurrences.occurrences;
import static dev.termdeck.extract.align.TermOccurrences.wholeWords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the counterpart of each term of one version of a paper in the other version, trying the surest evidence
 * first:
 * <ol>
 *   <li>the same short form in brackets on both sides: the Chinese candidate defined with it
 *       ({@code 深度Q网络（DQN）} for "Deep Q-Networks (DQNs)"), or, when the term's words are too rare to align, the
 *       Chinese written beside the short form that renders no other word of the paper
 *       ({@code TOAST（任务导向自适应语义传输）});</li>
 *   <li>a name written in Latin letters that both versions write ({@code TrackDiffusion});</li>
 *   <li>a rendering the glossary lists for the term, written in the other version;</li>
 *   <li>word alignment: the run of words of the aligned sentences that renders the term ({@link SpanFinder}), kept
 *       when it renders every content word of the term ({@link AlignedRenderings}) and is no copy of English
 *       words.</li>
 * </ol>
 * A Chinese term's English counterpart must moreover be a term: a candidate of the English version, a candidate of
 * another English document of the corpus, or a glossary term. Not thread-safe across papers (none is needed).
 *
 * <p>This class decides the order of the evidence, in both directions; the evidence itself is weighed by
 * {@link ShortFormRenderings} (the Chinese beside a short form), {@link BareShortForms} (the Chinese a bare short form
 * is spelled out by), {@link AlignedRenderings} (word-aligned runs), over the paper's word associations
 * ({@link PaperAssociations}) and the places its terms stand ({@link TermOccurrences}); the string tests on Latin
 * names and short forms are in {@link LatinForms}.
 */
final class TermMatcher {
    private final Glossary glossary;
    private final Set<String> englishTerms;
    private final BareShortForms bare;
    private final PaperAssociations assoc;
    private final AlignedRenderings alignment;
    private final ShortFormRenderings shortForms;
    private final CompletedCandidates completed;
    private final SpannedLongForms spanned;
    private final UngluedCandidates unglued;
    private final WrittenOutShortForms writtenOut;
    private final LeftOutWords leftOut;

    /**
     * @param englishTerms the keys of every English candidate of the corpus ({@link TermCandidate#key()})
     */
    TermMatcher(Glossary glossary, WordTranslations words, Set<String> englishTerms, HanLpChinese hanlp) {
        this.glossary = glossary;
        this.englishTerms = englishTerms;
        this.bare = new BareShortForms(glossary);
        this.assoc = new PaperAssociations(glossary, words, hanlp);
        this.alignment = new AlignedRenderings(assoc, glossary, hanlp);
        this.shortForms = new ShortFormRenderings(glossary, assoc);
        this.completed = new CompletedCandidates(new GlossaryEdges(glossary));
        this.spanned = new SpannedLongForms(assoc);
        this.unglued = new UngluedCandidates(new BesideEdges(glossary, assoc));
        this.writtenOut = new WrittenOutShortForms(glossary);
        this.leftOut = new LeftOutWords(assoc);
    }

    /** The English candidates with their Chinese counterparts. */
    List<TermCandidate> english(PaperAligner.Bitext b, List<TermCandidate> english, List<TermCandidate> chinese) {
        assoc.startPaper(b);
        List<TermCandidate> out = new ArrayList<>(english.size());
        for (TermCandidate c : english) {
            Counterpart found = chineseOf(b, c, chinese);
            // A short form kept in Latin letters (残差RL) written out as the translation writes it too (残差强化学习).
            String full = found.isFound() ? writtenOut.of(b.zh.text, found.text()) : null;
            out.add(c.withCounterpart(full == null ? found : found(full, found.how(), b, c)));
        }
        return out;
    }

    /** The Chinese candidates with their English counterparts. */
    List<TermCandidate> chinese(PaperAligner.Bitext b, List<TermCandidate> chinese, List<TermCandidate> english) {
        assoc.startPaper(b);
        List<TermCandidate> out = new ArrayList<>(chinese.size());
        for (TermCandidate c : chinese) {
            TermCandidate whole = wholeOfCut(b, c, english);
            if (whole == null) {
                // Or the verb of the sentence was glued on (研究 of 研究虚假信息检测（MD）).
                whole = unglued.of(b, c, english, e -> chineseOf(b, e, chinese),
                        (t, e) -> found(e, Evidence.ABBREVIATION, b, t));
            }
            TermCandidate found = whole != null ? whole : c.withCounterpart(englishOf(b, c, english));
            out.add(completed.of(b.zh, found));
        }
        return out;
    }

    private Counterpart chineseOf(PaperAligner.Bitext b, TermCandidate c, List<TermCandidate> chinese) {
        List<int[]> occurrences = occurrences(b.en, c);
        if (c.abbr() != null) {
            // The same short form in brackets: the words the term aligns with that end just before it.
            String bracketed = alignment.chinese(b, occurrences, bracketEnds(b.zh, c.abbr()));
            // Not one that holds a word of the long form the English extractor left out (残差 of 残差强化学习（RL） for
            // "Reinforcement Learning (RL)", taken out of "Residual Reinforcement Learning (RL)").
            if (bracketed != null && !leftOut.holds(b, occurrences, c.abbr(), bracketed)) {
                return found(bracketed, Evidence.ABBREVIATION, b, c);
            }
            for (TermCandidate z : chinese) {
                if (z.abbr() != null && sameShortForm(z.abbr(), c.abbr()) && !isLatin(z.text())
                        && wholeWords(b.zh, z.text()) && alignment.renders(b, occurrences, z.text())) {
                    return found(z.text(), Evidence.ABBREVIATION, b, c);
                }
            }
            String beside = shortForms.beside(b, c);
            if (beside == null) {
                // A long form with a function word inside, rendered across one (扩散即自蒸馏（DSD）).
                beside = spanned.rendering(b, c);
            }
            if (beside != null) {
                return found(beside, Evidence.ABBREVIATION, b, c);
            }
            // The long form's short form in brackets after the Chinese that spells it (错误接受率（FAR）).
            String spelled = b.spelledOut(bare, c.abbr(), c.text());
            if (spelled != null) {
                return found(spelled, Evidence.ABBREVIATION, b, c);
            }
        }
        if ((isName(c.text()) || isCapitalizedWord(c.text()) || LatinForms.isSpacedName(c.text()))
                && containsWord(b.zh.text, c.text())) {
            // A bare short form the translation spells out in Chinese before it in brackets (门控线性注意力（GLA）).
            String spelled = c.abbr() == null ? b.spelledOut(bare, c.text(), null) : null;
            if (spelled != null) {
                return found(spelled, Evidence.ABBREVIATION, b, c);
            }
            return found(c.text(), Evidence.NAME, b, c);
        }
        Optional<GlossaryEntry> entry = glossary.byEnglish(c.text());
        if (entry.isPresent() && !glossary.isBasic(entry.get())) {
            for (String r : entry.get().allZh()) {
                if (b.zh.text.contains(r)) {
                    return found(r, Evidence.GLOSSARY, b, c);
                }
            }
        }
        String aligned = alignment.chinese(b, occurrences, Set.of());
        if (aligned != null && (!isLatin(aligned) || isName(aligned) && wholeName(aligned, c.text()))) {
            return found(aligned, Evidence.ALIGNMENT, b, c);
        }
        return Counterpart.NOT_FOUND;
    }

    /**
     * Whether a Latin name the alignment found is the whole term, not one word of it that the translation kept in
     * Latin letters ("RL" of "RL finetuning", written RL微调): at least as many content words.
     */
    private static boolean wholeName(String name, String term) {
        return contentWords(name) >= contentWords(term);
    }

    private static int contentWords(String text) {
        int n = 0;
        for (Word w : EnglishWords.of(text)) {
            n += w.content() ? 1 : 0;
        }
        return n;
    }

    private Counterpart englishOf(PaperAligner.Bitext b, TermCandidate c, List<TermCandidate> english) {
        if (c.abbr() != null) {
            // The English term defined with the same short form, or written just before it in brackets (the English
            // extractor may give the short form to a shorter term: "image quality assessment" of "explainable image
            // quality assessment (IQA)"). The Chinese term must render the whole English one (not 自蒸馏 for
            // "Diffusion as Self-Distillation", cut from 扩散即自蒸馏), or be all the Chinese the translation writes
            // before the short form.
            List<TermCandidate> defined = definedWith(b.en, english, c.abbr());
            for (TermCandidate e : defined) {
                // Or the English term's aligned rendering before the short form is the Chinese term, whole (后验行为克隆
                // (PostBC), where HanLP reads 后/验 and no word renders "posterior" alone).
                if (alignment.renders(b, occurrences(b.en, e), c.text()) || shortForms.definedAlike(b, c, e)
                        || c.text().equals(alignment.chinese(b, occurrences(b.en, e), bracketEnds(b.zh, c.abbr())))) {
                    return found(e.text(), Evidence.ABBREVIATION, b, c);
                }
            }
            if (!defined.isEmpty() && defined.get(0).abbr() != null && sameShortForm(defined.get(0).abbr(), c.abbr())) {
                // Nothing aligned, but the Chinese is all the translation writes before the short form and as long as
                // the English term defined with it (主体独立留一法(LOSO), "leave-one-subject-out (LOSO)").
                return WholeRenderings.wholeBefore(b.zh, c, defined.get(0).text())
                        ? found(defined.get(0).text(), Evidence.ABBREVIATION, b, c) : Counterpart.NOT_FOUND;
            }
        }
        if (isLatin(c.text()) && containsWord(b.en.text, c.text())) {
            return found(c.text(), Evidence.NAME, b, c);
        }
        if (c.gloss() != null) {
            TermCandidate e = byKey(english, TermKeys.englishSingular(c.gloss()));
            if (e != null) {
                return found(e.text(), Evidence.GLOSSARY, b, c);
            }
        }
        Optional<GlossaryEntry> entry = glossary.findChinese(c.text());
        if (entry.isPresent()) {
            TermCandidate e = byKey(english, TermKeys.englishSingular(entry.get().en()));
            if (e != null) {
                return found(e.text(), Evidence.GLOSSARY, b, c);
            }
            if (!glossary.isBasic(entry.get()) && !occurrences(b.en, entry.get().en()).isEmpty()) {
                return found(entry.get().en(), Evidence.GLOSSARY, b, c);
            }
        }
        List<int[]> occurrences = chineseOccurrences(b.zh, c);
        String text = alignment.english(b, occurrences);
        if (text != null) {
            String key = TermKeys.englishSingular(text);
            TermCandidate e = byKey(english, key);
            if (e != null) {
                return found(e.text(), Evidence.ALIGNMENT, b, c);
            }
            if (englishTerms.contains(key) || glossary.byEnglish(text).isPresent()) {
                return found(isName(text) ? text : text.toLowerCase(Locale.ROOT), Evidence.ALIGNMENT, b, c);
            }
        }
        return Counterpart.NOT_FOUND;
    }

    /**
     * The Chinese term a candidate defined with a short form was cut from, when the English term defined with the same
     * short form renders it with more words before the short form in brackets: the Chinese extractor stopped at a
     * word its segmenter tags otherwise (策略优化（GRPO） of 即群体相对策略优化（GRPO）, "group relative policy
     * optimization", where 相对 reads as an adverb; 验行为克隆 of 后验行为克隆(PostBC)). The candidate becomes that
     * rendering, with the English term as its counterpart; else {@code null}.
     */
    private TermCandidate wholeOfCut(PaperAligner.Bitext b, TermCandidate c, List<TermCandidate> english) {
        if (c.abbr() == null) {
            return null;
        }
        List<TermCandidate> defined = definedWith(b.en, english, c.abbr());
        for (TermCandidate e : defined.isEmpty() ? defined : defined.subList(0, 1)) {
            String r = alignment.chinese(b, occurrences(b.en, e), bracketEnds(b.zh, c.abbr()));
            if (r == null || r.length() <= c.text().length() || !r.endsWith(c.text())
                    || holdsOthers(b, e, c.abbr(), r)) {
                continue;
            }
            TermCandidate whole = new TermCandidate(c.lang(), TermKeys.of(r), r, List.of(), c.abbr(), c.gloss(),
                    c.definition(), c.context(), c.docId(), Math.max(0, c.start() - (r.length() - c.text().length())),
                    c.frequency(), c.termhood());
            return whole.withCounterpart(found(e.text(), Evidence.ABBREVIATION, b, whole));
        }
        return null;
    }

    /**
     * Whether a rendering the translation writes before the English term's short form in brackets holds a word that
     * another English word of the paper renders better than the term's words do (残差 of 残差强化学习（RL）, "residual",
     * where the English extractor took "Reinforcement Learning (RL)" out of "Residual Reinforcement Learning (RL)").
     */
    private boolean holdsOthers(PaperAligner.Bitext b, TermCandidate e, String abbr, String rendering) {
        Set<String> own = new HashSet<>();
        for (Word w : EnglishWords.of(e.text())) {
            own.add(w.norm());
        }
        for (int w : bracketEnds(b.zh, abbr)) {
            int end = b.zh.words.get(w).end();
            if (end >= rendering.length() && b.zh.text.startsWith(rendering, end - rendering.length())) {
                return assoc.claimedElsewhere(b, own, end - rendering.length(), end);
            }
        }
        return true;
    }

    /** A counterpart found, with the other side's definition when the term has one on its own side. */
    private Counterpart found(String text, Evidence how, PaperAligner.Bitext b, TermCandidate c) {
        return Counterpart.found(text, how, c.definition() == null ? null : AlignedDefinitions.of(b, c, text));
    }
}
