package dev.termdeck.exchange;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How exports name where a definition comes from ("from the abstract", "dictionary"), in the definition's own
 * language, from the {@code HandoutLabels} bundles. Stateless and thread-safe.
 */
final class DefinitionLabels {
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private DefinitionLabels() {
    }

    /** The label of the source of {@code card}'s definition in {@code lang}, or {@code null} when it is unknown. */
    static String of(Card card, Lang lang) {
        DefinitionSource s = card.definitionSource().get(lang);
        if (s == null || !card.definition().has(lang)) {
            return null;
        }
        ResourceBundle b = ResourceBundle.getBundle("dev.termdeck.exchange.HandoutLabels",
                lang == Lang.ZH ? Locale.CHINESE : Locale.ROOT, EXACT);
        return b.getString("from." + s.code());
    }

    /** The label in brackets as the language writes them: {@code (dictionary)}, {@code （词典）}. */
    static String bracketed(String label, Lang lang) {
        return lang == Lang.ZH ? "（" + label + "）" : "(" + label + ")";
    }
}
