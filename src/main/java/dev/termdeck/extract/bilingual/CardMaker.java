package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.CardIds;
import dev.termdeck.deck.Source;
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
 *       parts ({@link Composer});</li>
 *   <li>{@code term.zh}: the glossary's standard rendering, else the Chinese group's term; a name written in Latin
 *       letters ({@code BLOOM}, {@code DistilBERT}) is written the same in Chinese text, so it is its own Chinese
 *       term; else one built from glossary parts; else the short form of a long form that is a name
 *       ({@code VCNet}); else a proper name as it is ({@code Constitutional AI});</li>
 *   <li>the corpus's other Chinese forms are aliases, and when {@code term.zh} is the glossary's they are marked as
 *       corpus renderings; a form that is only a piece of the standard term ({@code 分布} for {@code 分布外}) is a
 *       truncated translation and is dropped;</li>
 *   <li>abbreviation from the corpus, else the glossary's; pinyin of {@code term.zh}; each side's definition from its
 *       own language; sources of all groups; the best score; an id from {@code term.en} (else {@code term.zh}).</li>
 * </ul>
 * Thread-safe.
 */
final class CardMaker {
    private final ChineseForms chinese;
    private final Composer composer;

    CardMaker(ChineseForms chinese, Composer composer) {
        this.chinese = chinese;
        this.composer = composer;
    }

    Card card(List<TermGroup> groups, GlossaryEntry entry) {
        TermGroup en = first(groups, Lang.EN);
        TermGroup zh = first(groups, Lang.ZH);
        String abbr = null;
        for (TermGroup g : groups) {
            abbr = abbr != null ? abbr : g.abbr();
        }
        if (abbr == null && entry != null) {
            abbr = entry.abbr();
        }
        String termEn = en != null ? en.text() : entry != null ? entry.en() : englishOf(zh, abbr);
        if (termEn == null && zh != null) {
            termEn = composer.toEnglish(zh.text()).orElse(null);
        }
        String termZh = entry != null ? entry.zh() : zh != null ? zh.text() : chineseOf(termEn, abbr);
        Set<String> aliasesEn = new LinkedHashSet<>();
        Set<String> aliasesZh = new LinkedHashSet<>();
        for (TermGroup g : groups) {
            Set<String> target = g.lang() == Lang.EN ? aliasesEn : aliasesZh;
            target.add(g.text());
            target.addAll(g.variants());
        }
        if (zh != null && zh.gloss() != null && !zh.gloss().equals(termEn)) {
            aliasesEn.add(zh.gloss());
        }
        aliasesEn.remove(termEn);
        aliasesEn.remove(abbr);
        aliasesZh.removeIf(a -> a.equals(termZh) || BilingualLinker.isLatin(a)
                || termZh != null && entry != null && termZh.contains(a));
        List<String> zhAliases = aliasesZh.stream().map(chinese::toSimplified).distinct()
                .filter(a -> !a.equals(termZh)).toList();
        Card.Builder b = Card.builder(CardIds.fromTerm(termEn != null ? termEn : termZh))
                .term(Lang.EN, termEn)
                .term(Lang.ZH, termZh)
                .aliases(new BilingualList(List.copyOf(aliasesEn), zhAliases))
                .abbr(abbr)
                .pinyin(termZh == null ? null : chinese.pinyin(termZh))
                .score(groups.stream().mapToDouble(TermGroup::score).max().orElse(0))
                .sources(sources(groups));
        if (entry != null && zh != null) {
            b.corpusRenderings(zhAliases);
        }
        if (en != null) {
            b.definition(Lang.EN, en.cardDefinition());
        }
        if (zh != null) {
            b.definition(Lang.ZH, zh.cardDefinition());
        }
        return b.build();
    }

    /** The English of a Chinese-only term without a glossary entry: its written gloss, its Latin name, its abbreviation. */
    private static String englishOf(TermGroup zh, String abbr) {
        if (zh == null) {
            return null;
        }
        if (zh.gloss() != null) {
            return zh.gloss();
        }
        if (BilingualLinker.isLatin(zh.text())) {
            return zh.text();
        }
        return abbr;
    }

    /**
     * The Chinese of an English-only term without a glossary entry: a name as it is ({@code DistilBERT}); else one
     * built from glossary parts ({@code Monte Carlo simulation}: 蒙特卡洛模拟); else, for a long form that cannot be
     * built, its short form when that is a name ({@code Variational Counter Net}: {@code VCNet}, as Chinese text
     * writes it); else a proper name as it is ({@code Constitutional AI}, {@code Muse}: every word capitalised);
     * else {@code null}.
     */
    private String chineseOf(String termEn, String abbr) {
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
        return isProperName(termEn) ? termEn : null;
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
