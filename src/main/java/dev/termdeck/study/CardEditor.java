package dev.termdeck.study;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.Readings;
import dev.termdeck.io.LockFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Saves a card a person edited: the deck file is read again (so a rebuild written meanwhile is not undone), the
 * card's editable fields are replaced, the card is marked {@code edited} with the fields that changed added to
 * {@code editedFields}, and the deck is written atomically. A Chinese term that is new or changed gets its pinyin
 * from the {@link ChineseScript} unless the person wrote the pinyin in the same edit, so the reading never goes stale.
 * Stateless.
 */
final class CardEditor {
    private CardEditor() {
    }

    /** Saves {@code edited} (matched by id) into {@code loaded}'s file; the deck as saved. */
    static LoadedDeck save(LoadedDeck loaded, Card edited, ChineseScript script) {
        // Under the deck's lock from the read to the write: a build, an import or another window's edit waits, and
        // is read the next time, instead of being overwritten by this copy.
        try (LockFile lock = LockFile.acquire(loaded.file())) {
            return save(loaded, edited, script, DeckJson.read(loaded.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadedDeck save(LoadedDeck loaded, Card asEdited, ChineseScript script, Deck onDisk)
            throws IOException {
        Card old = onDisk.card(asEdited.id()).orElseThrow(() -> new TermdeckException(loaded.file()
                + ": card '" + asEdited.id() + "' is no longer in this deck; it was not saved"));
        Card edited = Readings.refresh(old, asEdited, script);
        TreeSet<String> changed = new TreeSet<>();
        compare(changed, "term.en", old.term().en(), edited.term().en());
        compare(changed, "term.zh", old.term().zh(), edited.term().zh());
        compare(changed, "aliases", old.aliases(), edited.aliases());
        compare(changed, "abbr", old.abbr(), edited.abbr());
        compare(changed, "pinyin", old.pinyin(), edited.pinyin());
        compare(changed, "definition.en", old.definition().en(), edited.definition().en());
        compare(changed, "definition.zh", old.definition().zh(), edited.definition().zh());
        compare(changed, "tags", old.tags(), edited.tags());
        if (changed.isEmpty()) {
            return new LoadedDeck(loaded.file(), onDisk);
        }
        TreeSet<String> fields = new TreeSet<>(old.editedFields());
        // An edited card with no field list is entirely the person's; keep it that way.
        boolean wholeCard = old.edited() && old.editedFields().isEmpty();
        if (!wholeCard) {
            fields.addAll(changed);
        }
        Card saved = old.toBuilder()
                .term(edited.term())
                .aliases(edited.aliases())
                .abbr(edited.abbr())
                .pinyin(edited.pinyin())
                .definition(edited.definition())
                .tags(edited.tags())
                .edited(true)
                .editedFields(wholeCard ? List.of() : List.copyOf(fields))
                .build();
        Deck deck = onDisk.withCard(saved);
        DeckJson.write(loaded.file(), deck);
        return new LoadedDeck(loaded.file(), deck);
    }

    private static void compare(TreeSet<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
