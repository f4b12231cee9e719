package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tokens of a sentence after OpenNLP, rejoined where the tokenizer split one written word: hyphenated compounds
 * ({@code chain - of - thought}), digits and capitals ("4K"), plus signs and names' pronouns, with the tag of the
 * word they make. Stateless.
 */
final class HyphenJoins {
    private HyphenJoins() {
    }

    /**
     * Joins the tokens of a hyphenated word written without spaces ({@code chain - of - thought}, {@code text-to
     * -image}, {@code DALL- E}) into one token, except across the hyphens at {@code breaks} (dashes that stand for
     * parentheses) and before a determiner ({@code Net-a model}: a dash written as a hyphen).
     */
    static List<Token> rejoin(List<Token> tokens, String text, Set<Integer> breaks) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && joins(tokens.get(j), tokens.get(j + 1), breaks)
                    && !determinerAfterHyphen(tokens, j + 1)) {
                j++;
            }
            // Never end on a bare hyphen ("DALL-" followed by a space).
            while (j > i && isAllHyphens(tokens.get(j).text())) {
                j--;
            }
            if (j == i) {
                Token t = tokens.get(i);
                if (t.is("PUNCT", "SYM", "X") && t.text().indexOf('-') > 0 && HYPHENATED.matcher(t.text()).matches()) {
                    // The tokenizer kept "protein-ligand" whole and the tagger, seeing a hyphen, called it punctuation.
                    t = new Token(t.text(), t.start(), t.end(), compoundTag(t.text(), List.of(t)));
                }
                out.add(t);
                i++;
                continue;
            }
            String joined = text.substring(tokens.get(i).start(), tokens.get(j).end());
            if (!HYPHENATED.matcher(joined).matches()) {
                out.add(tokens.get(i));
                i++;
                continue;
            }
            out.add(new Token(joined, tokens.get(i).start(), tokens.get(j).end(),
                    compoundTag(joined, tokens.subList(i, j + 1))));
            i = j + 1;
        }
        joinDigitsAndCapitals(out);
        NameJoins.plusSigns(out);
        NameJoins.endingPluses(out, text);
        NameJoins.endingStars(out);
        namePronouns(out);
        // "chain-of-thought/VERB prompting": a hyphenated word before a noun modifies it.
        for (int k = 0; k + 1 < out.size(); k++) {
            Token t = out.get(k);
            String w = t.text();
            if (t.is("VERB") && w.indexOf('-') > 0 && out.get(k + 1).isNoun() && !w.endsWith("ed")
                    && !w.endsWith("ing")) {
                out.set(k, new Token(w, t.start(), t.end(), "NOUN"));
            }
        }
        return out;
    }

    /**
     * "4K" that the tokenizer split into "4" and "K", "3D" that the tagger called a symbol or a number: digits and
     * the capitals written against them are one word (so no term starts with the "K" or "D" left over), and a
     * dimension before a noun describes it ("3D/ADJ object detection").
     */
    private static void joinDigitsAndCapitals(List<Token> out) {
        for (int k = 0; k < out.size(); k++) {
            Token t = out.get(k);
            if (k + 1 < out.size() && isDigits(t.text()) && out.get(k + 1).start() == t.end()
                    && isCapitals(out.get(k + 1).text())) {
                Token next = out.remove(k + 1);
                t = new Token(t.text() + next.text(), t.start(), next.end(), "NUM");
                out.set(k, t);
            }
            if (Words.isDimension(t.text()) && !t.is("NOUN", "PROPN", "ADJ") && k + 1 < out.size()
                    && out.get(k + 1).isNoun()) {
                out.set(k, new Token(t.text(), t.start(), t.end(), "ADJ"));
            }
        }
    }

    /**
     * "Re-Depth Anything", "Segment Anything Model": a pronoun written with a capital inside a sentence, right after
     * a word written with a capital, is a word of the name, not a pronoun that ends it ("Anything/PRON").
     */
    private static void namePronouns(List<Token> out) {
        for (int k = 1; k < out.size(); k++) {
            Token t = out.get(k);
            String w = t.text();
            Token before = out.get(k - 1);
            if (t.is("PRON") && w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.chars().skip(1).allMatch(Character::isLowerCase) && before.end() < t.start()
                    && before.is("PROPN", "NOUN") && Character.isUpperCase(before.text().charAt(0))) {
                out.set(k, new Token(w, t.start(), t.end(), "PROPN"));
            }
        }
    }

    // Asked of every token: plain loops, no stream per token.
    private static boolean isDigits(String w) {
        return !w.isEmpty() && allIn(w, '0', '9');
    }

    private static boolean isCapitals(String w) {
        return !w.isEmpty() && w.length() <= 3 && allIn(w, 'A', 'Z');
    }

    private static boolean allIn(String w, char low, char high) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < low || c > high) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern HYPHENATED =
            Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+");

    private static boolean joins(Token a, Token b, Set<Integer> breaks) {
        if (a.end() != b.start()) {
            return false;
        }
        int hyphenAt;
        if (isHyphen(a.text().charAt(a.text().length() - 1))) {
            hyphenAt = a.end() - 1;
        } else if (isHyphen(b.text().charAt(0))) {
            hyphenAt = b.start();
        } else {
            return false;
        }
        return !breaks.contains(hyphenAt);
    }

    private static boolean isAllHyphens(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isHyphen(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** "Net-a model": a determiner after a hyphen starts a new phrase. */
    private static boolean determinerAfterHyphen(List<Token> tokens, int k) {
        String t = tokens.get(k).text();
        String w = (!t.isEmpty() && isHyphen(t.charAt(0)) ? t.substring(1) : t).toLowerCase(Locale.ROOT);
        boolean last = k + 1 >= tokens.size() || tokens.get(k + 1).start() != tokens.get(k).end();
        return last && (w.equals("a") || w.equals("an") || w.equals("our") || w.equals("the") || w.equals("which")
                || w.equals("its"));
    }

    /**
     * The tag of a rejoined compound: a proper noun when it has capitals inside ({@code HAC-Net}); a noun when it
     * ends in a noun or a gerund ({@code chain-of-thought}, {@code pre-training}); otherwise an adjective
     * ({@code decoder-only}, {@code pre-trained}, {@code 176B-parameter} stays a noun).
     */
    private static String compoundTag(String joined, List<Token> parts) {
        Token last = parts.get(parts.size() - 1);
        long capitals = joined.chars().filter(Character::isUpperCase).count();
        boolean upperInside = capitals >= 2 || capitals == 1 && !Character.isUpperCase(joined.charAt(0));
        if (last.isNoun()) {
            return upperInside ? "PROPN" : "NOUN";
        }
        if (last.is("VERB") && last.text().endsWith("ing")) {
            return "NOUN";
        }
        if (last.is("VERB") && !(last.text().endsWith("ed") || last.text().endsWith("en"))) {
            return "VERB";
        }
        if (last.is("PUNCT", "SYM", "X")) {
            return upperInside && capitals >= 2 ? "PROPN" : "NOUN";
        }
        return upperInside && capitals >= 2 ? "PROPN" : "ADJ";
    }
}
