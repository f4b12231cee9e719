package dev.termdeck.extract.bilingual;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * Builds the missing side of a compound term from glossary entries for its parts, in the same order (noun compounds
 * put modifiers before the head in both languages): {@code 视频文本检索} is 视频 + 文本 + 检索, so
 * {@code video text retrieval}; {@code Monte Carlo simulation} is 蒙特卡洛 + 模拟. Parts are found with the fewest
 * pieces (longest entries first). An English word that is no glossary entry may still be rendered:
 * <ul>
 *   <li>a participle by its verb ({@code prompted} as {@code prompt}, 提示; {@code masked} as {@code mask});</li>
 *   <li>a hyphenated word by its parts, with the productive affixes of the field
 *       ({@code attention-based} 基于注意力的, {@code channel-wise} 逐通道, {@code multi-X} 多X, {@code self-X} 自X,
 *       {@code X-to-Y} X到Y; otherwise the parts in order: {@code protein-ligand} 蛋白质配体);</li>
 *   <li>an abbreviation or a name ({@code LDA}, {@code PopQA}, {@code Nadaraya-Watson}, a capitalised word that is
 *       no everyday English word) is written the same in Chinese.</li>
 * </ul>
 * There must be at least two pieces of which one comes from the glossary: otherwise nothing is built. Immutable and
 * thread-safe when the everyday-word test is.
 */
public final class PartsTranslator {
    private static final int MAX_PART_WORDS = 5;
    private static final int MAX_PART_CHARS = 24;

