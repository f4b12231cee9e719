package dev.termdeck.extract.bilingual;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Chinese alias that leaves out a word of the English term is a shorter concept, no alias: 灵活控制 ("flexible
 * control") for "Flexible Association Control" loses 关联. Judged by the English the glossary's parts build for the
 * alias: when every content word of it is a word of the term and the term has a content word more, the alias left
 * that word out. An alias whose English the parts cannot build, or that renders a word in other words, stays.
 * Stateless.
 */
final class WordsLeftOut {
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "as",
            "with", "via", "by", "from", "and", "or", "at");

    private WordsLeftOut() {
    }

    /** The aliases of {@code zhAliases} that do not leave out a content word of the English term {@code en}. */
    static List<String> whole(List<String> zhAliases, String en, PartsTranslator composer) {
        if (en == null || zhAliases.isEmpty()) {
            return zhAliases;
        }
        Set<String> term = contentWords(en);
        return zhAliases.stream().filter(a -> !leavesOut(a, term, composer)).toList();
    }

    private static boolean leavesOut(String alias, Set<String> term, PartsTranslator composer) {
        return composer.toEnglish(alias).map(WordsLeftOut::contentWords)
                .map(words -> !words.isEmpty() && term.containsAll(words) && term.size() > words.size())
                .orElse(false);
    }

    static Set<String> contentWords(String english) {
        Set<String> out = new TreeSet<>();
        for (String w : english.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                out.add(TermKeys.englishSingular(w));
            }
        }
        return out;
    }
}
