package dev.termdeck.extract.zh;

import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import dev.termdeck.extract.bilingual.TermKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds cross-script glosses: a Chinese term followed by its English form or abbreviation in ASCII or full-width
 * parentheses, with or without a space ({@code 语境中的单词 (WiC)}). Citations ({@code (Brown等,2020)}), years and
 * transliterated person names ({@code 菲利普·安德森 (Philip Anderson)}) are not glosses.
 *
 * <p>Where the Chinese term starts is the hard part, since the segmenter splits unknown compounds and the term is
 * usually preceded by a modifier clause. The term runs back from the parenthesis to the nearest punctuation or
 * function word; it goes on across {@code 的} only while the part after it has fewer hanzi than the English has
 * words (or the abbreviation letters), since each English word gives at least one hanzi. When the glossary knows
 * the English, the shortest ending that is a rendering of it, or spells it with words between (生成的对抗网络 for
 * 生成对抗网络), wins. For a short form, what its letters spell moves the start ({@link SpelledStart}). Thread-safe.
 */
final class GlossFinder {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9.&'/+\\- ]{0,60}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private final Glossary glossary;
    private final SpelledStart spelled;

    GlossFinder(Glossary glossary) {
        this.glossary = glossary;
        this.spelled = new SpelledStart(glossary);
    }

    List<Gloss> find(ZhText t) {
        List<Gloss> out = new ArrayList<>();
        for (int i = 1; i < t.size(); i++) {
            String w = t.token(i).word();
            if (!(w.equals("(") || w.equals("（"))) {
                continue;
            }
            int close = closing(t, i);
            if (close < 0) {
                continue;
            }
            String inner = t.text().substring(t.token(i).end(), t.token(close).start()).strip();
            if (!LATIN.matcher(inner).matches() || YEAR.matcher(inner).find()) {
                continue;
            }
            String latin = inner.replaceAll("\\s+", " ");
            if (NameVariants.extendsName(latin, t.text())) {
                continue;
            }
            boolean acronym = isAcronym(latin);
            if (!acronym && latin.split(" ").length > 8) {
                continue;
            }
            Gloss g = chineseBefore(t, i, latin, acronym);
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    /** An abbreviation: one word of at most 10 characters, with a capital after its first letter or all capitals. */
    static boolean isAcronym(String latin) {
        if (latin.contains(" ") || latin.length() < 2 || latin.length() > 10) {
            return false;
        }
        int upper = 0;
        for (int k = 0; k < latin.length(); k++) {
            if (Character.isUpperCase(latin.charAt(k))) {
                upper++;
            }
        }
        return upper >= 2 || (upper == 1 && !Character.isUpperCase(latin.charAt(0)));
    }

    private static int closing(ZhText t, int open) {
        for (int j = open + 1; j < t.size() && j <= open + 16; j++) {
            String w = t.token(j).word();
            if (w.startsWith(")") || w.startsWith("）")) {
                return j;
            }
            if (w.equals("(") || w.equals("（") || w.contains("。")) {
                return -1;
            }
        }
        return -1;
    }

    private Gloss chineseBefore(ZhText t, int open, String latin, boolean acronym) {
        int minHanzi = acronym ? letters(latin) : latin.split(" ").length;
        List<GlossaryEntry> known = acronym ? glossary.byAbbr(latin)
                : glossary.byEnglish(latin).map(List::of).orElse(List.of());
        int minWords = acronym ? capitals(latin) : 0;
        int loose = WayBack.walkBack(t, open, minHanzi, minWords);
        int strict = WayBack.walkBack(t, open, 0, minWords);
        Integer rendering = known.isEmpty() ? null : knownEnding(t, open, known, Math.min(loose, strict));
        int from = rendering != null ? rendering : known.isEmpty() ? loose : closerInLength(t, open, loose, strict, known);
        if (rendering == null && acronym) {
            from = WayBack.withModifier(t, from, open, latin);
            from = spelled.pastLeadingWord(t, from, open, latin);
            from = spelled.spelledFurther(t, from, open, latin);
        }
        from = WayBack.pastMeasureWord(t, from, open);
        if (!acronym) {
            from = ParallelClauses.pastClauseVerb(t, from, open);
        }
        if (from >= open || hanCount(t.span(from, open)) < 2 || isPersonName(t, from, open)) {
            return null;
        }
        String zh = t.span(from, open).strip();
        if (acronym && rendering == null && !spelled.mayAbbreviate(latin, zh, known)) {
            return null;
        }
        return new Gloss(from, open, zh, latin, acronym);
    }


    static int capitals(String latin) {
        return (int) latin.chars().filter(Character::isUpperCase).count();
    }

    /**
     * Of two starts, the one whose Chinese is nearer in length to the glossary's rendering: a rendering of the same
     * term has about as many hanzi ({@code 语境中的单词} for {@code 上下文中的词}; {@code 分布} rather than
     * {@code 反事实预测中的分布} for {@code 分布外}). A name the glossary keeps in Latin script ({@code WiC}) is measured
     * by its first rendering in hanzi ({@code 上下文中的词}).
     */
    private static int closerInLength(ZhText t, int open, int loose, int strict, List<GlossaryEntry> known) {
        int target = known.get(0).allZh().stream().mapToInt(GlossFinder::hanCount).filter(n -> n > 0).findFirst()
                .orElse(0);
        int looseGap = Math.abs(hanCount(t.span(Math.min(loose, open - 1), open)) - target);
        int strictGap = Math.abs(hanCount(t.span(Math.min(strict, open - 1), open)) - target);
        return looseGap < strictGap ? loose : strict;
    }

    /** A transliterated person's name: pieces tagged as names, or a middle dot just before ({@code 菲利普·安德森}). */
    private static boolean isPersonName(ZhText t, int from, int to) {
        if (from > 0 && t.token(from - 1).word().contains("·")) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (!t.token(k).tag().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    private Integer knownEnding(ZhText t, int open, List<GlossaryEntry> entries, int earliest) {
        int floor = Math.max(t.sentenceOf(open)[0], earliest - 3);
        for (int from = open - 1; from >= floor; from--) {
            if (WordClass.isPunctuation(t.token(from))) {
                break;
            }
            String key = TermKeys.of(t.span(from, open));
            for (GlossaryEntry e : entries) {
                for (String z : e.allZh()) {
                    String zk = TermKeys.of(z);
                    if (key.equals(zk) || key.length() <= zk.length() + 2 && isSubsequence(zk, key)
                            && key.charAt(0) == zk.charAt(0)) {
                        return from;
                    }
                }
            }
        }
        return null;
    }

    static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    static boolean hasHan(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (HanLpChinese.isHan(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static int hanCount(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (HanLpChinese.isHan(s.charAt(k))) {
                n++;
            }
        }
        return n;
    }
}
