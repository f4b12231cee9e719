package dev.termdeck.tui;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Card;
import dev.termdeck.study.StudySession;
import dev.termdeck.study.Undone;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.store.ProgressStoreException;
import dev.termdeck.ui.Messages;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What the card screen does to the card shown besides answering it, as Anki does: suspend ({@code !}), bury until
 * tomorrow ({@code -}), flag ({@code f}), delete from the deck ({@code D}), add a card ({@code A}), and undo
 * ({@code u}) the last of these or the last answer. Each calls the session, which saves it at once, and says on the
 * status line what happened and that {@code u} takes it back. Stateless apart from the state it is given.
 */
final class CardCommands {
    /** The keys handled here. */
    static final String KEYS = "!@-fDAu";

    private final TuiState state;

    CardCommands(TuiState state) {
        this.state = state;
    }

    /**
     * Acts on {@code k} for {@code shown}; whether it was one of these commands.
     *
     * @param moved called when the card shown changed (the next card, or one asked again)
     */
    boolean handle(Key k, Question shown, Runnable moved) {
        if (k.kind() != Key.Kind.CHAR || k.ctrl() || k.alt() || KEYS.indexOf(k.ch()) < 0) {
            return false;
        }
        Messages msg = state.msg();
        StudySession session = state.session();
        try {
            switch (k.ch()) {
                case '!', '@' -> {
                    state.status().info(msg.get("tui.card.suspended", term(session.suspend())));
                    moved.run();
                }
                case '-' -> {
                    state.status().info(msg.get("tui.card.buried", term(session.bury())));
                    moved.run();
                }
                case 'f' -> state.status().info(msg.get(session.toggleFlag() ? "tui.card.flagged"
                        : "tui.card.unflagged", term(shown.card())));
                case 'D' -> {
                    state.status().info(msg.get("tui.card.deleted", term(session.delete()), shown.key().deck()));
                    moved.run();
                }
                case 'A' -> state.pages().open(EditPage.adding(state, shown.key().deck(),
                        draft -> session.add(shown.key().deck(), draft), added -> { }));
                default -> undo(session, moved);
            }
        } catch (ProgressStoreException e) {
            state.status().error(msg.storeProblem(e));
        } catch (TermdeckException | UncheckedIOException e) {
            state.status().error(e.getMessage());
        }
        return true;
    }

    private void undo(StudySession session, Runnable moved) {
        Messages msg = state.msg();
        Optional<Undone> back = session.undo();
        if (back.isEmpty()) {
            state.status().info(msg.get("plain.nothingToUndo"));
            return;
        }
        Undone u = back.get();
        if (u.kind() != Undone.Kind.FLAG) {
            moved.run();
        }
        state.status().info(msg.undone(u.kind(), term(u.card())));
    }

    /** The term a status line names a card by: English, else Chinese. */
    static String term(Card c) {
        return c.term().en() != null ? c.term().en() : c.term().zh();
    }
}
