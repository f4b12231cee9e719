package dev.termdeck.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.CorpusProblem;
import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.extract.DeckSpec;
import dev.termdeck.extract.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build use case driven without models: the extraction is a function of the documents it is given. */
class DeckBuildTest {
    private static final ProgressListener QUIET = ProgressListener.NONE;
    private static final String DROPOUT = "Deep neural nets with a large number of parameters are very powerful "
            + "machine learning systems. However, overfitting is a serious problem in such networks. Dropout is a "
            + "technique for addressing this problem.";

    @TempDir
    Path work;

    private Path corpus;
    private Path file;
    private final List<CorpusProblem> problems = new ArrayList<>();
    private final List<List<Document>> extracted = new ArrayList<>();

    @BeforeEach
    void corpus() throws Exception {
        corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), DROPOUT);
        Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.from(Instant.parse("2025-03-01T12:00:00Z")));
        file = work.resolve("decks/ml.deck.json");
    }

    @Test
    void aNewDeckIsWrittenFromTheDocumentsWithTheCorpusStamp() throws Exception {
        DeckBuild.Outcome o = build(request(false), "dropout", "overfitting");

        assertThat(o.merge()).isNull();
        assertThat(o.documents()).isEqualTo(1);
        assertThat(extracted).hasSize(1);
        assertThat(extracted.get(0)).extracting(Document::lang).containsExactly(Lang.EN);
        Deck written = DeckJson.read(file);
        assertThat(written.cards()).extracting(Card::id).containsExactly("dropout", "overfitting");
        assertThat(written.generated().at()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(written.generated().corpus()).containsExactly("corpus/a.txt");
    }

    @Test
    void aRebuildMergesKeepingEditsAndMarkingLostCardsStale() throws Exception {
        build(request(false), "dropout", "overfitting");
        Deck first = DeckJson.read(file);
        Card edited = first.card("dropout").orElseThrow().toBuilder().term(Lang.ZH, "随机失活").edited(true)
                .editedFields(List.of("term.zh")).build();
        DeckJson.write(file, first.withCard(edited));

        DeckBuild.Outcome o = build(request(false), "dropout");

        assertThat(o.merge()).isNotNull();
        Deck merged = DeckJson.read(file);
        assertThat(merged.card("dropout").orElseThrow().term().zh()).isEqualTo("随机失活");
        assertThat(merged.card("overfitting").orElseThrow().stale()).isTrue();
    }

    @Test
    void anUnchangedRebuildLeavesTheFileAsItWas() throws Exception {
        build(request(false), "dropout");
        byte[] before = Files.readAllBytes(file);
        Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        build(request(false), "dropout");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aTitleAskedForReplacesTheExistingDecksTitle() throws Exception {
        build(request(false), "dropout");

        build(request(true), "dropout");

        assertThat(DeckJson.read(file).title()).isEqualTo(Bilingual.of(Lang.EN, "Week 2"));
    }

    @Test
    void aCorpusWithoutTheLanguageFailsBeforeTheExtractionIsLoaded() {
        AtomicInteger loaded = new AtomicInteger();
        DeckBuild.Request zh = new DeckBuild.Request(corpus, Set.of(Lang.ZH), "ml", Bilingual.of(Lang.EN, "ML"),
                false, List.of(), file, work, null, "termdeck test");

        assertThatThrownBy(() -> new DeckBuild(new CorpusReader(), problems::add).run(zh, () -> {
            loaded.incrementAndGet();
            return (docs, spec, progress) -> deck(spec);
        }, QUIET)).isInstanceOf(TermdeckException.class).hasMessage(corpus + ": no Chinese documents found");
        assertThat(loaded).hasValue(0);
        assertThat(Files.exists(file)).isFalse();
    }

    private DeckBuild.Request request(boolean retitle) {
        return new DeckBuild.Request(corpus, Set.of(Lang.EN), "ml", Bilingual.of(Lang.EN, retitle ? "Week 2" : "ML"),
                retitle, List.of(), file, work, null, "termdeck test");
    }

    private DeckBuild.Outcome build(DeckBuild.Request request, String... ids) throws Exception {
        return new DeckBuild(new CorpusReader(), problems::add).run(request, () -> (docs, spec, progress) -> {
            extracted.add(docs);
            return deck(spec, ids);
        }, QUIET);
    }

    private static Deck deck(DeckSpec spec, String... ids) {
        List<Card> cards = new ArrayList<>();
        for (String id : ids) {
            cards.add(Card.builder(id).term(new Bilingual(id, null)).score(0.5).build());
        }
        return Deck.of(spec.name(), spec.title(), spec.generated(), cards);
    }
}
