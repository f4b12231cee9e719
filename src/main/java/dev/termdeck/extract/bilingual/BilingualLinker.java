package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.TermLinker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs English and Chinese term groups into bilingual cards. Two groups are one term when
 * <ul>
 *   <li>they share an abbreviation ({@code MTA} defined in Chinese text and in English text), or one's abbreviation
 *       is the other's term;</li>
 *   <li>the English written beside a Chinese term ({@code 超越模仿游戏基准(Big Bench)}) is the English term, or
 *       both write the same Latin name ({@code Clip2TV});</li>
 *   <li>both are renderings of one glossary entry (a standard rendering, a variant, or a form built from variants of
 *       its parts: {@code 新兴能力} for {@code 涌现能力});</li>
 *   <li>the translation of a paper renders one as the other ({@link dev.termdeck.extract.Counterpart}: "optical
 *       character recognition" and 光学字符识别 in an abstract and its Chinese version).</li>
 * </ul>
 * The glossary also fills a missing side: the English of a Chinese-only term, the standard Chinese of an
 * English-only one. See {@link CardMaker} for how a card is filled. Immutable and thread-safe.
 *
 * <p>Longer than most classes because linking and choosing the glossary entry of a group are one decision (the
 * entry is a link key, and which group's entry fills a card depends on the cluster the keys make).
 */
public final class BilingualLinker implements TermLinker {
    private final Glossary glossary;
    private final CardMaker cards;
    private final SenseEvidence senses;
    /** The cards made for a cluster's groups, guess and entry in this build ({@link #forOneBuild()}), or null. */
    private final Map<dev.termdeck.extract.SameItems, Card> made;

    /** A linker that builds missing sides from glossary parts, keeping no capitalised word as a name. */
    public BilingualLinker(Glossary glossary, ChineseForms chinese) {
        this(glossary, chinese, w -> true);
    }

    /**
     * @param everydayEnglish whether a lower-case word is everyday English (a capitalised word that is not is a name,
     *                        kept in Latin letters when a term's Chinese is built from its parts: see {@link PartsTranslator})
     */
    public BilingualLinker(Glossary glossary, ChineseForms chinese, java.util.function.Predicate<String> everydayEnglish) {
        this.glossary = glossary;
        this.cards = new CardMaker(chinese, new PartsTranslator(glossary, everydayEnglish));
        this.senses = new SenseEvidence(glossary, chinese);
        this.made = null;
    }

    private BilingualLinker(BilingualLinker shared) {
        this.glossary = shared.glossary;
        this.cards = shared.cards;
        this.senses = shared.senses;
        this.made = new HashMap<>();
    }

    /**
     * This linker remembering, for one build on one thread, the card it made for a cluster's groups (the same objects
     * in the same order), its glossary entry and whether English may be built: {@link CardMaker#card} depends on
     * nothing else, so a refill gets the same card without making it again.
     */
    @Override
    public BilingualLinker forOneBuild() {
        return new BilingualLinker(this);
    }

    @Override
    public List<Card> link(List<TermGroup> english, List<TermGroup> chinese) {
        List<TermGroup> all = new ArrayList<>(english);
        all.addAll(chinese);
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<GlossaryEntry> entries = new ArrayList<>(all.size());
        Map<Object, Integer> firstWith = new HashMap<>();
        // Only the sense check of a common Chinese word reads the documents' texts: joined once, when first needed.
        java.util.function.Supplier<Map<String, String>> docTexts = SenseEvidence.documentTextsWhenAsked(all);
        java.util.Set<TermGroup> otherSense = new java.util.HashSet<>();
        ShortFormSenses shortForms = ShortFormSenses.of(all);
        for (int i = 0; i < all.size(); i++) {
            TermGroup g = all.get(i);
            GlossaryEntry entry = entryOf(g, docTexts, otherSense, shortForms).orElse(null);
            entries.add(entry);
            List<Object> keys = linkKeys(g, entry, isOtherExpansion(g, entry) || shortForms.spelledOutOtherwise(g),
                    entry != null && g.abbr() != null && glossary.knownAs(g.abbr()).size() > 1);
            shortForms.paperKey(g).ifPresent(keys::add);
            for (Object k : keys) {
                Integer first = firstWith.putIfAbsent(k, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        Map<Integer, List<Integer>> clusters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Card> out = new ArrayList<>(clusters.size());
        for (List<Integer> members : clusters.values()) {
            List<TermGroup> groups = new ArrayList<>();
            GlossaryEntry entry = null;
            for (int i : members) {
                groups.add(all.get(i));
                entry = entry != null ? entry : entries.get(i);
            }
            if (entry == null && otherSense.containsAll(groups)) {
                // A common word (环境, 展示) whose only claim to be a term was its glossary entry, used in another
                // sense: no term of the field.
                continue;
            }
            groups.sort(Comparator.comparingDouble(TermGroup::score).reversed().thenComparing(TermGroup::key));
            entry = entryOfCard(groups, members, all, entries, entry);
            // A general word used in another sense than its glossary entry's gets no English built from it either.
            boolean guessEnglish = entry != null || groups.stream().noneMatch(otherSense::contains);
            out.add(card(groups, entry, guessEnglish));
        }
        return out;
    }

    private Card card(List<TermGroup> groups, GlossaryEntry entry, boolean guessEnglish) {
        if (made == null) {
            return cards.card(groups, entry, guessEnglish);
        }
        return made.computeIfAbsent(new dev.termdeck.extract.SameItems(groups, java.util.Arrays.asList(entry,
                guessEnglish)), k -> cards.card(groups, entry, guessEnglish));
    }

    /**
     * The entry that fills the card of a cluster: the one found for the card's English term (the first English group)
     * when it has one; an entry found only for another group of the cluster serves when it names that English term,
     * else none. A Chinese term joined by a short form or a rendering may be a shorter, other concept (姿态估计, "pose
     * estimation", joined with "Category-Agnostic Pose Estimation" by CAPE; 医学图像分割 beside "medical image
     * reasoning segmentation"): its entry would give the card a Chinese side that drops the English term's modifiers.
     */
    private static GlossaryEntry entryOfCard(List<TermGroup> groups, List<Integer> members, List<TermGroup> all,
            List<GlossaryEntry> entries, GlossaryEntry first) {
        TermGroup en = null;
        for (TermGroup g : groups) {
            if (g.lang() == Lang.EN) {
                en = g;
                break;
            }
        }
        if (en == null || first == null) {
            return first;
        }
        GlossaryEntry own = entries.get(members.get(indexOf(members, all, en)));
        if (own != null) {
            return own;
        }
        for (int i : members) {
            GlossaryEntry e = entries.get(i);
            if (e != null && (namesTerm(e, en) || writesTerm(all.get(i), en))) {
                return e;
            }
        }
        return null;
    }

    private static int indexOf(List<Integer> members, List<TermGroup> all, TermGroup g) {
        for (int k = 0; k < members.size(); k++) {
            if (all.get(members.get(k)) == g) {
                return k;
            }
        }
        throw new IllegalStateException("group not in its cluster");
    }

    /**
     * Whether the translations of a Chinese group's papers render it, by word alignment, only as English that shares
     * no word with the glossary entry's and is not its short form (记忆 as "memorization", not the entry's "memory";
     * but 前向传递 as "forward pass" is still the entry "forward propagation").
     */
    private static boolean renderedOtherwise(TermGroup g, GlossaryEntry e) {
        boolean any = false;
        for (Counterpart r : g.renderings()) {
            if (r.text() == null) {
                continue;
            }
            if (r.how() != Counterpart.Evidence.ALIGNMENT || sharesWord(e.en(), r.text())
                    || e.linkedAbbr() != null && looseKey(e.linkedAbbr()).equals(looseKey(r.text()))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether two English phrases share a word (plural, case and a suffix of two letters aside: {@link #sameWord}). */
    private static boolean sharesWord(String a, String b) {
        for (String x : words(a)) {
            for (String y : words(b)) {
                if (sameWord(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a Chinese group's text writes the English term beside it (超越模仿游戏基准(Big Bench)). */
    private static boolean writesTerm(TermGroup g, TermGroup en) {
        return g.gloss() != null && looseKey(g.gloss()).equals(looseKey(en.text()));
    }

    /**
     * Whether the entry's English or short form is the group's term or one of its forms (hyphens, plurals aside), not
     * a form that is the term with words left out ({@link CardMaker#isOtherConcept}).
     */
    private static boolean namesTerm(GlossaryEntry e, TermGroup en) {
        String key = looseKey(e.en());
        String term = looseKey(en.text());
        if (term.equals(key) || e.linkedAbbr() != null && looseKey(e.linkedAbbr()).equals(term)) {
            return true;
        }
        for (String v : en.variants()) {
            if (looseKey(v).equals(key) && !CardMaker.isOtherConcept(v, en.text())) {
                return true;
            }
        }
        return false;
    }

    private static String looseKey(String english) {
        return TermKeys.englishSingular(english.replace('-', ' '));
    }

    /**
     * The glossary entry of a group: by its abbreviation first (of several entries with one abbreviation, the one
     * whose Chinese shares most characters with the group's, or the first), then by its term or a variant (English
     * or Chinese; not a basic word when the group has an abbreviation), then by the English written beside it.
     * An entry is taken by its abbreviation only when the group spells the short form out as the entry does
     * ({@link #spelledOutAs}): a short form two concepts share (CL: continual and contrastive learning; VQA: visual
     * question answering and video quality assessment) gives no concept the other one's Chinese.
     */
    Optional<GlossaryEntry> entryOf(TermGroup g) {
        return entryOf(g, SenseEvidence.documentTextsWhenAsked(List.of(g)), new java.util.HashSet<>(),
                ShortFormSenses.of(List.of(g)));
    }

    /**
     * As {@link #entryOf(TermGroup)}; a Chinese word of general language in papers without a translation is taken as
     * the entry it renders only with evidence of that sense in {@code docTexts} ({@link SenseEvidence}), else it is
     * added to {@code otherSense}.
     */
    private Optional<GlossaryEntry> entryOf(TermGroup g, java.util.function.Supplier<Map<String, String>> docTexts,
            java.util.Set<TermGroup> otherSense, ShortFormSenses shortForms) {
        String shortForm = g.abbr() != null ? g.abbr() : isShortForm(g.text()) ? g.text() : null;
        if (shortForm != null) {
            // A bare short form matches on its own; a short form the field writes in mixed case (DAgger, mAP) only
            // in that case, as on the definition side: DAGGER, an attack, does not take DAgger's Chinese term.
            boolean bare = g.text().equals(shortForm);
            Optional<GlossaryEntry> byAbbr = glossary.byAbbr(shortForm).stream()
                    .filter(e -> ShortFormCase.inItsCase(shortForm, e.abbr()))
                    .filter(e -> bare ? !definedOtherwise(g, e) && shortForms.agrees(g, e) : spelledOutAs(g, e))
                    // An entry writing the short form in its case first (mAP: mean average precision, not MAP).
                    .max(Comparator.<GlossaryEntry, Boolean>comparing(e -> e.abbr().equals(shortForm))
                            .thenComparingInt(e -> g.lang() == Lang.ZH
                                    ? sharedChars(e.zh(), g.text()) : sharedWords(e.en(), g.text())));
            if (byAbbr.isPresent()) {
                return byAbbr;
            }
        }
        List<String> forms = new ArrayList<>();
        forms.add(g.text());
        forms.addAll(g.variants());
        for (String f : forms) {
            if (g.lang() == Lang.EN && CardMaker.isOtherConcept(f, g.text())) {
                // A variant that is the term with words left out ("medical image segmentation" grouped with "medical
                // image reasoning segmentation") names another concept: its entry would drop the term's modifiers.
                continue;
            }
            Optional<GlossaryEntry> e = g.lang() == Lang.EN || isLatin(f) ? glossary.byEnglish(f)
                    : glossary.findChinese(f);
            if (e.isPresent() && !(shortForm != null && glossary.isBasic(e.get()))) {
                if (g.lang() == Lang.ZH && !isLatin(f) && renderedOtherwise(g, e.get())) {
                    // The translation of its paper says which English the Chinese term is, and it is not the
                    // entry's: 记忆 of "LLMs are known to memorize ...", "memorization", is no "memory".
                    return Optional.empty();
                }
                if (!senses.fits(g, f, e.get(), docTexts)) {
                    otherSense.add(g);
                    return Optional.empty();
                }
                return e;
            }
        }
        if (g.gloss() != null) {
            return glossary.byEnglish(g.gloss());
        }
        return Optional.empty();
    }

    /**
     * Whether the group's long form is the entry's: an English group written with the entry's words (plural,
     * hyphens, case and spelling variants aside: "Sparse Autoencoders", "mean square error"; a short form inside it
     * spelled out: "RL from AI Feedback"); a Chinese group whose
     * translation rendered it with the entry's English words, else written as one of the entry's Chinese renderings
     * or one that differs from it in at most a quarter of its characters (联合学习 for 联邦学习).
     */
    private boolean spelledOutAs(TermGroup g, GlossaryEntry e) {
        if (g.lang() == Lang.EN) {
            List<String> forms = new ArrayList<>();
            forms.add(g.text());
            forms.addAll(g.variants());
            for (String f : forms) {
                // A short form among the group's forms (VLAs beside "Vision-Language Agents") spells nothing out.
                if (!isShortForm(f) && spelledOut(f).stream().anyMatch(v -> sameWords(e.en(), v))) {
                    return true;
                }
            }
            return false;
        }
        for (Counterpart r : g.renderings()) {
            if (r.text() != null && isLatin(r.text()) && !isShortForm(r.text())) {
                return sameWords(e.en(), r.text());
            }
        }
        String key = TermKeys.of(g.text());
        for (String z : e.allZh()) {
            String k = TermKeys.of(z);
            if (k.equals(key) || closeChinese(k, key)) {
                return true;
            }
        }
        Optional<GlossaryEntry> found = glossary.findChinese(g.text());
        return found.isPresent() && found.get().equals(e);
    }

    /**
     * Whether a short form written alone is one its paper defines as something the entry is not: the definition the
     * paper gives it ("We propose PAN, a framework that treats every image patch as a node") writes neither the
     * entry's English words nor one of its Chinese renderings, so the letters are the paper's own name and not the
     * entry's (全色图像, "panchromatic image").
     */
    private static boolean definedOtherwise(TermGroup g, GlossaryEntry e) {
        if (!g.defined()) {
            return false;
        }
        String definition = g.definition();
        for (String z : e.allZh()) {
            if (definition.contains(z)) {
                return false;
            }
        }
        List<String> said = java.util.Arrays.stream(definition.toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).map(TermKeys::englishSingular).toList();
        for (String w : words(e.en())) {
            if (said.stream().noneMatch(x -> sameWord(x, w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The long form with short forms inside it written out as the glossary's only entry for each, in every
     * combination ("RL from AI Feedback": "reinforcement learning from AI Feedback", ...), at most three short forms.
     */
    private List<String> spelledOut(String longForm) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String w : longForm.split(" ")) {
            List<GlossaryEntry> known = isShortForm(w) ? glossary.byAbbr(w) : List.of();
            List<String> next = new ArrayList<>();
            for (String o : out) {
                String sep = o.isEmpty() ? "" : " ";
                next.add(o + sep + w);
                if (known.size() == 1 && out.size() < 8) {
                    next.add(o + sep + known.get(0).en());
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Two Chinese terms that are one rendering written otherwise: three quarters of the longer one's characters are
     * the other's (联合学习 and 联邦学习, 多点触摸归因 and 多触点归因), or one is written inside the other (分布 of 分布外,
     * 扩散（DDPM） for 去噪扩散概率模型); not two concepts that share a head (对比学习 and 持续学习).
     */
    static boolean closeChinese(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 2) {
            return false;
        }
        if (longer.contains(shorter)) {
            return true;
        }
        StringBuilder rest = new StringBuilder(longer);
        int shared = 0;
        for (int i = 0; i < shorter.length(); i++) {
            int at = rest.indexOf(String.valueOf(shorter.charAt(i)));
            if (at >= 0) {
                rest.setCharAt(at, '\0');
                shared++;
            }
        }
        return shared * 4 >= longer.length() * 3;
    }

    /**
     * Whether two English phrases have the same words in the same order, plural, case and hyphens aside, a word
     * matching another that starts with all of it but at most two letters ("square" and "squared"); a list written
     * with commas and "and" is its words joined otherwise ("Power-Performance-Area" is "power, performance and area").
     */
    static boolean sameWords(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length != y.length || x.length == 0) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!sameWord(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String s) {
        return java.util.Arrays.stream(s.toLowerCase(java.util.Locale.ROOT).split("[\\s\\-‐‑–_/,&]+"))
                .filter(w -> !w.isEmpty() && !w.equals("and")).map(TermKeys::englishSingular).toArray(String[]::new);
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= longer.length() - 2;
    }

    /**
     * The keys under which groups meet: entry, abbreviation, English forms and Latin names, and the renderings the
     * translation of a paper gives a term (an English term meets the Chinese term its translation writes for it).
     */
    private static List<Object> linkKeys(TermGroup g, GlossaryEntry entry, boolean otherExpansion,
            boolean sharedAbbr) {
        List<Object> keys = new ArrayList<>();
        if (entry != null) {
            keys.add(entry);
        }
        if (g.abbr() != null) {
            // A short form the group spells out otherwise than the glossary does meets only the same long form, and
            // the term defined with the same short form in the other version of one of its papers (交互式跨模态学习框架
            // （ICL） in the translation of "Interactive Cross-modal Learning framework (ICL)").
            // A short form the glossary gives several entries (AD: anomaly detection, Alzheimer's disease, ...) meets
            // only groups of the same entry, which the entry's own key already joins: "Alzheimer's disease (AD)" does
            // not meet 异常检测（AD）of another paper.
            String abbrKey = "abbr:" + TermKeys.englishSingular(g.abbr());
            keys.add(abbrKey + (otherExpansion ? ":" + g.key() : sharedAbbr ? ":" + entry.en() : ""));
            if (otherExpansion || sharedAbbr) {
                for (Source s : g.sources()) {
                    keys.add(abbrKey + "@" + paperOf(s.doc()));
                }
            }
        }
        if (g.lang() == Lang.EN) {
            keys.add("en:" + TermKeys.englishSingular(g.text()));
            if (isShortForm(g.text())) {
                keys.add("abbr:" + TermKeys.englishSingular(g.text()));
            }
            for (Counterpart r : g.renderings()) {
                keys.add("zh:" + TermKeys.of(r.text()));
            }
        } else {
            keys.add("zh:" + TermKeys.of(g.text()));
            for (Counterpart r : g.renderings()) {
                keys.add("en:" + TermKeys.englishSingular(r.text()));
            }
            if (g.gloss() != null) {
                keys.add("en:" + TermKeys.englishSingular(g.gloss()));
            }
            if (isLatin(g.text())) {
                keys.add("en:" + TermKeys.englishSingular(g.text()));
                if (isShortForm(g.text())) {
                    // The translation writes the short form alone (物理隔离的专家路由网络（PiERN），这是……PiERN): it
                    // meets the term defined with it, as an English short form does.
                    keys.add("abbr:" + TermKeys.englishSingular(g.text()));
                }
            }
        }
        return keys;
    }

    /**
     * Whether the group's abbreviation stands for something else than what the glossary writes it for: "Alzheimer's
     * disease (AD)" against the glossary's AD (anomaly detection, autonomous driving, automatic differentiation), so
     * that it does not meet 异常检测 (AD) of another paper.
     */
    private boolean isOtherExpansion(TermGroup g, GlossaryEntry entry) {
        if (g.abbr() == null) {
            return false;
        }
        List<GlossaryEntry> known = glossary.knownAs(g.abbr());
        return !known.isEmpty() && (entry == null || !known.contains(entry));
    }

    /** The paper a document is a version of: {@code FILE#N} for {@code FILE#N} and its translation {@code FILE#N@zh}. */
    private static String paperOf(String doc) {
        int at = doc.lastIndexOf('@');
        return at > doc.lastIndexOf('#') && at > 0 ? doc.substring(0, at) : doc;
    }

    static boolean isLatin(String s) {
        return s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A term written as an abbreviation: one word with at least two capitals ({@code MMLU}, {@code WiC}). */
    static boolean isShortForm(String s) {
        return !s.contains(" ") && s.length() <= 10 && s.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static int sharedChars(String a, String b) {
        return (int) a.chars().filter(c -> b.indexOf(c) >= 0).count();
    }

    private static int sharedWords(String a, String b) {
        List<String> words = List.of(b.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"));
        return (int) java.util.Arrays.stream(a.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"))
                .filter(words::contains).count();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
