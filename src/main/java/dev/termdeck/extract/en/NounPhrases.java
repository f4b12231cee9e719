package dev.termdeck.extract.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds candidate terms in a tagged sentence: noun phrases over UPOS tags, {@code (ADJ|NOUN|PROPN|participle)*
 * (NOUN|PROPN)}, with leading generic modifiers ("novel", "existing") and leading numbers ("176B-parameter")
 * dropped, and a trailing container head ("task", "problem") dropped. Each phrase also gives its nested sub-phrases
 * with the same head, and, when it contains a name followed by common nouns, the phrase ending in that name.
 * Stateless apart from the immutable lexicon; thread-safe.
 *
 * <p>This class cuts a sentence into runs of modifiers ending in a head; which tokens are heads and modifiers is
 * {@link TokenRoles}' job (with {@link VerbReadings} for the verbs the tagger took for nouns), and the phrases a run
 * gives once its edges are repaired are {@link PhraseEdges}'.
 */
final class NounPhrases {
    /** The longest phrase kept whole; longer ones give only their nested phrases up to this length. */
    static final int MAX_WORDS = 6;

    private final EnglishLexicon lexicon;
    private final TokenRoles roles;
    private final PhraseEdges edges;

    NounPhrases(EnglishLexicon lexicon) {
        this.lexicon = lexicon;
        this.roles = new TokenRoles(lexicon);
        this.edges = new PhraseEdges(lexicon);
    }

    /**
     * The phrases of {@code s}.
     *
     * @param names words written with a capital inside a sentence somewhere in the document (treated as names)
     */
    List<Phrase> find(Sentence s, Set<String> names) {
        List<Token> t = s.tokens();
        List<Phrase> out = new ArrayList<>();
        String lowerText = s.text().toLowerCase(Locale.ROOT);
        int exampleFrom = lowerText.contains("such as") || lowerText.contains("e.g.") || lowerText.contains("including")
                ? exampleListStart(t) : Integer.MAX_VALUE;
        TokenRoles.Roles r = roles.of(t, names);
        boolean[] head = r.head();
        boolean[] modifier = r.modifier();
        int i = 0;
        while (i < t.size()) {
            if (!modifier[i] || VerbReadings.isClauseGerund(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && modifier[j] && !endsPhrase(t, j - 1, names)
                    && !startsPhrase(t, j, names)) {
                j++;
            }
            int end = j;
            while (end > i && !head[end - 1]) {
                end--;
            }
            if (end > i) {
                edges.addPhrases(t, i, end, names, head, i >= exampleFrom, out);
            }
            i = j;
        }
        return out;
    }

    /**
     * The first token after "such as", "e.g." or "including" that follows a word for fields of application
     * ("many domains, such as economics, health care, ..."): the rest of the sentence lists examples from outside
     * the paper's subject.
     */
    private int exampleListStart(List<Token> t) {
        for (int k = 1; k + 1 < t.size(); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            String next = t.get(k + 1).text().toLowerCase(Locale.ROOT);
            if (w.equals("such") && next.equals("as") || w.equals("e.g.") || w.equals("including")) {
                int before = t.get(k - 1).is("PUNCT") && k > 1 ? k - 2 : k - 1;
                if (lexicon.isApplicationArea(Words.singularLower(t.get(before).text()))) {
                    return k + 1;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A plural noun ends a noun phrase: English compounds take singular modifiers ("model architecture"). */
    private static boolean endsPhrase(List<Token> t, int k, Set<String> names) {
        Token tok = t.get(k);
        return tok.is("NOUN") && Words.isPluralLooking(tok.text()) && !TokenRoles.isNameWord(t, k, names);
    }

    /** A generic adjective after a noun starts a new phrase ("orders of magnitude | larger LMs"). */
    private boolean startsPhrase(List<Token> t, int k, Set<String> names) {
        return t.get(k).is("ADJ") && !TokenRoles.isNameWord(t, k, names) && t.get(k - 1).isNoun()
                && lexicon.isGenericModifier(t.get(k).text()) || Words.isNumberLike(t.get(k)) && k > 0
                && !Words.isNumberLike(t.get(k - 1)) && !TokenRoles.isNameNumber(t, k);
    }
}
