package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a card's papers write around its short form, as {@link CardEvidence} asks it: whether a paper brackets the
 * short form at all ("posterior behavioral cloning (PostBC)"), and whether what it brackets is a part of the paper's
 * own method, a coined component ("we design a Self-guided Module (SGM)", "a Structure-Aware State Encoding (SASE)
 * module"). Measured on the arXiv tune half (docs/QUALITY.md, Precision (#12)).
 */
final class BracketEvidence {
    /**
     * Nouns for a part of a method, not a method, a task or a thing: a coined name with one of these as its head, or
     * with one after its bracketed short form, names a component of the paper's own method. Not "framework",
     * "model", "network" or "method", the paper's whole contribution as often as a part.
     */
    private static final Set<String> PARTS = Set.of("module", "modules", "block", "blocks", "layer", "layers", "head",
            "heads", "strategy", "strategies", "mechanism", "mechanisms", "loss", "losses", "unit", "units",
            "component", "components", "branch", "branches", "pipeline", "pipelines");
    /**
     * The same parts in Chinese, as a term's last characters or the words after its bracketed short form; not 策略,
     * which is a reinforcement-learning policy as often as a strategy ("后验行为克隆(PostBC)策略", the paper's method).
     */
    private static final List<String> PARTS_ZH = List.of("模块", "机制", "块", "层", "损失", "单元", "组件", "分支", "管道",
            "流程");
    private static final Pattern FIRST_WORD = Pattern.compile("\\s*([\\p{IsLatin}-]+)");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "and", "the", "with", "in", "on", "to", "a",
            "an", "via", "by");

    private BracketEvidence() {
    }

    /** Whether a document of the card writes its short form (or its term, when a short form) in brackets. */
    static boolean bracketed(Card c, Map<String, Document> docs) {
        List<Pattern> patterns = patterns(c);
        for (Pattern p : patterns) {
            for (String text : texts(c, docs)) {
                if (p.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the card names a part of its paper's own method: a long form in capitals ("Self-guided Module") with a
     * short form its paper brackets, and a part noun ({@link #PARTS}) as the head of its English or Chinese term
     * ("Cross-modal Transformer Block (CMTB)", "自引导模块(SGM)") or as the word right after the bracket
     * ("Reorganization Data Augmentation (RDA) strategy", "（SASE）模块"). Not "feed-forward network (FFN) components":
     * a field's term in lower case. On the tune half every undefined card of this form was weak (docs/QUALITY.md);
     * whether it comes from one paper only is the caller's to ask.
     *
     * @param texts every version of the card's papers (a Chinese-only card's paper names the part in English too)
     */
    static boolean isCoinedPart(Card c, List<String> texts) {
        String en = c.term(Lang.EN);
        if (c.abbr() == null || en == null) {
            return false;
        }
        boolean part = isPart(en) || isPartZh(c.term(Lang.ZH), false);
        boolean capitalised = !en.equals(c.abbr()) && isCapitalised(en);
        Pattern bracket = shortForm(c.abbr());
        boolean found = false;
        for (String text : texts) {
            Matcher m = bracket.matcher(text);
            while (m.find()) {
                found = true;
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
                Matcher w = FIRST_WORD.matcher(after);
                part |= w.lookingAt() && isPart(w.group(1)) || isPartZh(after, true);
                if (en.equals(c.abbr())) {
                    capitalised |= capitalsBefore(text.substring(Math.max(0, m.start() - 80), m.start())) >= 2;
                }
            }
        }
        return found && part && capitalised;
    }

    /**
     * Two words or more, each but a short function word starting with a capital ("Score-based Instruction
     * Generation", "Influence Scope of Agents").
     */
    static boolean isCapitalised(String term) {
        String[] words = term.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !FUNCTION_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** How many words in capitals end {@code text} (short function words between them do not break the run). */
    private static int capitalsBefore(String text) {
        String[] words = text.strip().split("\\s+");
        int capitals = 0;
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.chars().allMatch(
                    ch -> Character.isLetterOrDigit(ch) || ch == '-')) {
                capitals++;
            } else if (!FUNCTION_WORDS.contains(w) || capitals == 0) {
                break;
            }
        }
        return capitals;
    }

    private static boolean isPart(String term) {
        if (term == null || term.isBlank()) {
            return false;
        }
        String[] words = term.strip().split("\\s+");
        return PARTS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Whether a Chinese term ends with a part noun, or ({@code starts}) a text after a bracket opens with one. */
    private static boolean isPartZh(String text, boolean starts) {
        if (text == null || text.length() < (starts ? 1 : 2)) {
            return false;
        }
        for (String p : PARTS_ZH) {
            if (starts ? text.startsWith(p) : text.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Pattern shortForm(String form) {
        return Pattern.compile("[(（]\\s*" + Pattern.quote(form) + "s?\\s*[)）]");
    }

    private static List<Pattern> patterns(Card c) {
        Set<String> forms = new LinkedHashSet<>();
        if (c.abbr() != null) {
            forms.add(c.abbr());
        }
        for (String t : new String[] {c.term(Lang.EN), c.term(Lang.ZH)}) {
            if (t != null && !t.contains(" ") && NameEvidence.isName(t)) {
                forms.add(t);
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String form : forms) {
            patterns.add(shortForm(form));
        }
        String en = c.term(Lang.EN);
        if (c.abbr() != null && en != null && !en.equals(c.abbr())) {
            // The other way round: the short form, then its long form in brackets ("HAC-Net (Hybrid Attention-Based
            // Convolutional Neural Network)").
            patterns.add(Pattern.compile(Pattern.quote(c.abbr()) + "\\s*[(（]\\s*" + Pattern.quote(en) + "\\s*[)）]",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return patterns;
    }

    private static Set<String> texts(Card c, Map<String, Document> docs) {
        Set<String> texts = new LinkedHashSet<>();
        for (Source s : c.sources()) {
            Document d = docs.get(s.doc());
            if (d != null) {
                texts.add(d.text());
            }
        }
        return texts;
    }
}
