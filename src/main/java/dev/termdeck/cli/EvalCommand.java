package dev.termdeck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.termdeck.core.ChineseScript;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Corpus;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.eval.EvalReport;
import dev.termdeck.eval.Evaluation;
import dev.termdeck.eval.GoldSet;
import dev.termdeck.eval.TranslatedPaperFigures;
import dev.termdeck.extract.bilingual.GlossaryEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code termdeck eval}: scores a deck against a gold set of key terms; for the cards of papers read with their
 * translation, reports the share with both languages, copies and definitions in both languages (no gold needed).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score a deck against a gold set of key terms: recall (overall and by the language of each "
                + "term's document), cards per document, definitions, abbreviations, Chinese renderings. For papers "
                + "read with their translation (with or without --gold): cards with both languages, Chinese sides "
                + "that copy English words, definitions in both languages."})
final class EvalCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECK", arity = "0..1",
            description = "A deck name in the decks directory, or a deck file; not with --keyphrases.")
    String deckName;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Gold set: JSON lines with doc, en, zh, abbr, definition_cue. Without it, only the figures "
                    + "of papers read with their translation.")
    Path gold;

    @Option(names = "--keyphrases", paramLabel = "DIR",
            description = "Instead of a deck and a gold set: build decks from DIR/docs/ID.txt (English abstracts, "
                    + "the first line the title) and score each document's terms against DIR/keys/ID.key: "
                    + "precision, recall and F1 per document, averaged, at the default settings and at up to 10 "
                    + "terms a document; the terms before the deck's card rules, then the deck after them.")
    Path keyphrases;

    @Option(names = "--ids", paramLabel = "FILE",
            description = "With --keyphrases: only the documents whose ids FILE lists (one a line).")
    Path ids;

    @Option(names = "--per-document",
            description = "With --keyphrases and --json: every document's terms, matches and missed keyphrases.")
    boolean perDocument;

    @Mixin
    CorpusOption corpus;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    EvalCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (keyphrases != null) {
            if (deckName != null || gold != null) {
                throw TermdeckException.badRequest("--keyphrases builds its own decks: give no DECK and no --gold");
            }
            KeyphraseRun.run(context, keyphrases, ids, json, perDocument, spec.commandLine().getOut());
            return 0;
        }
        if (deckName == null) {
            throw TermdeckException.badRequest("give a DECK (and --gold FILE), or --keyphrases DIR");
        }
        Deck deck = DeckJson.read(context.deckFiles().existing(deckName));
        Path dir = corpus.resolve(context);
        Corpus read = new CorpusReader().read(dir);
        if (read.documents().isEmpty()) {
            throw new TermdeckException(dir + ": no documents to locate the gold terms in");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (gold == null) {
            // Without a gold set, the figures that need none: those of papers read with their translation.
            TranslatedPaperFigures figures = TranslatedPaperFigures.of(deck, read.documents(), glossaryLatinNames());
            if (figures == null) {
                throw TermdeckException.badRequest(dir + ": no paper has a translation; give --gold FILE to score "
                        + "the deck against a gold set");
            }
            if (json) {
                java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
                fields.put("cards", deck.cards().size());
                fields.put("translatedPapers", figures);
                out.print(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(fields));
                out.println();
            } else {
                out.printf("cards               %d%n", deck.cards().size());
                printTranslated(out, figures);
            }
            out.flush();
            return 0;
        }
        EvalReport report = new Evaluation(deck, GoldSet.read(context.dirs().workDir().resolve(gold)), read.documents(),
                glossaryLatinNames()).run();
        if (json) {
            // Several lines of JSON, whose strings escape every control: printed as they are, not as one line.
            out.print(new ObjectMapper().enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(report));
            out.println();
        } else {
            print(out, report);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, EvalReport r) {
        StringBuilder byLang = new StringBuilder();
        for (EvalReport.LangFigures l : r.languages()) {
            if (l.recall().total() > 0) {
                byLang.append(byLang.length() == 0 ? "" : ", ").append(l.lang()).append(' ').append(count(l.recall()));
            }
        }
        out.printf("recall              %s  (%s)%n", count(r.recall()), byLang);
        out.printf("cards               %d%n", r.cards());
        for (EvalReport.LangFigures l : r.languages()) {
            if (l.documents() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "cards per document  %s %.1f over %d documents%s%n", l.lang(),
                    l.cardsPerDocument(), l.documents(), l.longDocuments() == 0 ? "" : String.format(Locale.ROOT,
                            "; %.1f without the %d long one%s", l.cardsPerShortDocument(), l.longDocuments(),
                            l.longDocuments() == 1 ? "" : "s"));
        }
        out.printf("definition cues     %s of matched gold terms with a cue%n", count(r.definitionCues()));
        out.printf("abbreviations       %s of gold short forms on their card with the right long form%n",
                count(r.abbreviations()));
        out.printf("both en and zh      %s of cards%n", count(r.bilingual()));
        out.printf("Chinese renderings  %s of matched cards with gold renderings%n", count(r.chineseRenderings()));
        out.printf("zh-text short forms %s on a card, %s linked to the English long form%n",
                count(r.chineseTextAbbreviations()), count(r.chineseTextAbbreviationsLinked()));
        if (r.translatedPapers() != null) {
            printTranslated(out, r.translatedPapers());
        }
        for (EvalReport.Miss m : r.misses()) {
            out.printf("missed  [%s] %s: %s%n", m.lang() == null ? "?" : m.lang(), m.doc(), m.en());
        }
        for (String p : r.problems()) {
            out.println("check   " + p);
        }
    }

    /** The figures of the cards of papers read with their translation. */
    private static void printTranslated(PrintWriter out, TranslatedPaperFigures t) {
        out.printf("translated papers   %d papers with both versions, %d cards from them%n", t.papers(), t.cards());
        out.printf("  both en and zh    %s of their cards%n", count(t.bothLanguages()));
        out.printf("  copies            %s of their Chinese sides are English words (names aside)%n",
                count(t.copies()));
        out.printf("  definitions       %s of their cards with a definition have it in both languages%n",
                count(t.definitionsInBoth()));
    }

    private static String count(EvalReport.Count c) {
        return String.format(Locale.ROOT, "%d/%d %.1f%%", c.hit(), c.total(), 100 * c.share());
    }

    /**
     * The built-in glossary's standard Chinese terms written in Latin letters only (Swin Transformer, Mask R-CNN):
     * names Chinese text writes so, not copies of English words.
     */
    private static Set<String> glossaryLatinNames() {
        Set<String> names = new HashSet<>();
        for (GlossaryEntry e : Extractors.glossary(null).entries()) {
            String zh = e.zh().strip();
            if (!zh.isEmpty() && zh.codePoints().noneMatch(ChineseScript::isHan)) {
                names.add(zh);
            }
        }
        return names;
    }
}
