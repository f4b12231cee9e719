package dev.termdeck.extract.zh;

import dev.termdeck.extract.bilingual.TermKeys;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin-script names in Chinese text: models, methods, datasets, benchmarks ({@code Clip2TV}, {@code TNW-CATE},
 * {@code GPT-3}). A name counts when it looks like one (a capital after the first letter, or a digit) and either
 * recurs or is introduced by the document ({@code 我们提出X}, {@code 称为X}); an author in a citation
 * ({@code Brown等人,2020}) never does. An abbreviation the document glosses joins its gloss's term instead; a
 * glossary term written in Latin letters ({@code Transformer}, {@code BERT}) counts as a glossary rendering.
 */
final class LatinNames {
    /** Superscript digits, which a name may hold after its first letter ({@code Part²GS}), as an English word may. */
    private static final String SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079";
    /**
     * Letters and digits, with hyphens, underscores or an ampersand between them ({@code S&P Top-K}, {@code R&D}),
     * superscript digits inside, and one asterisk that ends the word ({@code CTL*}, {@code H* Bench}).
     */
    private static final String WORD = "[A-Za-z][A-Za-z0-9" + SUPERSCRIPTS + "]*(?:(?:[-_]|&(?=[A-Za-z]))[A-Za-z0-9"
            + SUPERSCRIPTS + "]+)*(?:\\*(?![*A-Za-z0-9]))?";
    /**
     * A Latin word, or capitalised words written with single spaces between them, which are one name
     * ({@code 称为Informed Asymmetric Actor-Critic}: not the names Informed and Asymmetric), at most five words; one or
     * two plus signs that end it are part of it ({@code 我们提出了FruitNeRF++，}: not FruitNeRF, the work it builds on).
     */
    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9" + SUPERSCRIPTS + "*\\-])(?<![A-Za-z0-9]\\* )"
            + WORD + "(?: [A-Z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*){0,4}(?:\\+{1,2}(?![+A-Za-z0-9]))?(?![A-Za-z0-9"
            + SUPERSCRIPTS + "])");
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?:提出了?|介绍了?|呈现|推出了?|开发了?|称为|称之为|名为|叫做)[^，,。；;:：]{0,16}$");
    private static final Pattern CITATION_AFTER = Pattern.compile("^\\s*(?:等人|等|和|与|&|et al|\\(\\s*\\d{4}|（\\s*\\d{4}|,\\s*\\d{4}|，\\s*\\d{4}|\\s\\d{4})");

    private final dev.termdeck.extract.bilingual.Glossary glossary;

    LatinNames(dev.termdeck.extract.bilingual.Glossary glossary) {
        this.glossary = glossary;
    }

    void find(ZhText t, Map<String, TermEvidence> found) {
        String text = t.text();
        Map<String, TermEvidence> byAbbr = new HashMap<>();
        for (TermEvidence e : found.values()) {
            for (String latin : new String[] {e.abbr, e.gloss}) {
                if (latin != null) {
                    byAbbr.put(TermKeys.of(latin), e);
                    for (String word : latin.split(" ")) {
                        byAbbr.putIfAbsent(TermKeys.of(word), e);
                    }
                }
            }
        }
        Map<String, int[]> names = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group();
            if (name.length() == 2 && name.endsWith("*")) {
                // One letter and an asterisk, no name word after it, is a variable (价值函数V*), as in English.
                continue;
            }
            if (!Character.isUpperCase(name.charAt(0)) && !looksLikeName(name) || name.length() < 2
                    || CITATION_AFTER.matcher(text.substring(m.end(),
                    Math.min(text.length(), m.end() + 8))).find()) {
                continue;
            }
            TermEvidence glossed = byAbbr.get(TermKeys.of(name));
            if (glossed != null) {
                glossed.latinMentions++;
                continue;
            }
            int[] info = names.computeIfAbsent(name, k -> new int[] {m.start(), 0, 0});
            info[1]++;
            if (INTRODUCED.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
                info[2] = 1;
            }
        }
        for (Map.Entry<String, int[]> n : names.entrySet()) {
            int[] info = n.getValue();
            var entry = glossary.byEnglish(n.getKey()).or(() -> glossary.byAbbr(n.getKey()).stream()
                    .filter(g -> g.abbr().equals(n.getKey())).findFirst());
            if (entry.isPresent()) {
                TermEvidence e = HanLpTermExtractor.evidence(found, n.getKey(), info[0]);
                HanLpTermExtractor.markGlossary(e, entry.get(), glossary);
                e.frequency = Math.max(e.frequency, info[1]);
                e.latinName = info[2] == 1;
                e.introducedName |= info[2] == 1;
                continue;
            }
            if (info[1] < 2 && info[2] == 0 || info[1] < 2 && !looksLikeName(n.getKey())) {
                continue;
            }
            TermEvidence e = HanLpTermExtractor.evidence(found, n.getKey(), info[0]);
            e.latinName = true;
            e.introducedName |= info[2] == 1;
            e.frequency = Math.max(e.frequency, info[1]);
        }
    }

    /** A capital letter after the first character, or a digit after a letter ({@code PaLM}, {@code T5}). */
    static boolean looksLikeName(String s) {
        if (s.length() < 2) {
            return false;
        }
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
