package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.extract.Counterpart;
import dev.termdeck.extract.TermGroup;
import static dev.termdeck.extract.bilingual.BilingualLinker.isLatin;
import static dev.termdeck.extract.bilingual.BilingualLinker.isShortForm;
import static dev.termdeck.extract.bilingual.PhraseMatch.closeChinese;
import static dev.termdeck.extract.bilingual.PhraseMatch.looseKey;
import static dev.termdeck.extract.bilingual.PhraseMatch.sameWord;
import static dev.termdeck.extract.bilingual.PhraseMatch.sameWords;
import static dev.termdeck.extract.bilingual.PhraseMatch.sharedChars;
import static dev.termdeck.extract.bilingual.PhraseMatch.sharedWords;
import static dev.termdeck.extract.bilingual.PhraseMatch.sharesWord;
import static dev.termdeck.extract.bilingual.PhraseMatch.words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The glossary entry of one term group, for {@link BilingualLinker}, where the entry is a link key and fills the
 * card: by the group's short form only when the group spells it out as the entry does (or, bare, when its paper
 * defines it as nothing else and the short form's sense agrees), then by its term or a variant, then by the English
 * written beside it; not when the translation renders the group as other English, nor for a general Chinese word
 * used in another sense ({@link SenseEvidence}). Immutable and thread-safe.
 */
final class GroupEntries {
    private final Glossary glossary;
    private final SenseEvidence senses;

    GroupEntries(Glossary glossary, ChineseForms chinese) {
        this.glossary = glossary;
        this.senses = new SenseEvidence(glossary, chinese);
    }

    /**
     * The glossary entry of a group: by its abbreviation first (of several entries with one abbreviation, the one
     * whose Chinese shares most characters with the group's, or the first), then by its term or a variant (English
     * or Chinese; not a basic word when the group has an abbreviation), then by the English written beside it.
     * An entry is taken by its abbreviation only when the group spells the short form out as the entry does
     * ({@link #spelledOutAs}): a short form two concepts share (CL: continual and contrastive learning; VQA: visual
     * question answering and video quality assessment) gives no concept the other one's Chinese.
     */
    Optional<GlossaryEntry> entryOf(TermGroup g) {
        return entryOf(g, SenseEvidence.documentTextsWhenAsked(List.of(g)), new HashSet<>(),
                ShortFormSenses.of(List.of(g)));
    }

    /**
     * As {@link #entryOf(TermGroup)}; a Chinese word of general language in papers without a translation is taken as
     * the entry it renders only with evidence of that sense in {@code docTexts} ({@link SenseEvidence}), else it is
     * added to {@code otherSense}.
     */
    Optional<GlossaryEntry> entryOf(TermGroup g, Supplier<Map<String, String>> docTexts,
            Set<TermGroup> otherSense, ShortFormSenses shortForms) {
        String shortForm = g.abbr() != null ? g.abbr() : isShortForm(g.text()) ? g.text() : null;
        if (shortForm != null) {
            // A bare short form matches on its own; a short form the field writes in mixed case (DAgger, mAP) only
            // in that case, as on the definition side: DAGGER, an attack, does not take DAgger's Chinese term.
            boolean bare = g.text().equals(shortForm);
            Optional<GlossaryEntry> byAbbr = glossary.byAbbr(shortForm).stream()
                    .filter(e -> ShortFormCase.inItsCase(shortForm, e.abbr()))
                    .filter(e -> bare ? !definedOtherwise(g, e) && shortForms.agrees(g, e) : spelledOutAs(g, e))
                    // An entry writing the short form in its case first (mAP: mean average precision, not MAP).
                    .max(Comparator.<GlossaryEntry, Boolean>comparing(e -> e.abbr().equals(shortForm))
                            .thenComparingInt(e -> g.lang() == Lang.ZH
                                    ? sharedChars(e.zh(), g.text()) : sharedWords(e.en(), g.text())));
            if (byAbbr.isPresent()) {
                return byAbbr;
            }
        }
        List<String> forms = new ArrayList<>();
        forms.add(g.text());
        forms.addAll(g.variants());
        for (String f : forms) {
            if (g.lang() == Lang.EN && AliasScope.isOtherConcept(f, g.text())) {
                // A variant that is the term with words left out ("medical image segmentation" grouped with "medical
                // image reasoning segmentation") names another concept: its entry would drop the term's modifiers.
                continue;
            }
            Optional<GlossaryEntry> e = g.lang() == Lang.EN || isLatin(f) ? glossary.byEnglish(f)
                    : glossary.findChinese(f);
            if (e.isPresent() && !(shortForm != null && glossary.isBasic(e.get()))) {
                if (g.lang() == Lang.ZH && !isLatin(f) && renderedOtherwise(g, e.get())) {
                    // The translation of its paper says which English the Chinese term is, and it is not the
                    // entry's: 记忆 of "LLMs are known to memorize ...", "memorization", is no "memory".
                    return Optional.empty();
                }
                if (!senses.fits(g, f, e.get(), docTexts)) {
                    otherSense.add(g);
                    return Optional.empty();
                }
                return e;
            }
        }
        if (g.gloss() != null) {
            return glossary.byEnglish(g.gloss());
        }
        return Optional.empty();
    }

