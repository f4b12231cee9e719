package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.CardIds;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import static dev.termdeck.extract.bilingual.AliasScope.isFragment;
import static dev.termdeck.extract.bilingual.AliasScope.isOtherConcept;
import static dev.termdeck.extract.bilingual.AliasScope.outranked;
import static dev.termdeck.extract.bilingual.AliasScope.widens;
import static dev.termdeck.extract.bilingual.CardGroups.alignedDefinition;
import static dev.termdeck.extract.bilingual.CardGroups.chineseGroup;
import static dev.termdeck.extract.bilingual.CardGroups.englishGroup;
import static dev.termdeck.extract.bilingual.CardGroups.rendering;
import static dev.termdeck.extract.bilingual.CardGroups.sources;
import static dev.termdeck.extract.bilingual.CardShortForms.isNameLike;
import static dev.termdeck.extract.bilingual.CardShortForms.sameShortForm;
import static dev.termdeck.extract.bilingual.CardShortForms.singularShortForm;
import static dev.termdeck.extract.bilingual.CardShortForms.spells;
import static dev.termdeck.extract.bilingual.CardShortForms.writtenIn;
import static dev.termdeck.extract.bilingual.LatinTerms.holdsEnglishWord;
import static dev.termdeck.extract.bilingual.LatinTerms.isName;
import static dev.termdeck.extract.bilingual.LatinTerms.isOneWordName;
import static dev.termdeck.extract.bilingual.LatinTerms.isProperName;
import static dev.termdeck.extract.bilingual.LatinTerms.isVariable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fills one bilingual card from the term groups of one term (best first) and its glossary entry, if any:
 * <ul>
 *   <li>{@code term.en}: the English group's term, else the glossary's, else the English written beside the Chinese
 *       term, else a Latin name or the abbreviation as the Chinese text writes it, else one built from glossary
 *       parts ({@link PartsTranslator});</li>
 *   <li>{@code term.zh}: the glossary's standard rendering, else the Chinese group's term; a name written in Latin
 *       letters ({@code BLOOM}, {@code DistilBERT}) is written the same in Chinese text, so it is its own Chinese
 *       term; else one built from glossary parts; else the short form of a long form that is a name
 *       ({@code VCNet}); else a proper name as it is ({@code Constitutional AI});</li>
 *   <li>the corpus's other Chinese forms are aliases, and when {@code term.zh} is the glossary's they are marked as
 *       corpus renderings; a form that is only a piece of the standard term ({@code 分布} for {@code 分布外}) is a
 *       truncated translation and is dropped, and so is one that leaves two or more of the term's characters out
 *       ({@code 变学习} for {@code 等变表示学习});</li>
 *   <li>abbreviation from the corpus, else the glossary's (one it marks shared only where a source sentence writes
 *       it); pinyin of {@code term.zh}; each side's definition from its
 *       own language; sources of all groups; the best score; an id from {@code term.en} (else {@code term.zh}).</li>
 * </ul>
 * Thread-safe. This class decides each side and the aliases, since each depends on the other (a doubtful Chinese
 * candidate, a copied short form, a Latin copy); what it takes from the groups is {@link CardGroups}'s, the short
 * form's tests {@link CardShortForms}'s, the Latin names' {@link LatinTerms}'s, the alias scope {@link AliasScope}'s.
 */
final class CardMaker {
    private final ChineseForms chinese;
    private final PartsTranslator composer;

    CardMaker(ChineseForms chinese, PartsTranslator composer) {
        this.chinese = chinese;
        this.composer = composer;
    }

    Card card(List<TermGroup> groups, GlossaryEntry entry) {
        return card(groups, entry, true);
    }

