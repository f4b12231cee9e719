package dev.termdeck.deck;

import dev.termdeck.core.Lang;
import dev.termdeck.core.SafeText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Lists of English and Chinese strings (aliases of a term). Immutable; blank entries and repeats are dropped, order
 * is kept; controls and line breaks in an entry are one space ({@link SafeText#stored}).
 */
public record BilingualList(List<String> en, List<String> zh) {
    public static final BilingualList EMPTY = new BilingualList(List.of(), List.of());

    public BilingualList {
        en = clean(en);
        zh = clean(zh);
    }

    private static List<String> clean(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String v : values) {
            String t = v == null ? "" : SafeText.stored(v).strip();
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        return List.copyOf(kept);
    }

    public List<String> get(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    /** A copy with {@code values} added to the {@code lang} list (repeats dropped). */
    public BilingualList plus(Lang lang, List<String> values) {
        Objects.requireNonNull(values, "values");
        List<String> merged = new ArrayList<>(get(lang));
        merged.addAll(values);
        return lang == Lang.EN ? new BilingualList(merged, zh) : new BilingualList(en, merged);
    }

    /** A copy with the {@code lang} list replaced. */
    public BilingualList with(Lang lang, List<String> values) {
        return lang == Lang.EN ? new BilingualList(values, zh) : new BilingualList(en, values);
    }

    public boolean isEmpty() {
        return en.isEmpty() && zh.isEmpty();
    }
}
