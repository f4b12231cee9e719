package dev.termdeck.extract.bilingual;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Which other forms of a term are its aliases on a card and which name another concept, for {@link CardMaker} and
 * {@link BilingualLinker}: an English form that holds the term with more words around it or leaves words out, a
 * Chinese form with words put before or after the term, or one that is the term with characters left out. String
 * tests only; stateless.
 */
final class AliasScope {
    private AliasScope() {
    }

    /**
     * Whether a Chinese alias is another form with words put before or after it (可解释图像质量评估 beside 图像质量评估,
     * 残差强化学习 beside 强化学习): a narrower concept, no alias.
     */
    static boolean widens(String alias, String other) {
        return other != null && !other.isEmpty() && alias.length() >= other.length() + 2
                && (alias.startsWith(other) || alias.endsWith(other));
    }

    /**
     * Whether a Chinese alias names another concept than a form beside it that holds it, or that it holds, at the
     * start or end ({@link #widens}): of the two, the one that starts as the term does is the term's, the other a
     * narrower concept (可解释图像质量评估 beside 图像质量评估 on 图像质量评价) or a piece with the term's modifier left out
     * (因素 beside 混杂因素 on 混杂因子, "confounder"); when the term decides nothing (no term, or both or neither start
     * as it does), the wider form goes.
     */
    static boolean outranked(String alias, List<String> others, String term) {
        for (String o : others) {
            if (widens(alias, o) && !(startsLike(alias, term) && !startsLike(o, term))) {
                return true;
            }
            if (widens(o, alias) && startsLike(o, term) && !startsLike(alias, term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLike(String form, String term) {
        return term != null && !term.isEmpty() && !form.isEmpty() && form.charAt(0) == term.charAt(0);
    }

    /**
     * Whether an English alias names another concept than the term: it holds the term's words in a row with more
     * words around them ("Residual Reinforcement Learning" for "reinforcement learning"), or it is the term with
     * words left out ("neural radiance" of "neural radiance field", "equivariant learning" of "equivariant
     * representation learning") or the end of one of its words ("encoder" of "Sparse Autoencoder"), or it names
     * another kind of the same head (two words each, the modifiers unlike: "masked autoencoder" beside
     * "variational autoencoder"), or it is the term's head alone written out ("Artificial Intelligence" of
     * "generative AI"). Words are compared in lower case, a final s aside.
     */
    static boolean isOtherConcept(String alias, String term) {
        List<String> a = words(alias);
        List<String> t = words(term);
        if (a.isEmpty() || t.isEmpty() || a.equals(t)) {
            return false;
        }
        if (a.size() > t.size() && Collections.indexOfSubList(a, t) >= 0) {
            return true;
        }
        if (a.size() < t.size()) {
            int k = 0;
            for (int i = 0; i < t.size() && k < a.size(); i++) {
                if (t.get(i).equals(a.get(k))) {
                    k++;
                }
            }
            if (k == a.size()) {
                return true;
            }
        }
        if (a.size() == 2 && t.size() == 2 && a.get(1).equals(t.get(1)) && otherKind(a.get(0), t.get(0))) {
            return true;
        }
        if (a.size() >= 2 && t.size() >= 2 && spellsHead(a, term)) {
            return true;
        }
        return a.size() == 1 && t.stream().anyMatch(w -> w.length() > a.get(0).length() && w.endsWith(a.get(0)));
    }

    /**
     * Whether two one-word modifiers of the same head name two kinds of it ("masked" and "variational" autoencoder):
     * words of four letters or more that do not start alike (not "max" and "maximum", "vision" and "visual").
     */
    private static boolean otherKind(String a, String b) {
        return a.length() >= 4 && b.length() >= 4 && !a.regionMatches(0, b, 0, 3);
    }

    /**
     * Whether the alias is the term's head alone, written out where the term writes it as a short form: its words'
     * initials spell the term's last word, written with two capitals or more ("Artificial Intelligence" of "generative
     * AI", which leaves the term's modifier out).
     */
    private static boolean spellsHead(List<String> alias, String term) {
        String[] written = term.strip().split("[\\s\\-]+");
        String head = written[written.length - 1];
        if (head.chars().filter(Character::isUpperCase).count() < 2 || head.length() != alias.size()) {
            return false;
        }
        for (int i = 0; i < alias.size(); i++) {
            if (Character.toLowerCase(head.charAt(i)) != alias.get(i).charAt(0)) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            if (!w.isEmpty()) {
                out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /**
     * Whether a Chinese alias is the term with words left out: its characters all stand in the term, in order, and
     * two or more of the term's are missing (变学习 of 等变表示学习, cut from 不变学习和等变学习; 多模态分割 for 多模态语义分割).
     * A variant one character shorter (大语言模型 beside 大型语言模型) is no fragment.
     */
    static boolean isFragment(String alias, String term) {
        if (alias.length() > term.length() - 2) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < term.length() && k < alias.length(); i++) {
            if (term.charAt(i) == alias.charAt(k)) {
                k++;
            }
        }
        return k == alias.length();
    }
}
