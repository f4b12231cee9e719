package dev.termdeck.extract.bilingual;

import java.util.Map;
import java.util.Optional;

/**
 * Builds the missing side of a compound term from glossary entries for its parts, in the same order (noun compounds
 * put modifiers before the head in both languages): {@code 视频文本检索} is 视频 + 文本 + 检索, so
 * {@code video text retrieval}; {@code model architecture} is 模型 + 架构. Every part must be a glossary term (or an
 * abbreviation or name in Latin letters, kept as it is), and there must be at least two parts of which one is not a
 * name: otherwise nothing is built. Parts are found with the fewest pieces (longest entries first). Immutable and
 * thread-safe.
 */
final class Composer {
    private static final int MAX_PART_WORDS = 5;
    private static final int MAX_PART_CHARS = 24;

    private final Glossary glossary;
    private final Map<String, GlossaryEntry> chinese;

    Composer(Glossary glossary) {
        this.glossary = glossary;
        this.chinese = new java.util.HashMap<>();
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
    Optional<String> toChinese(String en) {
        String[] words = en.strip().split("[\\s]+");
        return compose(words.length, MAX_PART_WORDS, "", (start, end) -> {
            String part = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
            Optional<GlossaryEntry> e = glossary.byEnglish(part);
            if (e.isPresent()) {
                return new Part(e.get().zh(), true);
            }
            return end - start == 1 && isName(part) ? new Part(part, false) : null;
        });
    }

    /** The English for a Chinese compound, or empty. */
    Optional<String> toEnglish(String zh) {
        String s = zh.strip();
        return compose(s.length(), MAX_PART_CHARS, " ", (start, end) -> {
            String part = s.substring(start, end);
            GlossaryEntry e = chinese.get(TermKeys.of(part));
            if (e != null) {
                return new Part(e.en(), true);
            }
            return latinRun(s, start, end) && !part.isBlank() ? new Part(part.strip(), false) : null;
        });
    }

    /** One part of a compound in the other language, and whether it came from the glossary. */
    private record Part(String text, boolean glossed) {
    }

    /**
     * The other side of a compound of {@code n} units (words or characters) with the fewest parts, parts of at most
     * {@code maxPart} units given by {@code partOf(start, end)} (null when units [start, end) are no part), joined by
     * {@code separator}; empty unless there are two parts or more and one is from the glossary.
     */
    private static Optional<String> compose(int n, int maxPart, String separator,
            java.util.function.BiFunction<Integer, Integer, Part> partOf) {
        String[] best = new String[n + 1];
        int[] pieces = new int[n + 1];
        int[] glossed = new int[n + 1];
        best[0] = "";
        for (int end = 1; end <= n; end++) {
            pieces[end] = Integer.MAX_VALUE;
            for (int start = Math.max(0, end - maxPart); start < end; start++) {
                if (best[start] == null || pieces[start] + 1 >= pieces[end]) {
                    continue;
                }
                Part p = partOf.apply(start, end);
                if (p != null) {
                    pieces[end] = pieces[start] + 1;
                    best[end] = best[start].isEmpty() ? p.text() : best[start] + separator + p.text();
                    glossed[end] = glossed[start] + (p.glossed() ? 1 : 0);
                }
            }
        }
        return best[n] != null && pieces[n] >= 2 && glossed[n] >= 1 ? Optional.of(best[n]) : Optional.empty();
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

    /** An abbreviation: capitals and digits only, two capitals or more ({@code LDA}, {@code GNN}, {@code GPT3}). */
    private static boolean isName(String word) {
        return word.chars().filter(Character::isUpperCase).count() >= 2 && word.chars().noneMatch(Character::isLowerCase);
    }
}
