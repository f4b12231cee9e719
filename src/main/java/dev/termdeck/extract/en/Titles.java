package dev.termdeck.extract.en;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's title, read as its first sentence: the words of a title are the paper's own choice of its key terms
 * (a term in the title is stronger evidence than one in the text). A title in title case ("Diffusion-Denoised
 * Hyperspectral Gaussian Splatting") is written in sentence case first, except the words the text itself capitalises
 * inside a sentence (names), so that its capitals are not taken for names. Stateless.
 */
final class Titles {
    /** Longer than this it is no title but a first paragraph. */
    static final int MAX_TITLE = 300;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    /** A capitalised word after a lower-case word, a comma or a semicolon: a name inside a sentence. */
    private static final Pattern NAME_IN_TEXT = Pattern.compile("(?<=[\\p{Ll},;] )\\p{Lu}[\\p{L}\\p{N}-]*");

    private Titles() {
    }

    /**
     * What to read before the text: the title, in sentence case when it was in title case, and a sentence break; or
     * nothing when there is no title, when the text already starts with it, or when it is too long to be one.
     */
    static String head(String title, String text) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            return "";
        }
        String t = title.strip().replaceAll("\\s+", " ");
        if (text.startsWith(t)) {
            return "";
        }
        if (isTitleCase(t)) {
            t = sentenceCase(t, namesIn(text));
        }
        char last = t.charAt(t.length() - 1);
        return t + (last == '.' || last == '?' || last == '!' ? "" : ".") + "\n\n";
    }

    /** Most words of four letters or more start with a capital. */
    static boolean isTitleCase(String title) {
        int words = 0;
        int capitals = 0;
        Matcher m = WORD.matcher(title);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4) {
                words++;
                capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 2 && capitals * 10 >= words * 6;
    }

    /**
     * Words the text writes with a capital inside a sentence and never in lower case ("Models" in "Large Language
     * Models (LLMs)" is no name when the text also says "models").
     */
    private static Set<String> namesIn(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = NAME_IN_TEXT.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        names.removeIf(n -> writtenLower(n.toLowerCase(Locale.ROOT), text));
        return names;
    }

    /**
     * Whether {@code text} has {@code lower} as a whole word. A match starts at an occurrence of the word's letters,
     * so the search for the word's boundaries starts at the first one, and there is none without one.
     */
    private static boolean writtenLower(String lower, String text) {
        int at = text.indexOf(lower);
        return at >= 0 && Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text).find(at);
    }

    /**
     * Lower-cases each word written as a plain capitalised word ("Video", "Tracklet-Conditioned"), except names; in a
     * compound of mixed parts ("Representation-based", "FPGA-Based", "Multi-scale"), each plain capitalised part that
     * is no name ("representation-based", "FPGA-based", "multi-scale"), so that no title-case part is left glued to
     * words lowered around it.
     */
    static String sentenceCase(String title, Set<String> names) {
        StringBuilder sb = new StringBuilder(title.length());
        Matcher m = WORD.matcher(title);
        int at = 0;
        boolean lowered = false;
        while (m.find()) {
            String gap = title.substring(at, m.start());
            sb.append(gap);
            String w = m.group();
            boolean name = names.contains(w) || names.contains(stripPlural(w));
            // "Knowledge Distillation for Motion Segmentation", where the text writes "Motion Object Segmentation":
            // a name-word right after a title word lowered in the same run is a piece of a name the title does not
            // write; kept, it would give "motion Segmentation".
            boolean afterLowered = lowered && gap.equals(" ") && isPlainCapitalised(w);
            lowered = false;
            if (isPlainCapitalised(w) && (!name || afterLowered)) {
                sb.append(w.toLowerCase(Locale.ROOT));
                lowered = true;
            } else if (w.indexOf('-') > 0 && !name) {
                String parts = partsLowered(w, names);
                sb.append(parts);
                lowered = !parts.equals(w) && parts.equals(parts.toLowerCase(Locale.ROOT));
            } else {
                sb.append(w);
            }
            at = m.end();
        }
        return sb.append(title.substring(at)).toString();
    }

    private static String partsLowered(String w, Set<String> names) {
        String[] parts = w.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            if (isPlainCapitalised(parts[i]) && !names.contains(parts[i])) {
                parts[i] = parts[i].toLowerCase(Locale.ROOT);
            }
        }
        return String.join("-", parts);
    }

    private static String stripPlural(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Each hyphen-separated part is a capital followed by lower-case letters only ("Video", "Self-Supervised"). */
    private static boolean isPlainCapitalised(String w) {
        for (String part : w.split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
            for (int i = 1; i < part.length(); i++) {
                if (!Character.isLowerCase(part.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}
