package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.extract.DefinitionDictionary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The definitions of a {@link Glossary} (the bundled dictionary with a user's glossary read over it) as a
 * {@link DefinitionDictionary}. A card takes an entry's definition only when the entry is surely its term:
 * <ul>
 *   <li>its English term (or, for a one-word term, an English alias) is the entry's, up to case, spaces and hyphens, or up to a plural
 *       ending for a term without capitals ({@code generative adversarial networks}); a name is not matched through a
 *       plural ({@code Transformers}, the library, is not {@code Transformer}, the architecture);</li>
 *   <li>or its English term is a short form that exactly one entry has ({@code RLHF});</li>
 *   <li>or its English term is an entry followed by the kind of thing the entry's definition says it is
 *       ({@code Transformer architecture}, {@code LDA model}; not {@code reward model});</li>
 *   <li>or it is one of these once its short forms that one entry has are written out ({@code retrieval-augmented
 *       LM}), or after a word that only says it is the usual one ({@code classic MLP}, {@code vanilla Transformer});</li>
 *   <li>or its Chinese term is the entry's standard rendering or a variant, and its English term is the entry's term
 *       or abbreviation (a card without an English side takes no entry through its Chinese alone: the linker gives
 *       every card whose entry it is sure of the entry's English).</li>
 * </ul>
 * An entry whose definition restricts it to a field ("In reinforcement learning, ...") serves a card only when the
 * card's sentences name that field ({@link DomainEvidence}); none serves a card whose Chinese term is a rendering of the
 * entry with a modifier before it ({@link #namesMore}: 候选生成器 for "generator"). The entry a short form names is
 * {@link ShortFormEntries}' to say. Immutable and thread-safe.
 */
public final class GlossaryDefinitions extends DefinitionDictionary.ByCard {
    /** A leading word that only says the thing is the usual one (a closed set). */
    private static final Pattern USUAL = Pattern.compile("(?i)(?:classic|vanilla|conventional|traditional)\\s+(.+)");
    private static final Pattern KIND_HEAD = Pattern.compile(
            "(.+?)\\s+(architecture|model|method|algorithm|framework|network|approach|technique|loss|metric)(?:s|es)?");
    private final Glossary glossary;
    private final ShortFormEntries shortForms;

    public GlossaryDefinitions(Glossary glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.shortForms = new ShortFormEntries(glossary);
    }

    /** The card's entry is found once for both sides. */
    @Override
    public java.util.function.Function<Lang, Entry> forCard(Card card, Papers papers) {
        // The papers' text is asked for only when an entry needs it (a short form some entries have, an entry of one
        // field): most cards need none of it.
        Supplier<String> text = () -> papers.textOf(card);
        java.util.concurrent.atomic.AtomicReference<Optional<GlossaryEntry>> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        return lang -> {
            if (found.get() == null) {
                found.set(entryOf(card, text).filter(e -> DomainEvidence.holds(e, card, text) && !namesMore(card, e)));
            }
            GlossaryEntry e = found.get().filter(x -> x.definition().has(lang)).orElse(null);
            return e == null ? null : new Entry(e.definition().get(lang), glossary.definitionSource(e, lang));
        };
    }

    /**
     * Whether the card's Chinese term is one of the entry's renderings with a modifier before it ({@code 候选生成器},
     * {@code 代码生成器} beside the entry generator, 生成器): the paper's own translation says the thing is a narrower one
     * the English span left its modifier off, and the entry's sense (a GAN's generator) may not be it.
     */
    static boolean namesMore(Card card, GlossaryEntry e) {
        String zh = card.term().zh();
        if (zh == null || BilingualLinker.isLatin(zh) || e.allZh().contains(zh)) {
            return false;
        }
        for (String r : e.allZh()) {
            if (r != null && !r.isEmpty() && zh.length() > r.length() && zh.endsWith(r)
                    && Character.UnicodeScript.of(zh.codePointBefore(zh.length() - r.length()))
                    == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** The glossary entry that is surely the card's term. */
    Optional<GlossaryEntry> entryOf(Card card) {
        return entryOf(card, () -> "");
    }

    /** The glossary entry that is surely the card's term, {@code papers} giving the text of the card's papers. */
    private Optional<GlossaryEntry> entryOf(Card card, Supplier<String> papers) {
        String en = card.term().en();
        if (en != null) {
            Optional<GlossaryEntry> e = byEnglish(en);
            if (e.isPresent()) {
                return e;
            }
            if (BilingualLinker.isShortForm(en)) {
                Optional<GlossaryEntry> sf = shortForms.entry(en, papers).filter(x -> card.term().zh() == null
                        || x.allZh().contains(card.term().zh()));
                if (sf.isPresent()) {
                    return sf;
                }
            }
            // Through another written form only when the shown term is one word (LLMs, a name): a phrase whose alias is
            // an entry names more than it ("Category-Agnostic Pose Estimation" beside "pose estimation", "RL
            // finetuning" beside "finetuning") or another term its short form also stands for ("item representation"
            // beside "intermediate representation", both IR).
            for (String alias : en.strip().contains(" ") ? List.<String>of() : card.aliases().en()) {
                e = byEnglish(alias);
                if (e.isPresent()) {
                    return e;
                }
            }
            e = withKindHead(en, papers);
            if (e.isPresent()) {
                return e;
            }
            // "classic MLP", "vanilla Transformer": a word that only says the thing is the usual one.
            Matcher usual = USUAL.matcher(en);
            if (usual.matches()) {
                String rest = usual.group(1);
                e = byEnglish(rest).or(() -> withKindHead(rest, papers)).or(() -> BilingualLinker.isShortForm(rest)
                        ? shortForms.entry(rest, papers) : Optional.empty());
                if (e.isPresent()) {
                    return e;
                }
            }
            String expanded = expandShortForms(en, papers);
            if (!expanded.equals(en)) {
                e = byEnglish(expanded).or(() -> withKindHead(expanded, papers));
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        String zh = card.term().zh();
        if (zh == null || BilingualLinker.isLatin(zh)) {
            return Optional.empty();
        }
        // A card with no English side has none because no entry was sure to be its term (a general word used in
        // another sense: 环境 in "含糊不清的环境"), so its Chinese alone does not pick one.
        return glossary.findChinese(zh).filter(e -> en != null && (TermKeys.of(en).equals(TermKeys.of(e.en()))
                || e.linkedAbbr() != null && ShortFormCase.sameShortForm(en, e.linkedAbbr())));
    }

    /**
     * "Transformer architecture", "LDA model": an entry (or an abbreviation exactly one entry has) followed by the
     * kind of thing the entry is, when the entry's English definition says it is that kind ("A neural network
     * architecture that ...", "A generative probabilistic model ..."). Not "reward model": a reward is no model.
     */
    private Optional<GlossaryEntry> withKindHead(String en, Supplier<String> papers) {
        Matcher m = KIND_HEAD.matcher(en);
        if (!m.matches()) {
            return Optional.empty();
        }
        String head = m.group(2).toLowerCase(java.util.Locale.ROOT);
        Optional<GlossaryEntry> e = byEnglish(m.group(1));
        if (e.isEmpty() && !m.group(1).strip().contains(" ")) {
            e = shortForms.entry(m.group(1), papers);
        }
        return e.filter(x -> !glossary.isBasic(x) && x.definition().en() != null
                && firstClause(x.definition().en()).toLowerCase(java.util.Locale.ROOT).matches(
                        "(?s).*\\b" + head + "s?\\b.*"));
    }

    /**
     * {@code en} with each short form that exactly one entry has written out ("retrieval-augmented LM" →
     * "retrieval-augmented language model", "MSE loss" → "mean squared error loss"). A word after the short form that
     * repeats the last word of its long form is said once ("MRI imaging" → "magnetic resonance imaging", "T2V
     * generation" → "text-to-video generation"): the writer doubled the head, the term is the entry itself.
     */
    String expandShortForms(String en) {
        return expandShortForms(en, () -> "");
    }

    private String expandShortForms(String en, Supplier<String> papers) {
        String[] words = en.split(" ");
        if (words.length < 2) {
            return en;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int dash = w.lastIndexOf('-');
            String lead = dash > 0 ? w.substring(0, dash + 1) : "";
            String core = dash > 0 ? w.substring(dash + 1) : w;
            if (BilingualLinker.isShortForm(core) || core.length() >= 2 && core.chars().allMatch(Character::isUpperCase)) {
                Optional<GlossaryEntry> entry = shortForms.entry(core, papers);
                if (entry.isPresent()) {
                    String longForm = entry.get().en();
                    words[i] = lead + longForm;
                    if (lead.isEmpty() && i + 1 < words.length && TermKeys.englishSingular(words[i + 1])
                            .equals(TermKeys.englishSingular(longForm.substring(longForm.lastIndexOf(' ') + 1)))) {
                        words[i] = longForm.substring(0, Math.max(0, longForm.lastIndexOf(' ')));
                    }
                }
            }
        }
        return String.join(" ", words).replaceAll("\\s+", " ").strip();
    }

    private static String firstClause(String def) {
        String[] words = def.split("[,;:.]", 2)[0].split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, 8)));
    }

    private Optional<GlossaryEntry> byEnglish(String written) {
        // A capitalised term only as the entry writes it (up to spelling): "Transformers", the library, is not
        // "Transformer", the architecture. A plural of a capitalised phrase is the same thing ("Convolutional Neural
        // Networks"); a one-word name in the plural names something else.
        return glossary.byEnglish(written).filter(e -> written.chars().noneMatch(Character::isUpperCase)
                || TermKeys.of(EnglishSpelling.unified(written)).equals(TermKeys.of(EnglishSpelling.unified(e.en())))
                || written.strip().contains(" ") && EnglishSpelling.key(written).equals(EnglishSpelling.key(e.en())));
    }
}
