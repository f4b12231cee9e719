package dev.termdeck.extract.bilingual;

import dev.termdeck.deck.Card;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import dev.termdeck.extract.TermLinker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import static dev.termdeck.extract.bilingual.ClusterEntry.entryOfCard;
import static dev.termdeck.extract.bilingual.LinkKeys.find;
import static dev.termdeck.extract.bilingual.LinkKeys.linkKeys;
import static dev.termdeck.extract.bilingual.LinkKeys.union;

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
 * <p>This class decides which groups are one term; the keys they meet under are {@link LinkKeys}'s, a group's
 * glossary entry (itself a key) {@link GroupEntries}'s, the entry of a cluster's card {@link ClusterEntry}'s, the
 * phrase comparisons {@link PhraseMatch}'s.
 */
public final class BilingualLinker implements TermLinker {
    private final Glossary glossary;
    private final CardMaker cards;
    private final GroupEntries entries;
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
        this.entries = new GroupEntries(glossary, chinese);
        this.made = null;
    }

    private BilingualLinker(BilingualLinker shared) {
        this.glossary = shared.glossary;
        this.cards = shared.cards;
        this.entries = shared.entries;
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
        List<GlossaryEntry> found = new ArrayList<>(all.size());
        Map<Object, Integer> firstWith = new HashMap<>();
        // Only the sense check of a common Chinese word reads the documents' texts: joined once, when first needed.
        java.util.function.Supplier<Map<String, String>> docTexts = SenseEvidence.documentTextsWhenAsked(all);
        java.util.Set<TermGroup> otherSense = new java.util.HashSet<>();
        ShortFormSenses shortForms = ShortFormSenses.of(all);
        for (int i = 0; i < all.size(); i++) {
            TermGroup g = all.get(i);
            GlossaryEntry entry = entries.entryOf(g, docTexts, otherSense, shortForms).orElse(null);
            found.add(entry);
            List<Object> keys = linkKeys(g, entry, entries.isOtherExpansion(g, entry) || shortForms.spelledOutOtherwise(g),
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
                entry = entry != null ? entry : found.get(i);
            }
            if (entry == null && otherSense.containsAll(groups)) {
                // A common word (环境, 展示) whose only claim to be a term was its glossary entry, used in another
                // sense: no term of the field.
                continue;
            }
            groups.sort(Comparator.comparingDouble(TermGroup::score).reversed().thenComparing(TermGroup::key));
            entry = entryOfCard(groups, members, all, found, entry);
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

    /** The glossary entry of a group ({@link GroupEntries#entryOf(TermGroup)}). */
    Optional<GlossaryEntry> entryOf(TermGroup g) {
        return entries.entryOf(g);
    }

    static boolean isLatin(String s) {
        return s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A term written as an abbreviation: one word with at least two capitals ({@code MMLU}, {@code WiC}). */
    static boolean isShortForm(String s) {
        return !s.contains(" ") && s.length() <= 10 && s.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
