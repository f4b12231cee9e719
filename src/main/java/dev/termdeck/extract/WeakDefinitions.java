package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.extract.en.SaidBefore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurable signs that a definition found in the text says less than a dictionary entry would: where the dictionary
 * has an entry for the card's term, {@link DefinitionChooser} shows the entry instead (blind judges rated the
 * dictionary's definitions 294 good of 296, the abstracts' own 73 of 103). Stateless; thread-safe.
 *
 * <ul>
 *   <li>a <b>source sentence</b>: the definition does not open with the term (a written form of it, its short form),
 *       so it is the sentence the cue was found in, not a statement about the term ("We then train with RL using the
 *       preference model as the reward signal, i.e. we use 'RL from AI Feedback' (RLAIF).",
 *       "最近提出的一种称为思维链提示的策略使语言模型能够……");</li>
 *   <li>the <b>paper's setup</b>: it speaks of the authors ("we", "our"; 我们, 本文);</li>
 *   <li>it <b>points back</b> to something it does not name: "these advances", "this paper", "two challenges"
 *       (a demonstrative whose noun the definition has not said before it; 这些, 上述);</li>
 *   <li>a <b>purpose or an effect only</b>: a kind and what it is for or what it achieves, with no clause or means
 *       saying what it is ("a common class of methods to make local explanations of machine learning decisions", "a
 *       ... model that achieves state-of-the-art ... performance");</li>
 *   <li>a <b>comparison with nothing named</b>: "a smaller general-purpose language representation model" (smaller
 *       than what?).</li>
 * </ul>
 */
final class WeakDefinitions {
    /** The sign of a definition that is the sentence its cue was found in. */
    static final String SOURCE_SENTENCE = "source sentence";
    /** The sign of a definition that points back to what it does not name ("these biases", 这些). */
    static final String POINTS_BACK = "points back";
    /** The sign of an everyday word that a verb, not a copula, defines: the paper's use of the word. */
    static final String PAPERS_USE = "paper's use";
    /** After the term, a copula: the definition says what the term is ("Magnitude is ...", "幅度是……"). */
    private static final Pattern COPULA_EN = Pattern.compile(
            "^(?:\\s*\\([^)]{1,30}\\))?\\s+(?:is|are|was|were|refers?|denotes?|means?|stands? for)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPULA_ZH = Pattern.compile("^\\s*(?:[(（][^)）]{1,30}[)）])?\\s*(?:是|指|即|被|也称|又称|称为)");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}[\\p{Ll}]+");
    private static final Pattern AUTHORS_EN = Pattern.compile("\\b(?:we|our)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORS_ZH = Pattern.compile("我们|本文|本研究|本工作|笔者");
    /** A demonstrative and the (up to) two words after it: "these advances", "this paper", "such biases". */
    private static final Pattern DEMONSTRATIVE = Pattern.compile(
            "\\b(?:these|those|this|such(?!\\s+as\\b)|the above|the aforementioned)\\s+([a-z][a-z-]+)"
                    + "(?:\\s+([a-z][a-z-]+))?",
            Pattern.CASE_INSENSITIVE);
    /** A count of problems the definition does not name after it ("that addresses two challenges."). */
    private static final Pattern COUNTED_TROUBLES = Pattern.compile(
            "\\b(?:two|three|four|five|several|multiple)\\s+(?:[a-z-]+\\s+){0,2}?(?:challenges|issues|problems|"
                    + "limitations|gaps|drawbacks|shortcomings|bottlenecks|difficulties)\\b(?![^.]*[:(])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BACK_ZH = Pattern.compile(
            "这些|上述|前述|以上|这两|[两三](?:个|大|项)?(?:关键|主要|核心)?(?:挑战|问题|难题|局限|瓶颈)");
    /** The copula and the article of the predicate. */
    private static final Pattern COPULA = Pattern.compile("^.{1,80}?\\s(?:is|are)\\s+(?:an?|the|one of the)\\s+(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A kind (a few words) and what it is for: "class of methods to make ...", "library with the goal of ...". */
    private static final Pattern KIND_THEN_PURPOSE = Pattern.compile(
            "^(?:(?!with\\b|for\\b|in\\b|on\\b|including\\b)[\\w-]+\\s+){0,5}?[\\w-]+\\s+(?:to|in order to|"
                    + "with the (?:goal|aim|purpose) of|for the purpose of|aim(?:ed|ing) (?:to|at)|designed to|"
                    + "intended to)\\s+\\w+", Pattern.CASE_INSENSITIVE);
    /**
     * A kind and the effect it claims: "model that achieves state-of-the-art ..."; not a clause on a noun after a
     * preposition ("the problem of supervising systems that potentially outperform us ..." says what the problem is).
     */
    private static final Pattern KIND_THEN_EFFECT = Pattern.compile(
            "^(?:(?!of\\b|with\\b|for\\b|in\\b|on\\b|to\\b)[\\w-]+\\s+){0,5}?[\\w-]+\\s+(?:that|which)\\s+"
                    + "(?:\\w+ly\\s+)?(?:achieves?|improves?|enhances?|outperforms?|boosts?|accelerates?|delivers?|"
                    + "yields?|attains?|surpasses?|advances?)\\b", Pattern.CASE_INSENSITIVE);
    /** Words after the start that say how or what the thing is: a means or a second clause. */
    private static final Pattern MEANS = Pattern.compile(
            "\\b(?:by|through|via|using|based on|consisting|composed|comprising|where|wherein|whose)\\b"
                    + "|,\\s*(?:that|which)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A comparative kind: "a smaller general-purpose model". */
    private static final Pattern COMPARATIVE = Pattern.compile(
            "^(?:smaller|larger|bigger|faster|lighter|simpler|cheaper|better|stronger|more\\s+[\\w-]+|"
                    + "less\\s+[\\w-]+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THAN = Pattern.compile("\\bthan\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);

    private WeakDefinitions() {
    }

    /** Whether the definition of {@code card} in {@code lang} shows a sign of saying less than a dictionary entry. */
    static boolean weak(Card card, Lang lang, String definition) {
        return why(card, lang, definition) != null;
    }

    /** The sign ({@code source sentence}, {@code setup}, {@code points back}, {@code purpose only}, ...) or null. */
    static String why(Card card, Lang lang, String definition) {
        return why(card, lang, definition, false);
    }

    /**
     * {@link #why(Card, Lang, String)}; with {@code elsewhere} (a definition another document gives the term, under
     * the form written there: "Label smoothing regularization is ..." for the card "label-smoothing regularizer"), a
     * definition opening with the first word of the term (two characters in Chinese) opens with the term.
     */
    static String why(Card card, Lang lang, String definition, boolean elsewhere) {
        if (definition == null || definition.isBlank()) {
            return null;
        }
        String d = definition.strip();
        if (!opensWithTheTerm(card, lang, d) && !(elsewhere && opensWithTheTermsStart(card, lang, d))) {
            return SOURCE_SENTENCE;
        }
        if (everydayWord(card) && !opensWithACopula(card, lang, d)) {
            return PAPERS_USE;
        }
        if (lang == Lang.ZH) {
            return AUTHORS_ZH.matcher(d).find() ? "setup" : BACK_ZH.matcher(d).find() ? POINTS_BACK : null;
        }
        if (AUTHORS_EN.matcher(d).find()) {
            return "setup";
        }
        if (pointsBack(d)) {
            return POINTS_BACK;
        }
        Matcher copula = COPULA.matcher(d);
        if (copula.matches()) {
            String predicate = copula.group(1);
            boolean oneSentence = predicate.indexOf(". ") < 0;
            if (oneSentence && !MEANS.matcher(predicate).find() && (KIND_THEN_PURPOSE.matcher(predicate).lookingAt()
                    || KIND_THEN_EFFECT.matcher(predicate).lookingAt())) {
                return "purpose only";
            }
            if (COMPARATIVE.matcher(predicate).lookingAt() && !THAN.matcher(d).find()) {
                return "comparison";
            }
        }
        return null;
    }

    /**
     * Whether the card's English term is one everyday English word (SCOWL lists up to size 50: "Magnitude",
     * "Structure", "Displacement"): what a verb says it does ("Magnitude quantifies similarities in the energy
     * distribution of the coefficients") is the paper's use of the word, not what the word means.
     */
    static boolean everydayWord(Card card) {
        String en = card.term(Lang.EN);
        return en != null && ONE_WORD.matcher(en.strip()).matches()
                && dev.termdeck.extract.en.EnglishLexicon.bundled().isGeneral(en.strip());
    }

    /** Whether the definition goes on from the term with a copula ("is", "refers to"; 是, 指). */
    private static boolean opensWithACopula(Card card, Lang lang, String d) {
        for (String name : names(card)) {
            String n = name.strip();
            if (!n.isEmpty() && d.regionMatches(true, 0, n, 0, n.length())) {
                String rest = d.substring(n.length());
                if ((lang == Lang.EN ? COPULA_EN : COPULA_ZH).matcher(rest).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a demonstrative's noun is not said earlier in the definition, or a count of problems goes unnamed. */
    static boolean pointsBack(String d) {
        if (COUNTED_TROUBLES.matcher(d).find()) {
            return true;
        }
        Matcher m = DEMONSTRATIVE.matcher(d);
        while (m.find()) {
            String before = d.substring(0, m.start());
            if (!SaidBefore.said(before, m.group(1)) && (m.group(2) == null || !SaidBefore.said(before, m.group(2)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the definition opens with a written form of the card's term in either language or its short form. */
    static boolean opensWithTheTerm(Card card, Lang lang, String d) {
        String text = lang == Lang.EN ? LEADING_ARTICLE.matcher(d).replaceFirst("").toLowerCase(Locale.ROOT)
                : d.toLowerCase(Locale.ROOT);
        for (String name : names(card)) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (!n.isEmpty() && (text.startsWith(n) || text.replace('-', ' ').startsWith(n.replace('-', ' ')))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the definition opens with the first word (two characters in Chinese) of a written form of the term. */
    private static boolean opensWithTheTermsStart(Card card, Lang lang, String d) {
        String text = LEADING_ARTICLE.matcher(d).replaceFirst("").toLowerCase(Locale.ROOT).replace('-', ' ');
        for (String name : names(card)) {
            String n = name.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
            int space = n.indexOf(' ');
            String start = space > 0 ? n.substring(0, space + 1)
                    : n.codePoints().anyMatch(Character::isIdeographic) ? n.substring(0, Math.min(2, n.length())) : n;
            if (!start.isBlank() && text.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Card card) {
        List<String> out = new ArrayList<>();
        for (Lang l : Lang.values()) {
            if (card.term(l) != null) {
                out.add(card.term(l));
            }
            out.addAll(card.aliases().get(l));
        }
        if (card.abbr() != null) {
            out.add(card.abbr().replaceFirst("^~", ""));
        }
        return out;
    }
}
