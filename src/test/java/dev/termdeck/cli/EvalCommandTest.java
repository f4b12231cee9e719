package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.deck.DeckJson;
import dev.termdeck.deck.Generated;
import dev.termdeck.deck.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path work;

    @BeforeEach
    void files() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Federated learning (FL) keeps data on devices. Model selection "
                + "picks a model. The word embedding is useful.");
        Files.writeString(corpus.resolve("b.txt"), "旨在估算每个广告接触点贡献的多点触摸归因(MTA)对于预算分配至关重要。联合学习保护隐私。");
        Files.writeString(work.resolve("gold.jsonl"), String.join("\n",
                "{\"doc\": \"fl\", \"en\": \"federated learning\", \"zh\": [\"联邦学习\", \"联合学习\"], \"abbr\": \"FL\","
                        + " \"definition_cue\": \"devices\"}",
                "{\"doc\": \"fl\", \"en\": \"model selection\", \"zh\": [\"模型选择\"], \"abbr\": null,"
                        + " \"definition_cue\": null}",
                "{\"doc\": \"fl\", \"en\": \"word embedding\", \"zh\": [], \"abbr\": null, \"definition_cue\": null}",
                "{\"doc\": \"mta\", \"en\": \"multi-touch attribution\", \"zh\": [\"多点触摸归因\"], \"abbr\": \"MTA\","
                        + " \"definition_cue\": \"贡献\"}", ""));
        Card fl = Card.builder("federated-learning").term(new Bilingual("federated learning", "联邦学习"))
                .aliases(new BilingualList(List.of("federated learnings"), List.of("联合学习"))).abbr("FL")
                .definition(Lang.EN, "Federated learning (FL) keeps data on devices.")
                .addSource(new Source("a#1", Lang.EN, "x")).build();
        Card selection = Card.builder("model-selection").term(Lang.EN, "model selection")
                .definition(Lang.EN, "Model selection picks a model.").addSource(new Source("a#1", Lang.EN, "x")).build();
        Card mta = Card.builder("多点触摸归因").term(Lang.ZH, "多点触摸归因").abbr("MTA")
                .definition(Lang.ZH, "旨在估算每个广告接触点贡献的多点触摸归因").addSource(new Source("b#1", Lang.ZH, "x")).build();
        Card junk = Card.builder("budget").term(Lang.ZH, "预算分配").addSource(new Source("b#1", Lang.ZH, "x")).build();
        DeckJson.write(work.resolve("t.deck.json"), Deck.of("t", Bilingual.EMPTY, new Generated(null, null, null),
                List.of(fl, selection, mta, junk)));
    }

    private CliRunner.Result eval(String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "eval";
        args[1] = work.resolve("t.deck.json").toString();
        args[2] = "--gold=" + work.resolve("gold.jsonl");
        System.arraycopy(more, 0, args, 3, more.length);
        return new CliRunner(work.resolve("data"), work).run(args);
    }

    @Test
    void textReportHasEveryFigure() {
        CliRunner.Result r = eval();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "recall              3/4 75.0%  (en 2/3 66.7%, zh 1/1 100.0%)",
                "cards               4",
                "cards per document  en 2.0 over 1 documents",
                "cards per document  zh 2.0 over 1 documents",
                "definition cues     2/2 100.0%",
                "abbreviations       1/2 50.0%",
                "both en and zh      1/4 25.0%",
                "Chinese renderings  2/3 66.7%",
                "zh-text short forms 1/1 100.0% on a card, 0/1 0.0% linked",
                "missed  [en] fl: word embedding",
                "check   multi-touch attribution: short form MTA not on the card with its long form");
    }

    @Test
    void jsonReportForMachines() throws Exception {
        CliRunner.Result r = eval("--json");

        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.at("/recall/hit").asInt()).isEqualTo(3);
        assertThat(n.at("/recall/total").asInt()).isEqualTo(4);
        assertThat(n.at("/languages/0/lang").asText()).isEqualTo("en");
        assertThat(n.at("/languages/0/recall/hit").asInt()).isEqualTo(2);
        assertThat(n.at("/definitionCues/hit").asInt()).isEqualTo(2);
        assertThat(n.at("/misses/0/en").asText()).isEqualTo("word embedding");
    }

    @Test
    void brokenGoldLineIsNamed() throws Exception {
        Files.writeString(work.resolve("gold.jsonl"), "{\"doc\": \"a\", \"en\": \"x\"}\n{oops\n");

        CliRunner.Result r = eval();

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("termdeck: ").contains("gold.jsonl:2: not a JSON object");
    }

    @Test
    void missingGoldOptionIsAUsageError() {
        CliRunner.Result r = new CliRunner(work.resolve("data"), work).run("eval", "x.deck.json");

        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void keyphrasesBuildsAndScoresAtTwoSettings() throws Exception {
        Path k = work.resolve("inspec");
        Files.createDirectories(k.resolve("docs"));
        Files.createDirectories(k.resolve("keys"));
        Files.writeString(k.resolve("docs/1.txt"), "Support vector machines for image retrieval\n"
                + "We train support vector machines (SVMs) for content-based image retrieval. The support vector\n"
                + "\tmachines learn a kernel from relevance feedback given by users.\n");
        Files.writeString(k.resolve("keys/1.key"), "support vector machines\ncontent-based image retrieval\n"
                + "relevance feedback\nlearning (artificial intelligence)\n");

        CliRunner.Result r = new CliRunner(work.resolve("data"), work).run("eval", "--keyphrases", k.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 documents, 4 keyphrases", "default (up to 8+2, score >= 0.30 + ranker)",
                "top 10 (up to 10, any score)", "deck after card rules, default (up to 8, score >= 0.30)",
                "deck after card rules, top 10 (up to 10, any score)");
        assertThat(r.out()).containsPattern("top 10 \\(up to 10, any score\\) +P \\d\\.\\d{3}  R \\d\\.\\d{3}  F1 "
                + "\\d\\.\\d{3}  \\(\\d\\.\\d terms a document\\)");
    }

    @Test
    void keyphrasesTakesNoDeck() {
        CliRunner.Result r = new CliRunner(work.resolve("data"), work).run("eval", "x.deck.json", "--keyphrases",
                work.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--keyphrases builds its own decks");
    }
}
