package dev.termdeck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Generated;
import dev.termdeck.eval.KeyphraseEvaluation;
import dev.termdeck.eval.KeyphraseReport;
import dev.termdeck.eval.KeyphraseSet;
import dev.termdeck.extract.DeckAssembler;
import dev.termdeck.extract.DeckSpec;
import dev.termdeck.extract.GenericPhrases;
import dev.termdeck.extract.ProgressListener;
import dev.termdeck.extract.Selection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code termdeck eval --keyphrases DIR}: builds English decks from a keyphrase folder's abstracts, as
 * {@code termdeck build} would (same extractor, ranking and linking), at the default settings (for the keyphrases
 * with their drop in score, {@link Selection#KEYPHRASES}: up to 2 more terms where the scores do not drop; for the
 * deck, the deck's fixed cap) and at up to 10 terms a document with no minimum score, and scores them
 * ({@link KeyphraseEvaluation}). The keyphrases scored are each
 * document's terms before the deck-level card rules ({@link DeckAssembler#cardRules(boolean)}), since an indexer's
 * keyphrase is a retrieval key, not a flashcard; the deck after the rules is scored beside them, so that what the
 * rules cost is seen.
 */
final class KeyphraseRun {
    /** The second setting: the 10 best terms of each document, whatever their score (F1@10 of the benchmarks). */
    static final Selection TOP_10 = new Selection(10, 0, 0);
    /** What the settings of the deck after its card rules start with. */
    static final String DECK = "deck after card rules, ";

    private KeyphraseRun() {
    }

    static void run(CliContext context, Path dir, Path ids, boolean json, boolean perDocument, PrintWriter out)
            throws Exception {
        Path work = context.dirs().workDir();
        KeyphraseSet set = KeyphraseSet.read(work.resolve(dir), ids == null ? null : work.resolve(ids));
        Line line = Line.load();
        List<KeyphraseReport> reports = new ArrayList<>();
        // The keyphrases first: each document's terms before the deck-level card rules, which judge whether a term is
        // worth a flashcard (an indexer's keyphrase is a retrieval key), with the keyphrases' drop in score. Then the
        // deck itself, after the rules, at the deck's own default (a fixed cap).
        for (boolean cardRules : new boolean[] {false, true}) {
            Selection def = cardRules ? Selection.DEFAULT : Selection.KEYPHRASES;
            for (Selection s : List.of(def, TOP_10)) {
                Deck deck = line.assemble(set.documents(), s, cardRules);
                reports.add(KeyphraseEvaluation.score(set, deck, setting(s == def, cardRules, s), perDocument));
            }
        }
        if (json) {
            // Several lines of JSON, whose strings escape every control: printed as they are, not as one line.
            out.print(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(reports));
            out.println();
            return;
        }
        out.printf(Locale.ROOT, "%d documents, %d keyphrases%n", set.documents().size(),
                reports.get(0).keys());
        for (KeyphraseReport r : reports) {
            out.printf(Locale.ROOT, "%-56s P %.3f  R %.3f  F1 %.3f  (%.1f terms a document)%n", r.setting(),
                    r.precision(), r.recall(), r.f1(), r.terms() / (double) r.documents());
        }
    }

    /**
     * The keyphrase line's extraction, loaded once: the English extractors and the built-in glossary, as
     * {@code termdeck build} loads them ({@link Extractors#loadAll}: OpenNLP's models on a thread of their own while
     * the glossary is read). Shared by {@code eval --keyphrases} and {@code termdeck keyphrases}, so that what the
     * command prints is what the evaluation scores.
     *
     * @param loaded the built-in glossary and the English term extractor
     */
    record Line(Extractors.Loaded loaded) {
        /** The English extractors and the built-in glossary, loaded now. */
        static Line load() throws IOException {
            return new Line(Extractors.loadAll(Set.of(Lang.EN), null));
        }

        /**
         * The deck of {@code documents} at {@code selection}, with or without the deck-level card rules
         * ({@link DeckAssembler#cardRules(boolean)}); without them, each document's cards are its keyphrases.
         */
        Deck assemble(List<Document> documents, Selection selection, boolean cardRules) {
            DeckAssembler assembler = new DeckAssembler(loaded.extractors(), Extractors.linker(loaded.glossary()),
                    selection, GenericPhrases.bundled(), Runtime.getRuntime().availableProcessors())
                    .cardRules(cardRules);
            return assembler.assemble(documents, SPEC, ProgressListener.NONE);
        }
    }

    private static final DeckSpec SPEC = new DeckSpec("keyphrases", Bilingual.EMPTY, List.of(),
            new Generated(null, null, List.of()));

    /**
     * The name of a setting in the report: "default (up to 8+2, score >= 0.30 + ranker)" (8, or up to 2 more where the
     * scores do not drop: {@link Selection#scoreDrop()}; past an abstract's first terms the learned ranker chooses
     * among every candidate, under the cut-off too: docs/extraction.md) and "top 10 (up to 10, any score)" for
     * the keyphrases, the same with "deck after card rules, " before them for the deck.
     */
    static String setting(boolean isDefault, boolean cardRules, Selection s) {
        String name = isDefault
                ? String.format(Locale.ROOT, "default (up to %d%s, score >= %.2f%s)", s.perDocument(),
                        s.scoreDrop() ? "+" + Selection.SCORE_DROP_EXTRA : "", s.minScore(),
                        s.scoreDrop() ? " + ranker" : "")
                : "top 10 (up to 10, any score)";
        return cardRules ? DECK + name : name;
    }
}
