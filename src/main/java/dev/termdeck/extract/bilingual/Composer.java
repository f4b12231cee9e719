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
        int n = words.length;
        String[] best = new String[n + 1];
        int[] pieces = new int[n + 1];
        int[] glossed = new int[n + 1];
        best[0] = "";
        for (int end = 1; end <= n; end++) {
            pieces[end] = Integer.MAX_VALUE;
            for (int start = Math.max(0, end - MAX_PART_WORDS); start < end; start++) {
                if (best[start] == null) {
                    continue;
                }
                String part = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
                Optional<GlossaryEntry> e = glossary.byEnglish(part);
                String zh = e.map(GlossaryEntry::zh).orElse(end - start == 1 && isName(part) ? part : null);
                if (zh != null && pieces[start] + 1 < pieces[end]) {
                    pieces[end] = pieces[start] + 1;
                    best[end] = best[start] + zh;
                    glossed[end] = glossed[start] + (e.isPresent() ? 1 : 0);
                }
            }
        }
        return best[n] != null && pieces[n] >= 2 && glossed[n] >= 1 ? Optional.of(best[n]) : Optional.empty();
    }

    /** The English for a Chinese compound, or empty. */
    Optional<String> toEnglish(String zh) {
        String s = zh.strip();
        int n = s.length();
        String[] best = new String[n + 1];
        int[] pieces = new int[n + 1];
        int[] glossed = new int[n + 1];
        best[0] = "";
        for (int end = 1; end <= n; end++) {
            pieces[end] = Integer.MAX_VALUE;
            for (int start = Math.max(0, end - MAX_PART_CHARS); start < end; start++) {
                if (best[start] == null) {
                    continue;
                }
                String part = s.substring(start, end);
                GlossaryEntry e = chinese.get(TermKeys.of(part));
                String en = e != null ? e.en() : latinRun(s, start, end) ? part.strip() : null;
                if (en != null && !en.isEmpty() && pieces[start] + 1 < pieces[end]) {
                    pieces[end] = pieces[start] + 1;
                    best[end] = best[start].isEmpty() ? en : best[start] + " " + en;
                    glossed[end] = glossed[start] + (e != null ? 1 : 0);
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