    /** Hyphenated suffixes and the Chinese they make of the word before them ({@code %s}). */
    private static final Map<String, String> SUFFIXES = Map.ofEntries(
            Map.entry("based", "基于%s的"), Map.entry("wise", "逐%s"), Map.entry("aware", "%s感知"),
            Map.entry("free", "无%s"), Map.entry("driven", "%s驱动"), Map.entry("guided", "%s引导"),
            Map.entry("augmented", "%s增强"), Map.entry("level", "%s级"), Map.entry("specific", "特定%s"),
            Map.entry("agnostic", "%s无关"), Map.entry("invariant", "%s不变"), Map.entry("efficient", "%s高效"),
            Map.entry("conditioned", "%s条件"), Map.entry("dependent", "%s相关"), Map.entry("scale", "%s规模"),
            Map.entry("like", "类%s"), Map.entry("centric", "以%s为中心"), Map.entry("enhanced", "%s增强"));
    /** Hyphenated prefixes and the Chinese they make of the word after them ({@code %s}). */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("multi", "多%s"), Map.entry("non", "非%s"), Map.entry("self", "自%s"), Map.entry("semi", "半%s"),
            Map.entry("pre", "预%s"), Map.entry("cross", "跨%s"), Map.entry("sub", "子%s"), Map.entry("inter", "%s间"),
            Map.entry("intra", "%s内"), Map.entry("bi", "双%s"), Map.entry("uni", "单%s"), Map.entry("hyper", "超%s"),
            Map.entry("super", "超%s"), Map.entry("meta", "元%s"), Map.entry("post", "后%s"), Map.entry("co", "协同%s"),
            Map.entry("re", "重%s"), Map.entry("de", "去%s"), Map.entry("anti", "反%s"), Map.entry("over", "过%s"),
            Map.entry("under", "欠%s"));

    private final Glossary glossary;
    private final Map<String, GlossaryEntry> chinese;
    private final Predicate<String> everydayWord;

    /** A composer that keeps no capitalised word as a name (only abbreviations and mixed-case names). */
    public PartsTranslator(Glossary glossary) {
        this(glossary, w -> true);
    }

    /**
     * @param everydayWord whether a lower-case English word is everyday English: a capitalised word that is not
     *                     one is a name ({@code Cherenkov}) and is kept in Latin letters in Chinese
     */
    public PartsTranslator(Glossary glossary, Predicate<String> everydayWord) {
        this.glossary = glossary;
        this.everydayWord = everydayWord;
        this.chinese = new HashMap<>();
        for (GlossaryEntry e : glossary.entries()) {
            chinese.putIfAbsent(TermKeys.of(e.zh()), e);
        }
        for (GlossaryEntry e : glossary.entries()) {
            for (String v : e.zhVariants()) {
                chinese.putIfAbsent(TermKeys.of(v), e);
            }
        }
    }

    /** The Chinese for an English compound, or empty. */
    public Optional<String> toChinese(String en) {
        String[] words = en.strip().split("\\s+");
        return compose(words.length, MAX_PART_WORDS, PartsTranslator::joinChinese, (start, end) -> {
            String part = String.join(" ", Arrays.copyOfRange(words, start, end));
            Optional<GlossaryEntry> e = glossary.byEnglish(part);
            if (e.isPresent()) {
                return new Part(e.get().zh(), 1, 1);
            }
            return end - start == 1 ? word(words[start], true) : null;
        });
    }

    /** The English for a Chinese compound, or empty. */
    public Optional<String> toEnglish(String zh) {
        String s = zh.strip();
        return compose(s.length(), MAX_PART_CHARS, (a, b) -> a + " " + b, (start, end) -> {
            String part = s.substring(start, end);
            GlossaryEntry e = chinese.get(TermKeys.of(part));
            if (e != null) {
                return new Part(e.en(), 1, 1);
            }
            return latinRun(s, start, end) && !part.isBlank() ? new Part(part.strip(), 1, 0) : null;
        });
    }

    /**
     * One part of a compound in the other language, how many pieces it counts for (a hyphenated word rendered from
     * its parts counts for them) and how many came from the glossary.
     */
    private record Part(String text, int pieces, int glossed) {
    }

    /** The Chinese of one English word that is no glossary entry of its own, or null. */
    private Part word(String w, boolean splitHyphens) {
        if (isName(w)) {
            return new Part(w, 1, 0);
        }
        Optional<GlossaryEntry> e = glossary.byEnglish(w);
        if (e.isPresent()) {
            return new Part(e.get().zh(), 1, 1);
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ed") && lower.length() > 4 && lower.indexOf('-') < 0) {
            for (String stem : List.of(lower.substring(0, lower.length() - 2), lower.substring(0, lower.length() - 1),
                    lower.substring(0, lower.length() - 3))) {
                Optional<GlossaryEntry> verb = glossary.byEnglish(stem);
                if (verb.isPresent() && stem.length() >= 3) {
                    return new Part(verb.get().zh(), 1, 1);
                }
            }
        }
        if (splitHyphens && w.indexOf('-') > 0 && !w.endsWith("-")) {
            Part p = hyphenated(w);
            if (p != null) {
                return p;
            }
        }
        boolean capitalised = Character.isUpperCase(w.charAt(0)) && w.length() > 2;
        if (capitalised && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && Arrays.stream(lower.split("-")).noneMatch(everydayWord)) {
            return new Part(w, 1, 0);
        }
        return null;
    }

    /** A hyphenated word rendered from its parts and the field's affixes, or null. */
    private Part hyphenated(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        int to = lower.indexOf("-to-");
        if (to > 0) {
            Part a = word(w.substring(0, to), true);
            Part b = word(w.substring(to + 4), true);
            return a != null && b != null && a.glossed() + b.glossed() > 0
                    ? new Part(joinChinese(a.text(), "到" + b.text()), 2, a.glossed() + b.glossed()) : null;
        }
        int last = w.lastIndexOf('-');
        String suffix = SUFFIXES.get(lower.substring(last + 1));
        if (suffix != null) {
            Part stem = word(w.substring(0, last), true);
            if (stem != null) {
                return new Part(String.format(Locale.ROOT, suffix, stem.text()), 2, stem.glossed() + 1);
            }
        }
        int first = w.indexOf('-');
        String prefix = PREFIXES.get(lower.substring(0, first));
        if (prefix != null) {
            Part rest = word(w.substring(first + 1), true);
            if (rest != null) {
                return new Part(String.format(Locale.ROOT, prefix, rest.text()), 2, rest.glossed() + 1);
            }
        }
        String[] pieces = w.split("-");
        StringBuilder sb = new StringBuilder();
        int glossed = 0;
        for (String piece : pieces) {
            Part p = piece.isEmpty() ? null : word(piece, false);
            if (p == null) {
                return null;
            }
            sb.append(sb.length() > 0 && isLatin(p.text()) && isLatin(sb.substring(sb.length() - 1)) ? "-" : "")
                    .append(p.text());
            glossed += p.glossed();
        }
        return glossed == 0 ? null : new Part(sb.toString(), pieces.length, glossed);
    }

    /**
     * The other side of a compound of {@code n} units (words or characters) with the fewest parts, parts of at most
     * {@code maxPart} units given by {@code partOf(start, end)} (null when units [start, end) are no part), joined by
     * {@code join}; empty unless there are two pieces or more and one is from the glossary.
     */
    private static Optional<String> compose(int n, int maxPart, BinaryOperator<String> join,
            BiFunction<Integer, Integer, Part> partOf) {
        String[] best = new String[n + 1];
        int[] parts = new int[n + 1];
        int[] pieces = new int[n + 1];
        int[] glossed = new int[n + 1];
        best[0] = "";
        for (int end = 1; end <= n; end++) {
            parts[end] = Integer.MAX_VALUE;
            for (int start = Math.max(0, end - maxPart); start < end; start++) {
                if (best[start] == null || parts[start] + 1 >= parts[end]) {
                    continue;
                }
                Part p = partOf.apply(start, end);
                if (p != null) {
                    parts[end] = parts[start] + 1;
                    best[end] = best[start].isEmpty() ? p.text() : join.apply(best[start], p.text());
                    pieces[end] = pieces[start] + p.pieces();
                    glossed[end] = glossed[start] + p.glossed();
                }
            }
        }
        return best[n] != null && pieces[n] >= 2 && glossed[n] >= 1 ? Optional.of(best[n]) : Optional.empty();
    }

    /**
     * Chinese parts run together, with a space between two Latin words ({@code Responsible AI}); a part the one before
     * already ends with is not repeated ({@code 词袋模型} + {@code 模型}).
     */
    private static String joinChinese(String a, String b) {
        if (a.endsWith(b) && b.codePoints().anyMatch(c -> c >= 0x3400)) {
            return a;
        }
        boolean latinMeets = !a.isEmpty() && !b.isEmpty() && isAsciiWordChar(a.charAt(a.length() - 1))
                && isAsciiWordChar(b.charAt(0));
        return latinMeets ? a + " " + b : a + b;
    }

    private static boolean isLatin(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    /** A whole run of Latin letters and digits ({@code GNN} in {@code GNN神经元}). */
    private static boolean latinRun(String s, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c >= 128 || !(Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return (start == 0 || !isAsciiWordChar(s.charAt(start - 1)))
                && (end == s.length() || !isAsciiWordChar(s.charAt(end)));
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }

    /**
     * An abbreviation or a name written in Latin letters in Chinese text too: two capitals or more and no lower-case
     * letter ({@code LDA}, {@code GNN}, {@code GPT3}), or a capital or digit after a lower-case letter
     * ({@code PopQA}, {@code Clip2TV}).
     */
    static boolean isName(String word) {
        long capitals = word.chars().filter(Character::isUpperCase).count();
        if (capitals >= 2 && word.chars().noneMatch(Character::isLowerCase)) {
            return true;
        }
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if ((Character.isUpperCase(c) || Character.isDigit(c)) && Character.isLowerCase(word.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }
}
