package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dictionary entry a part of a compound term names, for {@link ComposedDefinitions}: the entry's term, a short form
 * only one entry has (unless the card's sentences spell it out as another thing), or words that are an entry once such
 * a short form is written out; only an entry that may compose (not a basic word, defined in both languages, not of
 * one field). Immutable and thread-safe.
 */
final class PartEntries {
    /** A definition that opens by naming its field: it does not read inside another sentence. */
    private static final Pattern FIELD = Pattern.compile("^In (?:an? |the )?[^,:;]{2,60},|^在?[^，。]{2,14}中，");
    private final Glossary glossary;

    PartEntries(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * A part of a term that is a dictionary entry, how to write it in an English definition, and (for a part that
     * names the entry with a short form, or null) how a Chinese term writes it with that short form.
     */
    record Part(GlossaryEntry entry, String text, String zhShort) {
        Part(GlossaryEntry entry, String text) {
            this(entry, text, null);
        }
    }

    /** The entry {@code words} name (the entry's term, or a short form only one entry has), when it may compose. */
    Optional<Part> part(String words, Card card) {
        if (words.isBlank()) {
            return Optional.empty();
        }
        Optional<Part> p = glossary.byEnglish(words)
                .filter(e -> TermKeys.of(words).equals(TermKeys.of(e.en()))
                        || TermKeys.englishSingular(words).equals(TermKeys.englishSingular(e.en())))
                .map(e -> new Part(e, e.en()));
        if (p.isEmpty() && BilingualLinker.isShortForm(words)) {
            List<GlossaryEntry> byAbbr = glossary.byAbbr(words);
            if (byAbbr.size() == 1 && TermKeys.of(words).equals(TermKeys.of(byAbbr.get(0).abbr()))
                    && !spelledOutOtherwise(words, byAbbr.get(0), card)) {
                p = Optional.of(new Part(byAbbr.get(0), byAbbr.get(0).en() + " (" + byAbbr.get(0).abbr() + ")"));
            }
        }
        if (p.isEmpty() && words.indexOf(' ') > 0) {
            p = withShortForm(words, card);
        }
        return p.filter(x -> !glossary.isBasic(x.entry()) && x.entry().definition().has(Lang.EN)
                && x.entry().definition().has(Lang.ZH) && !FIELD.matcher(x.entry().definition().en()).find()
                && !FIELD.matcher(x.entry().definition().zh()).find() && DomainEvidence.holds(x.entry(), card));
    }

    /**
     * "open-domain QA": words that are an entry once their short form, one entry's, is spelled out (open-domain
     * question answering), when the entry's Chinese holds the short form's (开放域问答, 问答): the card's Chinese may
     * write the short form there too (开放域QA数据集).
     */
    private Optional<Part> withShortForm(String words, Card card) {
        String[] ws = words.split(" ");
        for (int i = 0; i < ws.length; i++) {
            List<GlossaryEntry> byAbbr = BilingualLinker.isShortForm(ws[i]) ? glossary.byAbbr(ws[i]) : List.of();
            if (byAbbr.size() != 1 || !TermKeys.of(ws[i]).equals(TermKeys.of(byAbbr.get(0).abbr()))
                    || spelledOutOtherwise(ws[i], byAbbr.get(0), card)) {
                continue;
            }
            GlossaryEntry sf = byAbbr.get(0);
            String[] out = ws.clone();
            out[i] = sf.en();
            String full = String.join(" ", out);
            Optional<GlossaryEntry> e = glossary.byEnglish(full).filter(x -> TermKeys.of(full).equals(TermKeys.of(x.en())));
            if (e.isPresent() && e.get().zh().contains(sf.zh())) {
                return Optional.of(new Part(e.get(), e.get().en(), e.get().zh().replace(sf.zh(), ws[i])));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the card's sentences spell the short form out as something other than the entry, in English or in
     * Chinese ("MultiPoint Proximity (MPP)" is not molecular property prediction): the paper's short form names
     * another thing.
     */
    static boolean spelledOutOtherwise(String abbr, GlossaryEntry e, Card card) {
        String expansion = TermKeys.englishSingular(e.en());
        for (dev.termdeck.deck.Source s : card.sources()) {
            for (String before : SpelledOut.longForms(abbr, s.sentence(), true)) {
                if (!TermKeys.englishSingular(before).endsWith(expansion)
                        && e.allZh().stream().noneMatch(z -> TermKeys.of(before).endsWith(TermKeys.of(z)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
