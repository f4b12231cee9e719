package dev.termdeck.deck;

import dev.termdeck.core.Lang;
import dev.termdeck.core.SafeText;

/**
 * A text in English and Chinese, either side possibly missing ({@code null}); a present side is never blank and has
 * no control characters, line breaks or bidirectional controls (decks and imports are untrusted: a run of them is
 * one space, see {@link SafeText#stored}).
 *
 * @param en the English text, or {@code null}
 * @param zh the Chinese text, or {@code null}
 */
public record Bilingual(String en, String zh) {
    /** Neither side. */
    public static final Bilingual EMPTY = new Bilingual(null, null);

    public Bilingual {
        en = clean(en);
        zh = clean(zh);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SafeText.stored(s).strip();
        return t.isEmpty() ? null : t;
    }

    public static Bilingual of(Lang lang, String text) {
        return EMPTY.with(lang, text);
    }

    /** The side in {@code lang}, or {@code null}. */
    public String get(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    /** A copy with the side in {@code lang} replaced. */
    public Bilingual with(Lang lang, String text) {
        return lang == Lang.EN ? new Bilingual(text, zh) : new Bilingual(en, text);
    }

    public boolean has(Lang lang) {
        return get(lang) != null;
    }

    public boolean isEmpty() {
        return en == null && zh == null;
    }
}
