package dev.termdeck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.corpus.Document;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.Generated;
import dev.termdeck.deck.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyphraseEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void pluralsAreDroppedPerWordAndHyphensAndSpacesIgnored() {
        assertThat(KeyphraseMatcher.same("Web-based platforms", "web based platform")).isTrue();
        assertThat(KeyphraseMatcher.same("neural networks training", "neural network trainings")).isTrue();
        assertThat(KeyphraseMatcher.same("search strategies", "search strategy")).isTrue();
        assertThat(KeyphraseMatcher.same("classes", "class")).isTrue();
        assertThat(KeyphraseMatcher.same("pre-training", "pretraining")).isTrue();
        assertThat(KeyphraseMatcher.same("analysis", "analysi")).isFalse();
        assertThat(KeyphraseMatcher.same("loss", "los")).isFalse();
        assertThat(KeyphraseMatcher.same("neural network", "neural networking")).isFalse();
    }

    @Test
    void readsTheInspecLayoutTitleFirstLinesJoined() throws Exception {
        write("7", "Separate accounts go mainstream\r\nNew entrants are shaking up the industry by supplying\n"
                + "\tWeb-based platforms to advisers\r\n", "separate-account industry\nWeb-based platforms\n\tinvestment\n\n");
        write("8", "A title\nBody.\n", "body\n");

        KeyphraseSet set = KeyphraseSet.read(dir, null);

        assertThat(set.documents()).hasSize(2);
        assertThat(set.documents().get(0).id()).isEqualTo("7");
        assertThat(set.documents().get(0).title()).isEqualTo("Separate accounts go mainstream");
        assertThat(set.documents().get(0).text())
                .isEqualTo("New entrants are shaking up the industry by supplying Web-based platforms to advisers");
        assertThat(set.keys().get(0)).containsExactly("separate-account industry", "Web-based platforms",
                "investment");
    }

    @Test
    void aTitleWrappedOverTwoLinesEndsBeforeTheFirstLineWithoutATab() throws Exception {
        // Inspec 884: the title's second line, indented, is no part of the abstract ("problem Proposes ...").
        write("884", "A hybrid-neural network and population learning algorithm approach to solving\n"
                + "\treliability optimization problem\nProposes a hybrid approach integrating a dedicated artificial\n"
                + "\tneural network.\n", "hybrid approach\n");

        Document d = KeyphraseSet.read(dir, null).documents().get(0);

        assertThat(d.title()).isEqualTo("A hybrid-neural network and population learning algorithm approach to "
                + "solving reliability optimization problem");
        assertThat(d.text()).isEqualTo("Proposes a hybrid approach integrating a dedicated artificial neural network.");
    }

    @Test
    void idsFileSelectsDocumentsAndNamesAMissingOne() throws Exception {
        write("7", "T\nBody one.\n", "a\n");
        write("8", "T\nBody two.\n", "b\n");
        Files.writeString(dir.resolve("ids.txt"), "8\n");
        assertThat(KeyphraseSet.read(dir, dir.resolve("ids.txt")).documents()).extracting(d -> d.id())
                .containsExactly("8");

        Files.writeString(dir.resolve("ids.txt"), "9\n");
        assertThatThrownBy(() -> KeyphraseSet.read(dir, dir.resolve("ids.txt")))
                .isInstanceOf(TermdeckException.class).hasMessageContaining("id 9");
    }

    @Test
    void scoresEachDocumentThenAverages() throws Exception {
        write("1", "T\nBody.\n", "neural networks\nsupport vector machine\nSVM\ngenetic algorithms\n");
        write("2", "T\nBody.\n", "image retrieval\n");
        KeyphraseSet set = KeyphraseSet.read(dir, null);
        Card nn = card("neural-network", "neural network", "1");
        Card svm = Card.builder("svm").term(Lang.EN, "support vector machine").abbr("SVM")
                .addSource(new Source("1", Lang.EN, "x")).build();
        Card junk = card("good-result", "good result", "1");
        Card alias = Card.builder("retrieval").term(Lang.EN, "retrieval of images")
                .aliases(new BilingualList(List.of("image retrievals"), List.of())).addSource(new Source("2", Lang.EN,
                        "x")).build();
        Deck deck = Deck.of("k", Bilingual.EMPTY, new Generated(null, null, null), List.of(nn, svm, junk, alias));

        KeyphraseReport r = KeyphraseEvaluation.score(set, deck, "test", true);

        // Document 1: 2 of 3 cards match; 3 of 4 keys are found (SVM is the same card as its long form, and both
        // count as found). Document 2: 1 of 1, 1 of 1.
        KeyphraseReport.DocumentScore one = r.perDocument().get(0);
        assertThat(one.precision()).isEqualTo(2 / 3.0);
        assertThat(one.recall()).isEqualTo(3 / 4.0);
        assertThat(one.missed()).containsExactly("genetic algorithms");
        assertThat(r.precision()).isEqualTo((2 / 3.0 + 1) / 2);
        assertThat(r.recall()).isEqualTo((3 / 4.0 + 1) / 2);
        assertThat(r.terms()).isEqualTo(4);
        assertThat(r.keys()).isEqualTo(5);
    }

    @Test
    void aDocumentWithoutTermsHasPrecisionZero() throws Exception {
        write("1", "T\nBody.\n", "x\n");
        KeyphraseReport r = KeyphraseEvaluation.score(KeyphraseSet.read(dir, null),
                Deck.of("k", Bilingual.EMPTY, new Generated(null, null, null), List.of()), "test", false);
        assertThat(r.precision()).isZero();
        assertThat(r.f1()).isZero();
    }

    private static Card card(String id, String en, String doc) {
        return Card.builder(id).term(Lang.EN, en).addSource(new Source(doc, Lang.EN, "x")).build();
    }

    private void write(String id, String doc, String keys) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("keys"));
        Files.writeString(dir.resolve("docs/" + id + ".txt"), doc);
        Files.writeString(dir.resolve("keys/" + id + ".key"), keys);
    }
}
