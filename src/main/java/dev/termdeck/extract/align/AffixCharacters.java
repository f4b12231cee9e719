package dev.termdeck.extract.align;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryEntry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which Chinese character renders an English word's affix, measured on the glossary: an affix (the first four letters or
 * the last four) whose words' renderings nearly all start with one character ("-able": 可 in 28 of
 * the 31 entries whose first word ends so: 可微, 可解释, 可扩展). Only the glossary's first words of entries that
 * are written in Chinese characters count. Immutable once built; thread-safe.
 */
final class AffixCharacters {
    /** The fewest entries an affix must have, and the least share of them starting with its character. */
    private static final int MIN_ENTRIES = 5;
    private static final double MIN_SHARE = 0.8;
    /** An affix is no more than this share of its word (the rest is the stem the rendering holds). */
    private static final int MIN_STEM = 3;

    private final Map<String, Character> characters = new HashMap<>();

    AffixCharacters(Glossary glossary) {
        Map<String, Integer> entries = new HashMap<>();
        Map<String, Map<Character, Integer>> starts = new HashMap<>();
        for (GlossaryEntry e : glossary.entries()) {
            String zh = e.zh();
            if (zh.isEmpty() || !ChineseScript.isHan(zh.charAt(0))) {
                continue;
            }
            String word = e.en().toLowerCase(Locale.ROOT).split("[ \\-]", 2)[0];
            for (String affix : affixes(word)) {
                entries.merge(affix, 1, Integer::sum);
                starts.computeIfAbsent(affix, a -> new HashMap<>()).merge(zh.charAt(0), 1, Integer::sum);
            }
        }
        starts.forEach((affix, counts) -> counts.forEach((c, n) -> {
            int all = entries.get(affix);
            if (all >= MIN_ENTRIES && n >= MIN_SHARE * all) {
                characters.put(affix, c);
            }
        }));
    }

    /**
     * The character that renders an affix of {@code word} (可 for "transferable"), or 0 when no affix of it is known.
     */
    char of(String word) {
        for (String affix : affixes(word.toLowerCase(Locale.ROOT))) {
            Character c = characters.get(affix);
            if (c != null) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The affixes of a word of letters: "-" + its last four letters, then its first four + "-" (not three: "pol-" would
     * make "policy" the "poly-" of "polynomial").
     */
    private static String[] affixes(String word) {
        if (word.length() < 4 + MIN_STEM || !word.chars().allMatch(Character::isLetter)) {
            return new String[0];
        }
        return new String[] {"-" + word.substring(word.length() - 4), word.substring(0, 4) + "-"};
    }
}