    /**
     * Whether the group's long form is the entry's: an English group written with the entry's words (plural,
     * hyphens, case and spelling variants aside: "Sparse Autoencoders", "mean square error"; a short form inside it
     * spelled out: "RL from AI Feedback"); a Chinese group whose
     * translation rendered it with the entry's English words, else written as one of the entry's Chinese renderings
     * or one that differs from it in at most a quarter of its characters (联合学习 for 联邦学习).
     */
    private boolean spelledOutAs(TermGroup g, GlossaryEntry e) {
        if (g.lang() == Lang.EN) {
            List<String> forms = new ArrayList<>();
            forms.add(g.text());
            forms.addAll(g.variants());
            for (String f : forms) {
                // A short form among the group's forms (VLAs beside "Vision-Language Agents") spells nothing out.
                if (!isShortForm(f) && spelledOut(f).stream().anyMatch(v -> sameWords(e.en(), v))) {
                    return true;
                }
            }
            return false;
        }
        for (Counterpart r : g.renderings()) {
            if (r.text() != null && isLatin(r.text()) && !isShortForm(r.text())) {
                return sameWords(e.en(), r.text());
            }
        }
        String key = TermKeys.of(g.text());
        for (String z : e.allZh()) {
            String k = TermKeys.of(z);
            if (k.equals(key) || closeChinese(k, key)) {
                return true;
            }
        }
        Optional<GlossaryEntry> found = glossary.findChinese(g.text());
        return found.isPresent() && found.get().equals(e);
    }

    /**
     * Whether a short form written alone is one its paper defines as something the entry is not: the definition the
     * paper gives it ("We propose PAN, a framework that treats every image patch as a node") writes neither the
     * entry's English words nor one of its Chinese renderings, so the letters are the paper's own name and not the
     * entry's (全色图像, "panchromatic image").
     */
    private static boolean definedOtherwise(TermGroup g, GlossaryEntry e) {
        if (!g.defined()) {
            return false;
        }
        String definition = g.definition();
        for (String z : e.allZh()) {
            if (definition.contains(z)) {
                return false;
            }
        }
        List<String> said = Arrays.stream(definition.toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).map(TermKeys::englishSingular).toList();
        for (String w : words(e.en())) {
            if (said.stream().noneMatch(x -> sameWord(x, w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The long form with short forms inside it written out as the glossary's only entry for each, in every
     * combination ("RL from AI Feedback": "reinforcement learning from AI Feedback", ...), at most three short forms.
     */
    private List<String> spelledOut(String longForm) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (String w : longForm.split(" ")) {
            List<GlossaryEntry> known = isShortForm(w) ? glossary.byAbbr(w) : List.of();
            List<String> next = new ArrayList<>();
            for (String o : out) {
                String sep = o.isEmpty() ? "" : " ";
                next.add(o + sep + w);
                if (known.size() == 1 && out.size() < 8) {
                    next.add(o + sep + known.get(0).en());
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Whether the translations of a Chinese group's papers render it, by word alignment, only as English that shares
     * no word with the glossary entry's and is not its short form (记忆 as "memorization", not the entry's "memory";
     * but 前向传递 as "forward pass" is still the entry "forward propagation").
     */
    private static boolean renderedOtherwise(TermGroup g, GlossaryEntry e) {
        boolean any = false;
        for (Counterpart r : g.renderings()) {
            if (r.text() == null) {
                continue;
            }
            if (r.how() != Counterpart.Evidence.ALIGNMENT || sharesWord(e.en(), r.text())
                    || e.linkedAbbr() != null && looseKey(e.linkedAbbr()).equals(looseKey(r.text()))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether the group's abbreviation stands for something else than what the glossary writes it for: "Alzheimer's
     * disease (AD)" against the glossary's AD (anomaly detection, autonomous driving, automatic differentiation), so
     * that it does not meet 异常检测 (AD) of another paper.
     */
    boolean isOtherExpansion(TermGroup g, GlossaryEntry entry) {
        if (g.abbr() == null) {
            return false;
        }
        List<GlossaryEntry> known = glossary.knownAs(g.abbr());
        return !known.isEmpty() && (entry == null || !known.contains(entry));
    }
}
