package dev.termdeck.study;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.CardIds;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.deck.Readings;
import dev.termdeck.io.LockFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes cards from a deck file and adds them, as a person does while studying: each change reads the deck again
 * under its lock (so a rebuild or an edit written meanwhile is kept), changes it, and writes it atomically. A removed
 * card is recorded in the deck ({@code removed}) so that a rebuild does not bring it back; putting it back drops that
 * record. An added card is the person's: marked edited in every field it sets, its definitions theirs, its Chinese
 * term given pinyin. Stateless.
 */
final class DeckChanges {
    private DeckChanges() {
    }

    /** What a change left: the deck as written, and the card it removed or added (as on disk). */
    record Changed(LoadedDeck deck, Card card) {
    }

    /** Removes card {@code id} (recording its removal at {@code at}); empty when the deck no longer has it. */
    static Optional<Changed> remove(LoadedDeck loaded, String id, Instant at) {
        return change(loaded, onDisk -> {
            Optional<Card> card = onDisk.card(id);
            return card.map(c -> new Result(onDisk.remove(id, at.toString()), c));
        });
    }

    /** Puts {@code card} back (a removal undone): the card as it was, its removal record dropped. */
    static Changed restore(LoadedDeck loaded, Card card) {
        return change(loaded, onDisk -> Optional.of(new Result(onDisk.withCard(card), card))).orElseThrow();
    }

    /**
     * Adds {@code draft} (its id made from its term) as a person's card.
     *
     * @throws TermdeckException when the deck has a card of that term already
     */
    static Changed add(LoadedDeck loaded, Card draft, ChineseScript script) {
        String id = CardIds.fromTerm(draft.term().en() != null ? draft.term().en() : draft.term().zh());
        return change(loaded, onDisk -> {
            if (onDisk.card(id).isPresent()) {
                throw TermdeckException.badRequest(loaded.file() + ": the deck has a card '" + id
                        + "' already; edit that one");
            }
            Card card = Readings.refresh(null, draft.toBuilder().id(id).build(), script);
            Card.Builder b = card.toBuilder().edited(true).editedFields(setFields(card)).stale(false);
            for (Lang l : Lang.values()) {
                if (card.definition().has(l)) {
                    b.definition(l, card.definition().get(l), DefinitionSource.USER);
                }
            }
            Card added = b.build();
            return Optional.of(new Result(onDisk.withCard(added), added));
        }).orElseThrow();
    }

    /** Takes back an added card: removes it without recording a removal; the deck as written. */
    static LoadedDeck unadd(LoadedDeck loaded, String id) {
        return change(loaded, onDisk -> {
            List<Card> rest = new ArrayList<>(onDisk.cards());
            rest.removeIf(c -> c.id().equals(id));
            return Optional.of(new Result(onDisk.withCards(rest), null));
        }).orElseThrow().deck();
    }

    private record Result(Deck deck, Card card) {
    }

    @FunctionalInterface
    private interface Change {
        Optional<Result> apply(Deck onDisk);
    }

    private static Optional<Changed> change(LoadedDeck loaded, Change change) {
        try (LockFile lock = LockFile.acquire(loaded.file())) {
            Optional<Result> r = change.apply(DeckJson.read(loaded.file()));
            if (r.isEmpty()) {
                return Optional.empty();
            }
            DeckJson.write(loaded.file(), r.get().deck());
            return Optional.of(new Changed(new LoadedDeck(loaded.file(), r.get().deck()), r.get().card()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The editable fields {@code card} sets, as {@code editedFields} names them. */
    private static List<String> setFields(Card card) {
        List<String> set = new ArrayList<>();
        for (Lang l : Lang.values()) {
            if (card.term().has(l)) {
                set.add("term." + l.code());
            }
            if (card.definition().has(l)) {
                set.add("definition." + l.code());
            }
        }
        if (card.abbr() != null) {
            set.add("abbr");
        }
        if (card.pinyin() != null) {
            set.add("pinyin");
        }
        if (!card.aliases().isEmpty()) {
            set.add("aliases");
        }
        if (!card.tags().isEmpty()) {
            set.add("tags");
        }
        return set;
    }
}
