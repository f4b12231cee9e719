package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.CardIds;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import java.util.ArrayList;
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
 * Thread-safe. Longer than most classes because each side's choice depends on the other's (a doubtful Chinese
 * candidate, a copied short form, a Latin copy) and the aliases on both.
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
                .filter(a -> !widens(a, shownZh) && simplified.stream().noneMatch(o -> widens(a, o))).toList();
        zhAliases = WordsLeftOut.whole(zhAliases, termEn, composer);
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

    /** Whether Chinese text holds a Latin word of two letters or more beside its hanzi (自适应Rollout; not Q函数). */
    static boolean holdsEnglishWord(String zh) {
        return !BilingualLinker.isLatin(zh) && java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(zh).find();
    }

    /**
     * Whether a Chinese alias is another form with words put before or after it (可解释图像质量评估 beside 图像质量评估,
     * 残差强化学习 beside 强化学习): a narrower concept, no alias.
     */
    static boolean widens(String alias, String other) {
        return other != null && !other.isEmpty() && alias.length() >= other.length() + 2
                && (alias.startsWith(other) || alias.endsWith(other));
    }

    /**
     * Whether an English alias names another concept than the term: it holds the term's words in a row with more
     * words around them ("Residual Reinforcement Learning" for "reinforcement learning"), or it is the term with
     * words left out ("neural radiance" of "neural radiance field", "equivariant learning" of "equivariant
     * representation learning") or the end of one of its words ("encoder" of "Sparse Autoencoder"). Words are
     * compared in lower case, a final s aside.
     */
    static boolean isOtherConcept(String alias, String term) {
        List<String> a = words(alias);
        List<String> t = words(term);
        if (a.isEmpty() || t.isEmpty() || a.equals(t)) {
            return false;
        }
        if (a.size() > t.size() && java.util.Collections.indexOfSubList(a, t) >= 0) {
            return true;
        }
        if (a.size() < t.size()) {
            int k = 0;
            for (int i = 0; i < t.size() && k < a.size(); i++) {
                if (t.get(i).equals(a.get(k))) {
                    k++;
                }
            }
            if (k == a.size()) {
                return true;
            }
        }
        return a.size() == 1 && t.stream().anyMatch(w -> w.length() > a.get(0).length() && w.endsWith(a.get(0)));
    }

    private static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-]+")) {
            if (!w.isEmpty()) {
                out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /**
     * Whether a Chinese alias is the term with words left out: its characters all stand in the term, in order, and
     * two or more of the term's are missing (变学习 of 等变表示学习, cut from 不变学习和等变学习; 多模态分割 for 多模态语义分割).
     * A variant one character shorter (大语言模型 beside 大型语言模型) is no fragment.
     */
    static boolean isFragment(String alias, String term) {
        if (alias.length() > term.length() - 2) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < term.length() && k < alias.length(); i++) {
            if (term.charAt(i) == alias.charAt(k)) {
                k++;
            }
        }
        return k == alias.length();
    }

    /**
     * The rendering the translations give the groups of {@code lang} in the other language (the first group's best
     * candidate's), or {@code null}.
     */
    private static Counterpart rendering(List<TermGroup> groups, Lang lang) {
        for (TermGroup g : groups) {
            if (g.lang() == lang && !g.renderings().isEmpty()) {
                return g.renderings().get(0);
            }
        }
        return null;
    }

    /**
     * The definition in the other language that the translation gives a term defined in {@code lang}: the sentence
     * aligned with the one that defines it, or {@code null}.
     */
    private static String alignedDefinition(List<TermGroup> groups, Lang lang) {
        for (TermGroup g : groups) {
            if (g.lang() == lang && g.cardDefinition() != null) {
                for (Counterpart r : g.renderings()) {
                    if (r.definition() != null) {
                        return r.definition();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The Chinese candidate's text, or the translation's rendering of the English term (which aligned every word of
     * it) when that is the same term with other bounds: the candidate ran back over a verb (受到特权信息学习 for
     * 特权信息学习), lost a character of a word the segmenter split (耦原型学习 for 去耦原型学习), is only the
     * short form the translation writes beside it (DAs for 扩散自编码器), or is the rendering with words left out
     * (医学图像分割, "medical image segmentation", joined with "medical image reasoning segmentation", which the
     * translation renders 医学图像推理分割: {@link #isFragment}).
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

    /**
     * Whether a source sentence of the groups writes {@code shortForm} as a word, in its case: a short form the
     * glossary marks shared ({@link GlossaryEntry#sharedAbbr}: DA is data augmentation, and more often domain
     * adaptation) is shown on a card only where its paper writes it, since readers take the letters for the other
     * concept.
     */
    private static boolean writtenIn(List<TermGroup> groups, String shortForm) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(shortForm) + "s?(?![\\p{L}\\d])");
        for (TermGroup g : groups) {
            for (Source s : g.sources()) {
                if (word.matcher(s.sentence()).find()) {
                    return true;
                }
            }
        }
        return false;
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

    /** One letter, as in 模型大小（N）or 训练tokens（D）: a variable of the text, not the English of a term. */
    static boolean isVariable(String s) {
        return s.codePoints().filter(Character::isLetter).count() < 2;
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

    /**
     * A plural short form ("NOs" of 神经算子（NOs）, "SSMs"), capitals or digits then a small "s", on a card whose
     * English long form is singular ("Neural Operator"): the card's short form is the singular one the long form
     * abbreviates ("NO"). A plural long form keeps it ("FLOPs" of "floating-point operations"); with no long form,
     * the short form stays as written.
     */
    static String singularShortForm(String abbr, String longForm) {
        if (abbr == null || longForm == null || abbr.length() < 3 || !abbr.endsWith("s")) {
            return abbr;
        }
        String stem = abbr.substring(0, abbr.length() - 1);
        if (stem.chars().anyMatch(c -> !Character.isUpperCase(c) && !Character.isDigit(c))
                || stem.chars().filter(Character::isUpperCase).count() < 2) {
            return abbr;
        }
        String[] words = longForm.strip().split("[\\s-]+");
        String head = words[words.length - 1];
        boolean plural = !TermKeys.englishSingular(head).equals(TermKeys.of(head));
        return plural || !ShortForms.abbreviates(stem, longForm) ? abbr : stem;
    }

    /**
     * Whether a short form or a name the Chinese text writes in brackets after a term can stand for the card's English
     * term: its letters spell it (Schwartz and Hearst, digits aside: QA3C of "Quantum Asynchronous Advantage
     * Actor-Critic"). A benchmark named after a task does not: 文本到图像生成（GIR-Bench-T2I） is no English form of
     * "text-to-image generation", 算术推理（GSM8K） no short form of "arithmetic reasoning".
     */
    static boolean spells(String shortForm, String longForm) {
        String core = shortForm.length() > 2 && shortForm.endsWith("s")
                && !Character.isLowerCase(shortForm.charAt(shortForm.length() - 2))
                ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        String letters = core.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && ShortForms.abbreviates(letters, longForm.replaceAll("[^\\p{L}\\s-]", " "));
    }

    /** One word written as a name: a capital after its first letter, or a digit ("GIR-Bench-T2I", "GSM8K"). */
    private static boolean isOneWordName(String s) {
        return !s.contains(" ") && s.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Whether two short forms are one, plural and case aside (SAEs, SAE). */
    private static boolean sameShortForm(String a, String b) {
        return TermKeys.englishSingular(a).equals(TermKeys.englishSingular(b));
    }

    /**
     * A short form written as a name (a small letter or a digit among its capitals: CoVR, CaRF, R3DGS, LAU-Eval),
     * which Chinese text keeps as it is, unlike capitals that stand for words Chinese spells out (FAR, CDFG).
     */
    static boolean isNameLike(String abbr) {
        String core = abbr.endsWith("s") ? abbr.substring(0, abbr.length() - 1) : abbr;
        return isName(core) && core.chars().anyMatch(c -> Character.isLowerCase(c) || Character.isDigit(c));
    }

    /** Every word starts with a capital ({@code Constitutional AI}, {@code Responsible AI License}, {@code Muse}). */
    static boolean isProperName(String en) {
        for (String w : en.split("[\\s]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name written in Latin letters the same way in Chinese text: one word (hyphens and digits allowed) with a
     * capital after its first letter or a digit ({@code BLOOM}, {@code DistilBERT}, {@code HAC-Net}, {@code T5}).
     */
    static boolean isName(String en) {
        if (en == null || en.contains(" ") || en.length() < 2) {
            return false;
        }
        for (int k = 1; k < en.length(); k++) {
            if (Character.isUpperCase(en.charAt(k)) || Character.isDigit(en.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The English group that gives the card its English term: the best one, but when that is a bare short form and
     * the card holds the long form its letters spell, the long form ("Massively Multi-Task Model-Based Policy
     * Optimization", not M3PO, which the paper writes more often).
     */
    private static TermGroup englishGroup(List<TermGroup> groups) {
        TermGroup best = first(groups, Lang.EN);
        if (best == null || !BilingualLinker.isShortForm(best.text())) {
            return best;
        }
        for (TermGroup g : groups) {
            if (g.lang() == Lang.EN && g != best && !BilingualLinker.isShortForm(g.text())
                    && spells(best.text(), g.text())) {
                return g;
            }
        }
        return best;
    }

    /**
     * The Chinese group that gives the card its Chinese term: the best one, but when that is a short form the
     * translation writes alone in Latin letters (GLA), the group the translation writes in hanzi with that short form
     * in brackets (门控线性注意力（GLA）): the short form copied is no Chinese term where the translation has one.
     */
    private static TermGroup chineseGroup(List<TermGroup> groups) {
        TermGroup best = first(groups, Lang.ZH);
        if (best == null || !BilingualLinker.isLatin(best.text()) || !BilingualLinker.isShortForm(best.text())) {
            return best;
        }
        for (TermGroup g : groups) {
            if (g.lang() == Lang.ZH && g.abbr() != null && !BilingualLinker.isLatin(g.text())
                    && sameShortForm(g.abbr(), best.text())) {
                return g;
            }
        }
        return best;
    }

    private static TermGroup first(List<TermGroup> groups, Lang lang) {
        for (TermGroup g : groups) {
            if (g.lang() == lang) {
                return g;
            }
        }
        return null;
    }

    private static List<Source> sources(List<TermGroup> groups) {
        List<Source> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Lang lang : Lang.values()) {
            for (TermGroup g : groups) {
                if (g.lang() != lang) {
                    continue;
                }
                for (Source s : g.sources()) {
                    if (seen.add(s.doc() + "\n" + s.lang())) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
