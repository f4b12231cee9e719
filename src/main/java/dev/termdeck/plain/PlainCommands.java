package dev.termdeck.plain;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.study.StudySession;
import dev.termdeck.study.Undone;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.store.ProgressStoreException;
import dev.termdeck.ui.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The commands plain mode takes at its prompts, on a line of their own: {@code :undo} takes back the last answer or
 * card action, {@code :suspend}, {@code :bury}, {@code :flag} and {@code :delete} act on the card asked,
 * {@code :add} asks for a new card's terms and definition and adds it to that card's deck, {@code :quit} stops. A card
 * action is acknowledged by one line a script can read ({@code suspended <card id>}, {@code buried}, {@code flagged}
 * or {@code unflagged}, {@code deleted}, {@code added}), as an answer is by {@code saved}. Not thread-safe.
 */
final class PlainCommands {
    /** What a command line did. */
    enum Outcome {
        /** The line is no command. */
        NONE,
        /** Stop the session. */
        QUIT,
        /** The card asked changed: ask the session's current question. */
        MOVED,
        /** Ask the same prompt again. */
        STAY
    }

    private final BufferedReader in;
    private final PrintWriter out;
    private final Messages msg;

    PlainCommands(BufferedReader in, PrintWriter out, Messages msg) {
        this.in = in;
        this.out = out;
        this.msg = msg;
    }

    /** Acts on {@code line} for question {@code q}; what the prompt should do next. */
    Outcome handle(String line, StudySession session, Question q) throws IOException {
        String t = line.strip().toLowerCase(Locale.ROOT);
        if (!t.startsWith(":")) {
            return Outcome.NONE;
        }
        try {
            return switch (t) {
                case ":quit", ":q" -> Outcome.QUIT;
                case ":undo", ":u" -> undo(session);
                case ":suspend" -> acted("suspended", session.suspend(), Outcome.MOVED);
                case ":bury" -> acted("buried", session.bury(), Outcome.MOVED);
                case ":flag" -> acted(session.toggleFlag() ? "flagged" : "unflagged", q.card(), Outcome.STAY);
                case ":delete" -> acted("deleted", session.delete(), Outcome.MOVED);
                case ":add" -> add(session, q);
                default -> {
                    out.println(msg.get("plain.badCommand", line.strip()));
                    yield Outcome.STAY;
                }
            };
        } catch (ProgressStoreException e) {
            out.println(msg.storeProblem(e));
        } catch (TermdeckException | UncheckedIOException e) {
            out.println(e.getMessage());
        } finally {
            out.flush();
        }
        return Outcome.STAY;
    }

    private Outcome acted(String what, Card card, Outcome next) {
        out.println(what + " " + card.id());
        return next;
    }

    private Outcome undo(StudySession session) {
        Optional<Undone> back = session.undo();
        if (back.isEmpty()) {
            out.println(msg.get("plain.nothingToUndo"));
            return Outcome.STAY;
        }
        Undone u = back.get();
        out.println(msg.undone(u.kind(), u.card().id()));
        return u.kind() == Undone.Kind.FLAG ? Outcome.STAY : Outcome.MOVED;
    }

    /** Asks the new card's English and Chinese terms and a definition, and adds it to the deck of {@code q}. */
    private Outcome add(StudySession session, Question q) throws IOException {
        String en = ask("plain.add.english");
        String zh = en == null ? null : ask("plain.add.chinese");
        String def = zh == null ? null : ask("plain.add.definition");
        if (def == null) {
            return Outcome.QUIT;
        }
        if (en.isBlank() && zh.isBlank()) {
            out.println(msg.get("tui.edit.needTerm"));
            return Outcome.STAY;
        }
        Card.Builder draft = Card.builder("new").term(new Bilingual(en, zh));
        if (!def.isBlank()) {
            draft.definition(def.codePoints().anyMatch(dev.termdeck.core.ChineseScript::isHan) ? Lang.ZH : Lang.EN,
                    def.strip());
        }
        return acted("added", session.add(q.key().deck(), draft.build()), Outcome.STAY);
    }

    private String ask(String key) throws IOException {
        out.println(msg.get(key));
        out.flush();
        String line = in.readLine();
        return line == null ? null : line.strip();
    }
}
