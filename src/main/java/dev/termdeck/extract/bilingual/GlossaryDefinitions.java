package dev.termdeck.extract.bilingual;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.extract.DefinitionDictionary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The definitions of a {@link Glossary} (the bundled dictionary with a user's glossary read over it) as a
 * {@link DefinitionDictionary}. A card takes an entry's definition only when the entry is surely its term:
 * <ul>
 *   <li>its English term (or an English alias) is the entry's, up to case, spaces and hyphens, or up to a plural
 *       ending for a term without capitals ({@code generative adversarial networks}); a name is not matched through a
 *       plural ({@code Transformers}, the library, is not {@code Transformer}, the architecture);</li>
 *   <li>or its English term is a short form that exactly one entry has ({@code RLHF});</li>
 *   <li>or its Chinese term is the entry's standard rendering or a variant, and its English term (if any) is the
 *       entry's term or abbreviation.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class GlossaryDefinitions implements DefinitionDictionary {
    private final Glossary glossary;

    public GlossaryDefinitions(Glossary glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    @Override
    public Entry lookup(Card card, Lang lang) {
        GlossaryEntry e = entryOf(card).orElse(null);
        if (e == null || !e.definition().has(lang)) {
            return null;
        }
        return new Entry(e.definition().get(lang), glossary.definitionSource(e, lang));
    }

    /** The glossary entry that is surely the card's term. */
    Optional<GlossaryEntry> entryOf(Card card) {
        String en = card.term().en();
        if (en != null) {
            Optional<GlossaryEntry> e = byEnglish(en);
            if (e.isPresent()) {
                return e;
            }
            List<GlossaryEntry> byAbbr = glossary.byAbbr(en);
            if (BilingualLinker.isShortForm(en) && byAbbr.size() == 1 && TermKeys.of(en).equals(
                    TermKeys.of(byAbbr.get(0).abbr())) && (card.term().zh() == null
                    || byAbbr.get(0).allZh().contains(card.term().zh()))) {
                return Optional.of(byAbbr.get(0));
            }
            for (String alias : card.aliases().en()) {
                e = byEnglish(alias);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        String zh = card.term().zh();
        if (zh == null || BilingualLinker.isLatin(zh)) {
            return Optional.empty();
        }
        return glossary.findChinese(zh).filter(e -> en == null
                || TermKeys.of(en).equals(TermKeys.of(e.en()))
                || e.abbr() != null && TermKeys.of(en).equals(TermKeys.of(e.abbr())));
    }

    private Optional<GlossaryEntry> byEnglish(String written) {
        return glossary.byEnglish(written).filter(e -> TermKeys.of(written).equals(TermKeys.of(e.en()))
                || written.chars().noneMatch(Character::isUpperCase));
    }
}