    /**
     * @param guessEnglish whether a Chinese-only term may get an English side built from glossary parts (not when its
     *                     Chinese is a general word used in another sense than the glossary's: see
     *                     {@link SenseEvidence})
     */
    Card card(List<TermGroup> groups, GlossaryEntry entry, boolean guessEnglish) {
        TermGroup en = englishGroup(groups);
        TermGroup zh = chineseGroup(groups);
        String abbr = null;
        for (TermGroup g : groups) {
            // A Chinese short form that does not spell the English term is a name beside it (算术推理（GSM8K）).
            if (abbr == null && g.abbr() != null
                    && !(g.lang() == Lang.ZH && en != null && !spells(g.abbr(), en.text()))) {
                abbr = g.abbr();
            }
        }
        if (abbr == null && entry != null && (!entry.sharedAbbr() || writtenIn(groups, entry.abbr()))) {
            abbr = entry.abbr();
        }
        abbr = singularShortForm(abbr, en != null ? en.text() : entry != null ? entry.en() : null);
        Counterpart zhRendering = rendering(groups, Lang.EN);
        Counterpart enRendering = rendering(groups, Lang.ZH);
        String termEn = en != null ? en.text() : entry != null ? entry.en()
                : enRendering != null ? enRendering.text() : englishOf(zh, abbr);
        if (termEn == null && zh != null && guessEnglish) {
            termEn = composer.toEnglish(zh.text()).orElse(null);
        }
        boolean translated = groups.stream().anyMatch(TermGroup::fromTranslatedPaper);
        // A Chinese candidate of a paper whose English version it could not be aligned with, on a card with an
        // English term, was joined by its short form alone and may be cut or run over (自蒸馏 for "Diffusion as
        // Self-Distillation", 增强车联网 for "Internet of Vehicles"): it gives way to a Chinese term built from the
        // glossary, and is no Chinese side at all rather than a doubtful one.
        boolean doubtful = zh != null && en != null && zh.fromTranslatedPaper() && zh.renderings().isEmpty()
                && zhRendering == null;
        String termZh = entry != null ? entry.zh()
                : doubtful ? composer.toChinese(termEn).orElse(null)
                : zh != null ? tighter(zh.text(), zhRendering)
                : zhRendering != null ? zhRendering.text()
                : chineseOf(termEn, abbr, translated);
        if (translated && termZh != null && en != null && abbr != null && sameShortForm(termZh, abbr)
                && !sameShortForm(en.text(), abbr)) {
            // The translation's short form beside its Chinese term (扩散自编码器（DAs）) is no Chinese term for the
            // long form: one built from the glossary's parts is; else the short form only when it names something
            // (written as a name, CoVR, or standing for a capitalised name, GFCE), not for a common term
            // ("control data flow graph", CDFG) that Chinese spells out.
            termZh = composer.toChinese(en.text()).orElse(isNameLike(abbr) || isProperName(en.text()) ? termZh : null);
        }
        boolean keptInLatin = entry != null && termZh != null && termZh.equals(entry.zh())
                || zhRendering != null && zhRendering.how() == Counterpart.Evidence.NAME
                && termZh != null && termZh.equals(zhRendering.text());
        if (translated && termZh != null && BilingualLinker.isLatin(termZh) && !isName(termZh) && !keptInLatin) {
            // English words copied into the translation ("Composed Video Retrieval (CoVR)") are no Chinese term; the
            // short form is, when it is written as a name, as the translation goes on to write it. A name the
            // translation keeps in Latin letters (Vejde), or the glossary's standard term (Transformer), is.
            termZh = abbr != null && (isNameLike(abbr) || isProperName(termEn)) ? abbr : null;
        }
        termZh = SignedNames.whole(termZh, termEn);
        termZh = LatinCopies.chineseSide(termZh, termEn, abbr, translated && entry == null, composer);
        String leftInLatin = null;
        if (translated && entry == null && termEn != null && termZh != null && holdsEnglishWord(termZh)) {
            // An everyday English word the translation left in Latin letters beside Chinese (自适应Rollout for
            // "adaptive rollout") is a copy when the glossary's parts render the whole term in Chinese (自适应推演);
            // names and short forms stay in Latin letters in that rendering too (Qwen3模型, GAN反演), and keep the
            // translation's.
            String composed = composer.toChinese(termEn).filter(c -> !holdsEnglishWord(c)).orElse(null);
            if (composed != null) {
                leftInLatin = termZh;
                termZh = composed;
            }
        }
        Set<String> aliasesEn = new LinkedHashSet<>();
        Set<String> aliasesZh = new LinkedHashSet<>();
        if (leftInLatin != null) {
            aliasesZh.add(leftInLatin);
        }
        for (TermGroup g : groups) {
            Set<String> target = g.lang() == Lang.EN ? aliasesEn : aliasesZh;
            if (doubtful && g == zh) {
                continue;
            }
            target.add(g.text());
            target.addAll(g.variants());
            for (Counterpart r : g.renderings()) {
                (g.lang() == Lang.EN ? aliasesZh : aliasesEn).add(r.text());
            }
        }
        if (zh != null && zh.gloss() != null && !zh.gloss().equals(termEn)
                && !(termEn != null && isOneWordName(zh.gloss()) && !spells(zh.gloss(), termEn))) {
            aliasesEn.add(zh.gloss());
        }
        aliasesEn.remove(termEn);
        aliasesEn.remove(abbr);
        String shownEn = termEn;
        if (shownEn != null) {
            // Another concept is no alias: a longer one that holds the term ("Residual Reinforcement Learning" beside
            // "reinforcement learning"), nor a piece of the term ("encoder" of "Sparse Autoencoder", "neural radiance").
            aliasesEn.removeIf(a -> isOtherConcept(a, shownEn));
        }
        String shownZh = termZh;
        // A piece of the term, or the term with more around it (受到特权信息学习 beside 特权信息学习), is no alias.
        aliasesZh.removeIf(a -> a.equals(shownZh) || BilingualLinker.isLatin(a)
                || shownZh != null && entry != null && shownZh.contains(a)
                || shownZh != null && zhRendering != null && (shownZh.contains(a) || a.contains(shownZh)));
        List<String> simplified = aliasesZh.stream().map(chinese::toSimplified).distinct().toList();
        List<String> zhAliases = simplified.stream()
                .filter(a -> !a.equals(shownZh) && !(shownZh != null && isFragment(a, shownZh)))
                .filter(a -> !widens(a, shownZh) && !outranked(a, simplified, shownZh)).toList();
        Card.Builder b = Card.builder(CardIds.fromTerm(termEn != null ? termEn : termZh))
                .term(Lang.EN, termEn)
                .term(Lang.ZH, termZh)
                .aliases(new BilingualList(List.copyOf(aliasesEn), zhAliases))
                .abbr(abbr)
                .pinyin(termZh == null ? null : chinese.pinyin(termZh))
                .score(groups.stream().mapToDouble(TermGroup::score).max().orElse(0))
                .sources(sources(groups));
        if (entry != null && (zh != null || zhRendering != null) || leftInLatin != null) {
            b.corpusRenderings(zhAliases);
        }
        String definitionEn = en != null ? en.cardDefinition() : null;
        String definitionZh = zh != null ? zh.cardDefinition() : null;
        b.definition(Lang.EN, definitionEn != null ? definitionEn : alignedDefinition(groups, Lang.ZH));
        b.definition(Lang.ZH, definitionZh != null ? definitionZh : alignedDefinition(groups, Lang.EN));
        return b.build();
    }

