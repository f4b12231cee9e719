package dev.termdeck.extract;

import java.util.List;

/**
 * A key of memos kept across the selections of one build: the very same objects in the same order, with a value
 * that goes with them. Two keys are equal when their lists hold the same instances ({@code ==}), not merely equal
 * ones, so a look-up costs one pass over the list, not a comparison of every record inside it. The selections of one
 * build cut the same scored candidates ({@link DeckAssembler}), so a term group or a card a refill makes from the same
 * objects is found again. Immutable when its items are.
 */
public final class SameItems {
    private final List<?> items;
    private final Object with;
    private final int hash;

    /**
     * @param items the objects, compared by identity
     * @param with  a value compared with {@code equals}, or {@code null}
     */
    public SameItems(List<?> items, Object with) {
        this.items = List.copyOf(items);
        this.with = with;
        int h = with == null ? 0 : with.hashCode();
        for (Object o : this.items) {
            h = 31 * h + System.identityHashCode(o);
        }
        this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SameItems other) || other.hash != hash || other.items.size() != items.size()
                || !java.util.Objects.equals(with, other.with)) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != other.items.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
