package dev.termdeck.reliability;

import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.study.DeckLoader;
import dev.termdeck.study.Library;
import dev.termdeck.study.LoadedDeck;
import dev.termdeck.study.answer.AnswerChecker;
import dev.termdeck.study.schedule.FsrsParameters;
import dev.termdeck.study.store.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;

/**
 * A separate process that edits a deck's first card over and over, as a learner saving edits in the study UI does
 * ({@link Library#editCard}: read the deck again, change the card, write the deck atomically), printing
 * {@code saved edit N} after each save. The crash test kills it at random moments. Arguments: the deck file, the
 * data directory, and optionally a pause in milliseconds between edits (none by default). The definition of the
 * edited card counts the edits ({@code edit N}) and carries on after a restart.
 */
public final class EditLoop {
    private EditLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path deck = Path.of(args[0]);
        List<LoadedDeck> decks = DeckLoader.load(List.of(deck));
        String name = decks.get(0).name();
        try (ProgressStore store = ProgressStore.open(Path.of(args[1]).resolve("progress.db"))) {
            Library library = new Library(decks, store, FsrsParameters.defaults(), new AnswerChecker(ChineseScript.lazy(HanLpChinese::get)), Clock.systemUTC(),
                    new Random(1));
            Card card = decks.get(0).deck().cards().get(0);
            String def = card.definition().en();
            long n = def != null && def.startsWith("edit ") ? Long.parseLong(def.substring(5)) + 1 : 1;
            long pause = args.length > 2 ? Long.parseLong(args[2]) : 0;
            for (; ; n++) {
                card = library.editCard(name, card.toBuilder().definition(Lang.EN, "edit " + n).build());
                System.out.println("saved edit " + n);
                if (System.out.checkError()) {
                    return; // nobody reads any more
                }
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
        }
    }
}