    /**
     * The Chinese candidate's text, or the translation's rendering of the English term (which aligned every word of
     * it) when that is the same term with other bounds: the candidate ran back over a verb (受到特权信息学习 for
     * 特权信息学习), lost a character of a word the segmenter split (耦原型学习 for 去耦原型学习), is only the
     * short form the translation writes beside it (DAs for 扩散自编码器), or is the rendering with words left out
     * (医学图像分割, "medical image segmentation", joined with "medical image reasoning segmentation", which the
     * translation renders 医学图像推理分割: {@link AliasScope#isFragment}).
     */
    private static String tighter(String candidate, Counterpart rendering) {
        if (rendering == null || BilingualLinker.isLatin(rendering.text())) {
            return candidate;
        }
        String r = rendering.text();
        if (BilingualLinker.isLatin(candidate) || candidate.contains(r) || r.contains(candidate)
                || isFragment(candidate, r)) {
            return r;
        }
        return candidate;
    }

    /** The English of a Chinese-only term without a glossary entry: its written gloss, its Latin name, its abbreviation. */
    private static String englishOf(TermGroup zh, String abbr) {
        if (zh == null) {
            return null;
        }
        if (zh.gloss() != null && !isVariable(zh.gloss())) {
            return zh.gloss();
        }
        if (BilingualLinker.isLatin(zh.text())) {
            return zh.text();
        }
        return abbr == null || isVariable(abbr) ? null : abbr;
    }

    /**
     * The Chinese of an English-only term without a glossary entry: a name as it is ({@code DistilBERT}); else one
     * built from glossary parts ({@code Monte Carlo simulation}: 蒙特卡洛模拟); else, for a long form that cannot be
     * built, its short form when that is a name ({@code Variational Counter Net}: {@code VCNet}, as Chinese text
     * writes it); else a proper name as it is ({@code Constitutional AI}, {@code Muse}: every word capitalised);
     * else {@code null}.
     */
    private String chineseOf(String termEn, String abbr, boolean translated) {
        if (termEn == null) {
            return null;
        }
        if (isName(termEn)) {
            return termEn;
        }
        Optional<String> built = composer.toChinese(termEn);
        if (built.isPresent()) {
            return built.get();
        }
        if (abbr != null && (isName(abbr) || abbr.chars().noneMatch(Character::isLowerCase))) {
            return abbr;
        }
        // A term of a paper whose translation did not render it gets no English copied as its Chinese side.
        return isProperName(termEn) && !translated ? termEn : null;
    }
}
