package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The deck-level card rule: whether a selected term is worth a flashcard, judged on the evidence the text and the
 * dictionary give it once the whole corpus is read and definitions are chosen. A card is kept when it has a
 * definition in either language (from its abstract, the corpus, a user's glossary, the dictionary, or composed, but
 * not one composed for an entry and a generic head); a card without one is kept only with one of the {@link Evidence}
 * kinds measured on the arXiv tune half to separate cards worth learning from weak and junk ones (docs/QUALITY.md,
 * Precision (#12), "Card-worthiness"): a short form the paper brackets, a name as the paper writes it, a coined name
 * and its kind, a Chinese term the paper's translation gives too (not for a plain term of everyday words, which any
 * translation renders); a second paper is measured, not enough. An organisation's or a maker's hardware name
 * ({@link #isOrganisation}) is no card without a definition, whatever its evidence. Undefined
 * cards with none of them (said in one paper, in one version, in lower case, with no bracketed
 * short form: "real-world benchmark", "learnable matrix", "dance motion") were 72% weak or junk in the labels. A paper
 * read without its translation gives no answer to the translation's test, so its cards are left as they were
 * ({@link Evidence#ONE_VERSION}).
 * Applied after {@link PlainCards} and, like it, switched off by {@link DeckAssembler#cardRules(boolean)}.
 */
final class CardEvidence {
    /** Why an undefined card is kept. */
    enum Evidence {
        /** The card has a short form that one of its documents writes in brackets ("posterior behavioral cloning
         * (PostBC)", "自引导模块(SGM)"), or its term is itself a short form the text brackets. */
        SHORT_FORM,
        /** The term is written as a name: a one-word term with a capital or digit after its first letter ("FruitNeRF",
         * "BOF4-S"), or words that all start with a capital or a digit, one of them coined or with a digit
         * ("Sparse-view 3D Gaussian Splatting"; not "Internal Layer Policies", a paper's own phrase in capitals). */
        NAME,
        /** A name the paper coins, then its kind in lower case ("FineDiving dataset", "SMT2020 testbed", "ECFP4
         * molecular fingerprint"), when the name has no card of its own ("WinMamba layer" beside WinMamba is a
         * thing said about a concept that has its card). */
        NAMED_KIND,
        /** The card has sources in both language versions of one paper: the paper's translation names it too. */
        BOTH_VERSIONS,
        /**
         * The card's sources come from two papers or more. Measured, not enough on its own: of the 4 undefined cards
         * of the tune half kept for it alone, 2 were worth a card ("ablation", "state representation"; "image
         * modality", "diagnostic accuracy" weak), and the mid-session judges found ordinary phrases kept by it.
         */
        PAPERS,
        /**
         * Not evidence, the lack of a test: a paper of the card is read in one version only (no translation in the
         * corpus: the seed corpus, a user's own English abstracts), so whether its translation names the term cannot
         * be asked, and no other evidence measured on cards of one language separates keep from weak (docs/QUALITY.md):
         * its cards stay as they were before the rule.
         */
        ONE_VERSION
    }

    /**
     * What the rule did.
     *
     * @param cards              the cards kept, in their order
     * @param leftOut            how many cards the rule left out
     * @param papersWithoutCards the papers (ids, corpus order) that had a card before the rule and have none after
     * @param leftOutByPaper     how many of each paper's cards (by paper id) the rules left out; papers with none
     *                           left out are absent
     */
    record Outcome(List<Card> cards, int leftOut, List<String> papersWithoutCards,
            Map<String, Integer> leftOutByPaper) {
        Outcome {
            cards = List.copyOf(cards);
            papersWithoutCards = List.copyOf(papersWithoutCards);
            leftOutByPaper = Map.copyOf(leftOutByPaper);
        }
    }

    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}0-9][\\p{IsLatin}0-9.&+/'-]*");
    /** A coined word: a capital right after a lower-case letter, or a digit right after a letter (NeRF, SMT2020). */
    private static final Pattern COINED = Pattern.compile(".*(\\p{Ll}\\p{Lu}|\\p{L}\\p{Nd}).*");
    /** The evidence that keeps an undefined card ({@link Evidence#PAPERS} is measured, not enough). */
    private static final Set<Evidence> KEEPS = EnumSet.of(Evidence.SHORT_FORM, Evidence.NAME, Evidence.NAMED_KIND,
            Evidence.BOTH_VERSIONS, Evidence.ONE_VERSION);
    /**
     * The heads of an organisation's name ("India Meteorological Department", "Columbia University", "Federal
     * Railroad Administration") and of a piece of hardware named by its maker ("AMD MI250 GPUs"): a name whose head
     * is one of these is who did the work or what it ran on, not a concept to learn.
     */
    private static final Set<String> ORGANISATION_HEADS = Set.of("department", "institute", "university",
            "laboratory", "laboratories", "lab", "labs", "inc", "inc.", "corporation", "corp", "corp.", "company",
            "agency", "ministry", "center", "centre", "council", "foundation", "organization", "organisation",
            "association", "society", "academy", "college", "hospital", "bureau", "administration", "consortium");
    private static final Set<String> HARDWARE_HEADS = Set.of("gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "npu",
            "npus");
    /**
     * Generic heads after a dictionary entry ("federated learning approach", "representation learning method"): a
     * definition composed for such a phrase defines the entry, not the phrase, whose card should be the entry's.
     */
    private static final Set<String> WRAPPERS = Set.of("approach", "approaches", "method", "methods", "framework",
            "frameworks", "technique", "techniques", "strategy", "strategies", "paradigm", "scheme", "pipeline", "model",
            "models", "architecture", "system", "module");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}-]*");

    private CardEvidence() {
    }

    /**
     * The cards that have a definition or some {@link Evidence}; {@code before} is the card list before any card rule
     * (to tell which papers the rules left with no card).
     */
    static Outcome apply(List<Card> before, List<Card> cards, List<Document> docs) {
        return apply(before, cards, docs, term -> false);
    }

    /**
     * The cards that have a definition or some {@link Evidence}; {@code before} is the card list before any card rule
     * (to tell which papers the rules left with no card); {@code plain} tells an English term made of everyday words
     * only ({@link TermExtractor#isPlain}), for which the translation and a second paper are no evidence.
     */
    static Outcome apply(List<Card> before, List<Card> cards, List<Document> docs, Predicate<String> plain) {
        Map<String, Document> byId = new HashMap<>();
        Map<String, Set<Lang>> versions = new HashMap<>();
        for (Document d : docs) {
            byId.put(d.id(), d);
            versions.computeIfAbsent(d.paper(), p -> EnumSet.noneOf(Lang.class)).add(d.lang());
        }
        Set<String> names = new HashSet<>();
        for (Card c : cards) {
            if (c.term(Lang.EN) != null) {
                names.add(c.term(Lang.EN));
            }
            if (c.abbr() != null) {
                names.add(c.abbr());
            }
        }
        List<Card> kept = new ArrayList<>(cards.size());
        for (Card c : cards) {
            Set<Evidence> found = evidence(c, byId, versions, names);
            String en = c.term(Lang.EN);
            if (isLatinNameInChinese(c, plain)) {
                found.add(Evidence.NAME);
            }
            if (en != null && plain.test(en)) {
                found.remove(Evidence.BOTH_VERSIONS);
                found.remove(Evidence.PAPERS);
            }
            found.retainAll(KEEPS);
            if (defined(c) && !composedWrapper(c) || !isOrganisation(en) && !found.isEmpty()) {
                kept.add(c);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Card c : kept) {
            ids.add(c.id());
        }
        Map<String, Integer> byPaper = new HashMap<>();
        for (Card c : before) {
            if (!ids.contains(c.id())) {
                papers(List.of(c), byId).forEach(p -> byPaper.merge(p, 1, Integer::sum));
            }
        }
        Set<String> had = papers(before, byId);
        had.removeAll(papers(kept, byId));
        List<String> empty = new ArrayList<>();
        for (Document d : docs) {
            if (had.remove(d.paper())) {
                empty.add(d.paper());
            }
        }
        return new Outcome(kept, before.size() - kept.size(), empty, byPaper);
    }

    /**
     * Whether {@code term} names an organisation or a piece of hardware: two words or more, every word starting with a
     * capital or a digit, and the last an organisation's head ("India Meteorological Department", "Ohio State
     * University"); or a hardware head ("GPUs") after a maker's or a model's name ("AMD MI250 GPUs", "NVIDIA A100
     * GPU"). Not "graphics processing unit", "GPU cluster", "multi-GPU".
     */
    static boolean isOrganisation(String term) {
        if (term == null) {
            return false;
        }
        String[] words = term.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                return false;
            }
        }
        String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return ORGANISATION_HEADS.contains(head) || HARDWARE_HEADS.contains(head);
    }

    /**
     * Whether the card comes from Chinese text only and is one word in Latin letters there, starting with a capital,
     * that is no everyday English word ({@code plain}, asked in lower case): Chinese text keeps a name in Latin
     * letters, often with its capitals lost by a translator ("并提出Causalmta来消除用户偏好的影响"), where
     * {@link #isName} asks for a capital after the first letter. Not "随着Visual和Textual表示学习的成功" (everyday words
     * a translator left in English).
     */
    static boolean isLatinNameInChinese(Card c, Predicate<String> plain) {
        if (c.sources().isEmpty() || c.sources().stream().anyMatch(s -> s.lang() != Lang.ZH)) {
            return false;
        }
        String term = c.term(Lang.ZH) != null ? c.term(Lang.ZH) : c.term(Lang.EN);
        return term != null && term.matches("\\p{Lu}[\\p{IsLatin}0-9-]{2,}")
                && !plain.test(term.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean defined(Card c) {
        return c.definition().get(Lang.EN) != null || c.definition().get(Lang.ZH) != null;
    }

    /**
     * Whether the card's only definitions are composed ({@code DefinitionSource.COMPOSED}) and its English term is a
     * dictionary entry with a generic head after it ("GAN inversion method", "Named Entity Recognition model"): the
     * mid-session judges found such cards junk, the entry being the card worth learning.
     */
    static boolean composedWrapper(Card c) {
        for (Lang l : Lang.values()) {
            if (c.definition().get(l) != null && c.definitionSource().get(l) != dev.termdeck.deck.DefinitionSource.COMPOSED) {
                return false;
            }
        }
        String en = c.term(Lang.EN);
        if (en == null) {
            return false;
        }
        String[] words = en.strip().split("\\s+");
        return words.length >= 2 && WRAPPERS.contains(words[words.length - 1]);
    }

    /**
     * The evidence a card has besides a definition.
     *
     * @param docs     the corpus documents by id
     * @param versions the languages each paper (id) is read in
     * @param names    the English terms and short forms of the deck's cards
     */
    static Set<Evidence> evidence(Card c, Map<String, Document> docs, Map<String, Set<Lang>> versions,
            Set<String> names) {
        Set<Evidence> out = EnumSet.noneOf(Evidence.class);
        if (bracketed(c, docs)) {
            out.add(Evidence.SHORT_FORM);
        }
        String en = c.term(Lang.EN);
        String zh = c.term(Lang.ZH);
        if (isName(en != null ? en : zh)) {
            out.add(Evidence.NAME);
        }
        if (isNamedKind(en, names)) {
            out.add(Evidence.NAMED_KIND);
        }
        Set<String> enPapers = new HashSet<>();
        Set<String> zhPapers = new HashSet<>();
        for (Source s : c.sources()) {
            String paper = paper(s.doc(), docs);
            (s.lang() == Lang.ZH ? zhPapers : enPapers).add(paper);
        }
        Set<String> all = new HashSet<>(enPapers);
        all.addAll(zhPapers);
        if (all.size() >= 2) {
            out.add(Evidence.PAPERS);
        }
        for (String p : all) {
            if (versions.getOrDefault(p, Set.of()).size() < 2) {
                out.add(Evidence.ONE_VERSION);
            }
        }
        enPapers.retainAll(zhPapers);
        if (!enPapers.isEmpty()) {
            out.add(Evidence.BOTH_VERSIONS);
        }
        return out;
    }

    /**
     * Whether {@code term} is written as a name: Latin letters and digits only, every word starting with a capital or
     * a digit; a one-word term with a capital or a digit after its first letter ("FruitNeRF", "BOF4-S", "SMT2020"), a
     * longer one with a coined word or a digit in it ("Sparse-view 3D Gaussian Splatting"). Not "Asymmetric",
     * "medical image", "LLM-guided embodied agent", nor "Internal Layer Policies" or "Scrutiny Ability": capitals on
     * everyday words are how a paper writes its own phrases, and the name is often cut (on the tune half, 1 of 5
     * such undefined cards without a short form was worth a card).
     */
    static boolean isName(String term) {
        if (term == null || term.isBlank()) {
            return false;
        }
        String[] words = term.strip().split("\\s+");
        for (String w : words) {
            if (!LATIN_WORD.matcher(w).matches()
                    || !(Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                return false;
            }
        }
        if (words.length > 1) {
            for (String w : words) {
                if (COINED.matcher(w).matches() || w.codePoints().anyMatch(Character::isDigit)) {
                    return true;
                }
            }
            return false;
        }
        String rest = words[0].substring(Character.charCount(words[0].codePointAt(0)));
        return rest.codePoints().anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    /**
     * Whether {@code term} is a coined name and then lower-case words, its kind ("FineDiving dataset", "OpenEvents v1
     * dataset", "ECFP4 molecular fingerprint"), the name not being a term or short form of the deck ({@code names}),
     * nor a modifier made from one ("MoE-based low-rank adaptation", "PyQt5-based interactive software", "SfM-sparse
     * region").
     */
    static boolean isNamedKind(String term, Set<String> names) {
        if (term == null) {
            return false;
        }
        String[] words = term.strip().split("\\s+");
        if (words.length < 2 || !COINED.matcher(words[0]).matches() || names.contains(words[0])
                || !LATIN_WORD.matcher(words[0]).matches() || words[0].matches(".*-\\p{Ll}+")) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!LOWER_WORD.matcher(words[i]).matches() && !COINED.matcher(words[i]).matches()) {
                return false;
            }
        }
        return LOWER_WORD.matcher(words[words.length - 1]).matches();
    }

    /** Whether a document of the card writes its short form (or its term, when a short form) in brackets. */
    private static boolean bracketed(Card c, Map<String, Document> docs) {
        Set<String> forms = new LinkedHashSet<>();
        if (c.abbr() != null) {
            forms.add(c.abbr());
        }
        for (String t : new String[] {c.term(Lang.EN), c.term(Lang.ZH)}) {
            if (t != null && !t.contains(" ") && isName(t)) {
                forms.add(t);
            }
        }
        if (forms.isEmpty()) {
            return false;
        }
        Set<String> texts = new LinkedHashSet<>();
        for (Source s : c.sources()) {
            Document d = docs.get(s.doc());
            if (d != null) {
                texts.add(d.text());
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String form : forms) {
            patterns.add(Pattern.compile("[(（]\\s*" + Pattern.quote(form) + "s?\\s*[)）]"));
        }
        String en = c.term(Lang.EN);
        if (c.abbr() != null && en != null && !en.equals(c.abbr())) {
            // The other way round: the short form, then its long form in brackets ("HAC-Net (Hybrid Attention-Based
            // Convolutional Neural Network)").
            patterns.add(Pattern.compile(Pattern.quote(c.abbr()) + "\\s*[(（]\\s*" + Pattern.quote(en) + "\\s*[)）]",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (Pattern p : patterns) {
            for (String text : texts) {
                if (p.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> papers(List<Card> cards, Map<String, Document> docs) {
        Set<String> out = new HashSet<>();
        for (Card c : cards) {
            for (Source s : c.sources()) {
                out.add(paper(s.doc(), docs));
            }
        }
        return out;
    }

    private static String paper(String doc, Map<String, Document> docs) {
        Document d = docs.get(doc);
        return d == null ? doc : d.paper();
    }
}
