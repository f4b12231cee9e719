package dev.termdeck.deck;

import dev.termdeck.core.Lang;

/**
 * Where each side of a card's definition comes from; either side may be unknown ({@code null}): no definition on that
 * side, or a deck written before termdeck recorded it.
 *
 * @param en the source of the English definition, or {@code null}
 * @param zh the source of the Chinese definition, or {@code null}
 */
public record DefinitionSources(DefinitionSource en, DefinitionSource zh) {
    /** Neither side known. */
    public static final DefinitionSources NONE = new DefinitionSources(null, null);

    /** The source of the side in {@code lang}, or {@code null}. */
    public DefinitionSource get(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    /** A copy with the side in {@code lang} replaced. */
    public DefinitionSources with(Lang lang, DefinitionSource source) {
        return lang == Lang.EN ? new DefinitionSources(source, zh) : new DefinitionSources(en, source);
    }

    public boolean isEmpty() {
        return en == null && zh == null;
    }
}
