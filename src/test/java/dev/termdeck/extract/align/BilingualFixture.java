package dev.termdeck.extract.align;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Generated;
import dev.termdeck.extract.DeckAssembler;
import dev.termdeck.extract.DeckSpec;
import dev.termdeck.extract.DefinitionDictionary;
import dev.termdeck.extract.GenericPhrases;
import dev.termdeck.extract.ProgressListener;
import dev.termdeck.extract.Selection;
import dev.termdeck.extract.TermCandidate;
import dev.termdeck.extract.bilingual.BilingualLinker;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the alignment tests of this package share: the bilingual test resources, the real extractors and aligner with
 * the bundled glossary, and decks assembled from them with the default settings. Stateless.
 */
final class BilingualFixture {
    static final HanLpChinese ZH = HanLpChinese.get();
    static final Glossary GLOSSARY = new GlossaryReader(ZH).builtIn();

    private BilingualFixture() {
    }

    /** Copies the test resource {@code dev/termdeck/corpus/bilingual/RESOURCE} to {@code to}. */
    static void copy(String resource, Path to) throws IOException {
        try (InputStream in = BilingualFixture.class.getResourceAsStream("/dev/termdeck/corpus/bilingual/" + resource)) {
            Files.copy(in, to);
        }
    }

    /** The documents of the test resource {@code dev/termdeck/corpus/bilingual/RESOURCE}, copied into {@code dir}. */
    static List<Document> read(String resource, Path dir) throws IOException {
        copy(resource, dir.resolve(resource));
        return new CorpusReader().read(dir).documents();
    }

    /** Each document's candidates, extracted by the real extractors and aligned across the versions of its paper. */
    static List<List<TermCandidate>> align(List<Document> docs) {
        OpenNlpTermExtractor en = new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled(),
                GLOSSARY);
        HanLpTermExtractor zh = new HanLpTermExtractor(ZH, GLOSSARY);
        List<List<TermCandidate>> extracted = new ArrayList<>();
        for (Document d : docs) {
            extracted.add(d.lang() == Lang.EN ? en.extract(d) : zh.extract(d));
        }
        return new PaperAligner(GLOSSARY, ZH).align(docs, extracted);
    }

    /** The aligned candidate {@code term} of the document {@code doc}; fails naming the document's candidates. */
    static TermCandidate candidate(List<Document> docs, List<List<TermCandidate>> aligned, String doc, String term) {
        List<TermCandidate> of = aligned.get(indexOf(docs, doc));
        return of.stream().filter(c -> c.text().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " is no candidate of " + doc + ": "
                        + of.stream().map(TermCandidate::text).toList()));
    }

    /** The index of the document {@code doc} in {@code docs}; fails naming the documents. */
    static int indexOf(List<Document> docs, String doc) {
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).id().equals(doc)) {
                return i;
            }
        }
        throw new AssertionError("no document " + doc + " among " + docs.stream().map(Document::id).toList());
    }

    /**
     * The papers of a test resource as the aligner pairs their versions, with the word associations learned from them:
     * what a test of the evidence classes over one paper's words needs.
     */
    record Associated(List<PaperAligner.Bitext> bitexts, PaperAssociations assoc) {

        /** The test resource {@code dev/termdeck/corpus/bilingual/RESOURCE}, copied into {@code dir} and learned. */
        static Associated load(String resource, Path dir) throws IOException {
            List<Document> docs = read(resource, dir);
            PaperAligner aligner = new PaperAligner(GLOSSARY, ZH);
            List<PaperAligner.Bitext> bitexts = aligner.bitexts(docs);
            return new Associated(bitexts, new PaperAssociations(GLOSSARY, aligner.learn(bitexts), ZH));
        }

        /** Paper {@code i}, its associations made the current ones. */
        PaperAligner.Bitext paper(int i) {
            assoc.startPaper(bitexts.get(i));
            return bitexts.get(i);
        }
    }

    /**
     * The documents of a test resource and each one's aligned candidates, the two things a test class of this package
     * reads once and asks about; the resource is read from a temporary copy, deleted once read.
     */
    record Aligned(List<Document> docs, List<List<TermCandidate>> candidates) {

        /** The test resource {@code dev/termdeck/corpus/bilingual/RESOURCE}, read and aligned. */
        static Aligned load(String resource) {
            try {
                Path dir = Files.createTempDirectory("bilingual-fixture");
                try {
                    List<Document> docs = read(resource, dir);
                    return new Aligned(docs, align(docs));
                } finally {
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(f);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The aligned candidate {@code term} of the document {@code doc}; fails naming the document's candidates. */
        TermCandidate candidate(String doc, String term) {
            return BilingualFixture.candidate(docs, candidates, doc, term);
        }

        /** The aligned candidates of the document {@code doc}. */
        List<TermCandidate> of(String doc) {
            return candidates.get(indexOf(docs, doc));
        }

        /** A deck of the documents, as {@link BilingualFixture#assemble} builds it. */
        Deck assemble() {
            return BilingualFixture.assemble(docs);
        }

        /** The card of the assembled deck whose short form is {@code abbr}; fails naming the deck's short forms. */
        Card cardWithShortForm(String abbr) {
            List<Card> cards = assemble().cards();
            return cards.stream().filter(k -> abbr.equals(k.abbr())).findFirst().orElseThrow(() -> new AssertionError(
                    "no card with the short form " + abbr + " among " + cards.stream().map(Card::abbr).toList()));
        }
    }

    /** A deck of the documents, built as `termdeck build` does with the default settings (no dictionary). */
    static Deck assemble(List<Document> docs) {
        DeckAssembler assembler = new DeckAssembler(List.of(
                new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled(), GLOSSARY),
                new HanLpTermExtractor(ZH, GLOSSARY)), new PaperAligner(GLOSSARY, ZH),
                new BilingualLinker(GLOSSARY, ZH, EnglishLexicon.bundled()::isGeneral), Selection.DEFAULT,
                GenericPhrases.bundled(), 2, DefinitionDictionary.NONE);
        DeckSpec spec = new DeckSpec("t", Bilingual.of(Lang.EN, "T"), List.of(),
                new Generated("termdeck test", "2026-01-01T00:00:00Z", List.of()));
        return assembler.assemble(docs, spec, ProgressListener.NONE);
    }
}
