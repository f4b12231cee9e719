package dev.termdeck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.Lang;
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
import dev.termdeck.extract.bilingual.Glossary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code termdeck eval --keyphrases DIR}: builds English decks from a keyphrase folder's abstracts, as
 * {@code termdeck build} would (same extractor, ranking and linking), at the default settings and at up to 10 terms a
 * document with no minimum score, and scores them ({@link KeyphraseEvaluation}).
 */
final class KeyphraseRun {
    /** The second setting: the 10 best terms of each document, whatever their score (F1@10 of the benchmarks). */
    static final Selection TOP_10 = new Selection(10, 0, 0);

    private KeyphraseRun() {
    }

    static void run(CliContext context, Path dir, Path ids, boolean json, boolean perDocument, PrintWriter out)
            throws Exception {
        Path work = context.dirs().workDir();
        KeyphraseSet set = KeyphraseSet.read(work.resolve(dir), ids == null ? null : work.resolve(ids));
        Glossary glossary = Extractors.glossary(null);
        var extractors = Extractors.load(Set.of(Lang.EN), glossary);
        int threads = Runtime.getRuntime().availableProcessors();
        DeckSpec spec = new DeckSpec("keyphrases", Bilingual.EMPTY, List.of(), new Generated(null, null, List.of()));
        List<KeyphraseReport> reports = new ArrayList<>();
        Selection def = Selection.DEFAULT;
        for (Selection s : List.of(def, TOP_10)) {
            DeckAssembler assembler = new DeckAssembler(extractors, Extractors.linker(glossary), s,
                    GenericPhrases.bundled(), threads);
            Deck deck = assembler.assemble(set.documents(), spec, ProgressListener.NONE);
            String setting = s == def
                    ? String.format(Locale.ROOT, "default (up to %d, score >= %.2f)", s.perDocument(), s.minScore())
                    : "top 10 (up to 10, any score)";
            reports.add(KeyphraseEvaluation.score(set, deck, setting, perDocument));
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
            out.printf(Locale.ROOT, "%-34s P %.3f  R %.3f  F1 %.3f  (%.1f terms a document)%n", r.setting(),
                    r.precision(), r.recall(), r.f1(), r.terms() / (double) r.documents());
        }
    }
}
