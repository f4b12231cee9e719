package dev.termdeck.deck;

import dev.termdeck.core.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps a card's pinyin the reading of its Chinese term when a person makes or changes the term (an edit, an added
 * card, an import): a new or changed Chinese term gets its pinyin from a {@link ChineseScript} unless the person gave
 * the pinyin in the same change; a removed one takes its pinyin with it. Stateless.
 */
public final class Readings {
    private Readings() {
    }

    /**
     * {@code card} with the pinyin of its Chinese term when that term is new or changed since {@code before} (a card
     * without one: {@code null}) and the pinyin was left as it was, or when it has no pinyin at all; as it is
     * otherwise.
     */
    public static Card refresh(Card before, Card card, ChineseScript script) {
        String oldZh = before == null ? null : before.term().zh();
        String oldPinyin = before == null ? null : before.pinyin();
        String zh = card.term().zh();
        if (zh == null) {
            // The Chinese term was removed: a reading left as it was belongs to it no more.
            return oldZh != null && Objects.equals(card.pinyin(), oldPinyin) ? card.toBuilder().pinyin(null).build()
                    : card;
        }
        boolean stale = !zh.equals(oldZh) && Objects.equals(card.pinyin(), oldPinyin);
        if (card.pinyin() == null || stale) {
            String reading = script.pinyin(zh);
            if (Objects.equals(reading, card.pinyin())) {
                return card;
            }
            Card.Builder b = card.toBuilder().pinyin(reading);
            if (card.edited() && !card.editedFields().isEmpty() && card.isEdited("term.zh")) {
                // The reading of a term a person wrote is theirs too: a rebuild keeps it with the term.
                List<String> fields = new ArrayList<>(card.editedFields());
                fields.add("pinyin");
                b.editedFields(fields);
            }
            return b.build();
        }
        return card;
    }
}
