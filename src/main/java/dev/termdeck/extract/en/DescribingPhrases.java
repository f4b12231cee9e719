package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an English candidate's words describe a thing rather than name it, as {@link Termhood} weighs it: a generic
 * head whose modifiers name no kind ("good result"), an everyday describing word before weak heads ("large model"),
 * a discipline before a weak head ("AI system"), everyday words only ("success probability"), a verb and its object
 * ("obtaining union cooperation"). Stateless apart from the immutable lexicon; thread-safe.
 */
final class DescribingPhrases {
    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("on", "in", "at", "of", "to", "by", "for", "off",
            "out", "up", "non", "self");

    private final EnglishLexicon lexicon;

    DescribingPhrases(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the modifiers before a generic head ("efficiency", "problem", "method") say what kind of thing it is,
     * so that the whole is a term ("computational efficiency", "initial value problem", "finite element method"):
     * two modifiers or more, or one that is an adjective of relation ("computational", "spectral"), a word outside
     * everyday English (SCOWL sizes over 50), a hyphenated compound or a name. An everyday descriptive modifier
     * ("good result", "new method") names no kind.
     */
    static boolean namesAKind(EnglishLexicon lexicon, List<String> modifiers) {
        if (modifiers.size() >= 2) {
            return true;
        }
        for (String m : modifiers) {
            String w = m.toLowerCase(Locale.ROOT);
            if (lexicon.isGenericModifier(w)) {
                continue;
            }
            if (m.contains("-") || Words.isAcronymLike(m) || Character.isUpperCase(m.charAt(0))
                    || Words.isRelational(w) || !lexicon.isGeneral(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "AI system", "ML model", "AI preferences": a word naming the discipline before a weak, generic or everyday
     * head says where the thing belongs, not what it is.
     */
    boolean isDisciplinePhrase(String[] words) {
        String head = Words.singularLower(words[words.length - 1]);
        boolean everyday = lexicon.isGeneral(head) && !lexicon.isFieldWord(head);
        if (!(everyday || lexicon.isWeakHead(head) || lexicon.isGenericHead(head))) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!lexicon.isDiscipline(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase of everyday English words only, with no head typical of the field and no name or acronym in it: it
     * describes rather than names, unless the text or a glossary says otherwise.
     */
    boolean isPlain(String[] words, Set<String> names) {
        if (lexicon.isFieldWord(words[words.length - 1])) {
            return false;
        }
        for (String w : words) {
            if (Words.isAcronymLike(w) || names.contains(w) || Character.isUpperCase(w.charAt(0)) || !allGeneral(w)) {
                return false;
            }
        }
        return true;
    }

    /** "obtaining", "satisfying": a lower-case "-ing" word of everyday English that WordNet knows as no noun. */
    boolean isVerbFirst(String w) {
        return w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0)) && w.indexOf('-') < 0
                && lexicon.isGeneral(w) && !lexicon.canBeNoun(w);
    }

    /**
     * "large model", "pre-trained model", "large data set": an everyday, descriptive adjective before weak heads
     * says how the thing is, not what it is. Relational adjectives ("convolutional", "tabular"), words outside
     * everyday English ("autoregressive") and compounds name a kind and are kept.
     */
    boolean isWeakPhrase(String[] words) {
        String modifier = words[0].toLowerCase(Locale.ROOT);
        int first = 1;
        // "full real-world dataset": more everyday describing words before the weak heads describe as much.
        while (first < words.length - 1 && isEverydayDescriber(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        for (int i = first; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            boolean weak = lexicon.isWeakHead(Words.singularLower(w)) || lexicon.isGenericHead(Words.singularLower(w))
                    || i < words.length - 1 && lexicon.isDiscipline(w)
                    || i == words.length - 1 && Words.isAcronymLike(words[i]) && words.length == 2;
            if (!weak) {
                return false;
            }
        }
        boolean participle = modifier.endsWith("ed");
        // A compound of everyday words ("non-evasive", "open-access") describes as much as one word does.
        boolean everyday = modifier.contains("-") ? allGeneral(modifier)
                : lexicon.isGeneral(modifier) && !Words.isRelational(modifier);
        return participle && !modifier.contains("-") || everyday;
    }

    /**
     * A compound of everyday words ("real-world", "large-scale") or an everyday word WordNet knows only as an
     * adjective and that is no adjective of relation ("full" is not: it is also a verb; "tiny" is).
     */
    private boolean isEverydayDescriber(String w) {
        return w.contains("-") ? allGeneral(w) && !startsWithFunctionWord(w)
                : lexicon.isOnlyAdjective(w) && lexicon.isGeneral(w) && !Words.isRelational(w);
    }

    /** Every part of a hyphenated word is everyday English ("question-answering", "exponential-time"). */
    boolean allGeneral(String word) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !lexicon.isGeneral(part)) {
                return false;
            }
        }
        return true;
    }

    /** "on-theedge", "in-context": a hyphenated word led by a preposition is a modifier, not a thing. */
    static boolean startsWithFunctionWord(String word) {
        int hyphen = word.indexOf('-');
        String first = hyphen < 0 ? "" : word.substring(0, hyphen).toLowerCase(Locale.ROOT);
        return LEADING_FUNCTION_WORDS.contains(first);
    }
}
