package dev.termdeck.study.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.Deck;
import dev.termdeck.study.Fixtures;
import dev.termdeck.study.schedule.Phase;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionFactoryTest {
    private final Deck deck = Fixtures.mlMini();
    private final QuestionFactory factory = new QuestionFactory(Map.of("ml-mini", deck.cards()));
    private final Random random = new Random(3);

    @Test
    void englishToChineseAsksTheEnglishTermAndAcceptsAliases() {
        Question q = ask("federated-learning", Direction.EN_ZH, Mode.FLIP).orElseThrow();

        assertThat(q.prompt()).isEqualTo("federated learning");
        assertThat(q.promptLang()).isEqualTo(Lang.EN);
        assertThat(q.answer()).isEqualTo("联邦学习");
        assertThat(q.accepted()).containsExactly("联合学习");
        assertThat(q.context().text()).contains("联合学习");
        assertThat(q.context().highlights()).isNotEmpty();
    }

    @Test
    void chineseToEnglishAcceptsTheAbbreviation() {
        Question q = ask("large-language-model", Direction.ZH_EN, Mode.TYPE).orElseThrow();

        assertThat(q.prompt()).isEqualTo("大型语言模型");
        assertThat(q.answer()).isEqualTo("large language model");
        assertThat(q.accepted()).contains("LLM", "LLMs");
        assertThat(q.mode()).isEqualTo(Mode.TYPE);
    }

    @Test
    void aCardMissingASideIsSkippedForThatDirection() {
        Card englishOnly = card("counterfactual-explanation");
        Card chineseOnlyNoDefinition = card("高光谱图像");

        assertThat(QuestionFactory.supports(englishOnly, Direction.EN_ZH, Mode.FLIP)).isFalse();
        assertThat(QuestionFactory.supports(englishOnly, Direction.TERM_DEF, Mode.FLIP)).isTrue();
        assertThat(QuestionFactory.supports(englishOnly, Direction.MIXED, Mode.FLIP)).isTrue();
        assertThat(QuestionFactory.supports(chineseOnlyNoDefinition, Direction.MIXED, Mode.FLIP)).isFalse();
        assertThat(ask("counterfactual-explanation", Direction.ZH_EN, Mode.FLIP)).isEmpty();
    }

    @Test
    void termToDefinitionUsesTheDefinitionsLanguage() {
        Question q = ask("super-resolution", Direction.TERM_DEF, Mode.TYPE).orElseThrow();

        assertThat(q.answerLang()).isEqualTo(Lang.ZH);
        assertThat(q.prompt()).isEqualTo("超分辨率");
        assertThat(q.answer()).startsWith("从低分辨率");
        assertThat(q.checkable()).isFalse();
    }

    @Test
    void definitionToTermBlanksTheTermInTheDefinition() {
        Card c = Card.builder("dropout").term(dev.termdeck.deck.Bilingual.of(Lang.EN, "dropout"))
                .definition(Lang.EN, "Dropout zeroes random activations during training.").build();
        QuestionFactory f = new QuestionFactory(Map.of("d", List.of(c)));

        Question q = f.make(new CardKey("d", "dropout"), c, Phase.NEW, Direction.DEF_TERM, Mode.FLIP, random)
                .orElseThrow();

        assertThat(q.prompt()).isEqualTo(Question.BLANK + " zeroes random activations during training.");
        assertThat(q.answer()).isEqualTo("dropout");
    }

    @Test
    void clozeBlanksTheTermInASourceSentenceAndHintsTheOtherLanguage() {
        Question q = ask("graph-neural-network", Direction.EN_ZH, Mode.CLOZE).orElseThrow();

        assertThat(q.mode()).isEqualTo(Mode.CLOZE);
        assertThat(q.prompt()).isEqualTo(Question.BLANK + "(" + Question.BLANK + ")在各种与图形相关的任务上非常有效。");
        assertThat(q.hint()).isEqualTo("graph neural network");
        assertThat(q.answer()).isEqualTo("图神经网络");
    }

    @Test
    void clozeMatchesEnglishCaseInsensitivelyAndOnlyWholeWords() {
        Question q = ask("generative-adversarial-network", Direction.ZH_EN, Mode.CLOZE).orElseThrow();

        assertThat(q.prompt()).isEqualTo(Question.BLANK + " are a promising tool for image generation.");
        assertThat(TermSpans.find("a topic modeller and topic models", List.of("topic model", "topic models")))
                .containsExactly(new Span(21, 33));
    }

    @Test
    void clozeWithoutASentenceContainingTheTermPutsTheBlankBeforeTheDefinition() {
        Question q = ask("zero-shot-generalization", Direction.ZH_EN, Mode.CLOZE).orElseThrow();

        assertThat(q.prompt()).isEqualTo(Question.BLANK + ": Performing a task the model was never trained on,"
                + " without any examples of it.");
    }

    @Test
    void multipleChoiceHasTheAnswerOnceAmongDistinctDistractorsOfTheSameLanguage() {
        for (int seed = 0; seed < 30; seed++) {
            Random r = new Random(seed);
            Card c = card("transfer-learning");
            Question q = factory.make(new CardKey("ml-mini", c.id()), c, Phase.NEW, Direction.EN_ZH, Mode.CHOICE, r)
                    .orElseThrow();

            assertThat(q.choices()).hasSize(4);
            assertThat(q.choices().get(q.correctChoice())).isEqualTo("迁移学习");
            assertThat(q.choices()).filteredOn("迁移学习"::equals).hasSize(1);
            assertThat(new HashSet<>(q.choices())).hasSize(4);
            assertThat(q.choices()).allSatisfy(o -> assertThat(o).matches("\\p{IsHan}+"));
        }
    }

    @Test
    void distractorsAreNearTheAnswersLength() {
        Card c = card("super-resolution");
        List<String> wrong = new Distractors(deck.cards()).pick(c, "超分辨率", Distractors.Kind.TERM, Lang.ZH, 3,
                random).stream().map(Distractors.Option::text).toList();

        assertThat(wrong).hasSize(3).allSatisfy(w -> assertThat(w.length()).isBetween(4, 6));
    }

    @Test
    void aLatinChineseTermIsNoOptionForAHanziAnswer() {
        Card latin = Card.builder("popqa").term(new dev.termdeck.deck.Bilingual("PopQA", "PopQA")).build();
        List<Card> cards = new java.util.ArrayList<>(deck.cards());
        cards.add(latin);

        for (int seed = 0; seed < 20; seed++) {
            List<String> wrong = new Distractors(cards).pick(card("super-resolution"), "超分辨率",
                    Distractors.Kind.TERM, Lang.ZH, 3, new Random(seed)).stream().map(Distractors.Option::text)
                    .toList();
            assertThat(wrong).doesNotContain("PopQA");
        }
    }

    @Test
    void termToDefinitionOptionsNameNoTermNorShortForm() {
        List<Card> cards = List.of(
                defined("dropout", "dropout", null, "Dropout randomly zeroes activations during training."),
                defined("batch-normalization", "batch normalization", "BN",
                        "Batch normalization (BN) rescales the activations of each mini-batch."),
                defined("attention", "attention", null, "Attention weighs the tokens of a sequence by relevance."),
                defined("residual-connection", "residual connection", null,
                        "A residual connection adds the input of a layer to its output."));
        QuestionFactory f = new QuestionFactory(Map.of("d", cards));
        for (int seed = 0; seed < 20; seed++) {
            Card c = cards.get(1);
            Question q = f.make(new CardKey("d", c.id()), c, Phase.NEW, Direction.TERM_DEF, Mode.CHOICE,
                    new Random(seed)).orElseThrow();

            assertThat(q.choices()).hasSize(4);
            assertThat(q.choices().get(q.correctChoice()))
                    .isEqualTo(Question.BLANK + " (" + Question.BLANK + ") rescales the activations of each mini-batch.");
            for (String option : q.choices()) {
                for (Card other : cards) {
                    assertThat(option.toLowerCase()).doesNotContain(other.term().en());
                }
                assertThat(option).contains(Question.BLANK);
            }
            assertThat(q.answer()).isEqualTo(c.definition().en());
        }
    }

    private static Card defined(String id, String term, String abbr, String definition) {
        return Card.builder(id).term(dev.termdeck.deck.Bilingual.of(Lang.EN, term)).abbr(abbr)
                .definition(Lang.EN, definition).build();
    }

    @Test
    void typeModeAsksADefinitionAsTypedButLeavesItUnchecked() {
        Question q = ask("transfer-learning", Direction.TERM_DEF, Mode.TYPE).orElseThrow();

        assertThat(q.mode()).isEqualTo(Mode.TYPE);
        assertThat(q.typed()).isTrue();
        assertThat(q.checkable()).isFalse();
    }

    @Test
    void theSourceSentenceIsNotShownWhenItIsTheDefinitionAsked() {
        Card c = Card.builder("attention").term(new dev.termdeck.deck.Bilingual("attention", "注意力"))
                .definition(Lang.EN, "Attention weighs the tokens of a sequence.")
                .addSource(new dev.termdeck.deck.Source("d#1", Lang.EN, "Attention weighs the tokens of a sequence."))
                .build();
        QuestionFactory one = new QuestionFactory(Map.of("d", List.of(c)));

        Question termDef = one.make(new CardKey("d", c.id()), c, Phase.NEW, Direction.TERM_DEF, Mode.FLIP, random)
                .orElseThrow();
        Question enZh = one.make(new CardKey("d", c.id()), c, Phase.NEW, Direction.EN_ZH, Mode.FLIP, random)
                .orElseThrow();

        assertThat(termDef.context()).isNotNull();
        assertThat(termDef.contextShown()).isNull();
        assertThat(enZh.contextShown()).isNull();
    }

    @Test
    void choiceWithoutAnyDistractorFallsBackToFlip() {
        Card only = card("transfer-learning");
        QuestionFactory lonely = new QuestionFactory(Map.of("one", List.of(only)));

        Question q = lonely.make(new CardKey("one", only.id()), only, Phase.NEW, Direction.EN_ZH, Mode.CHOICE,
                random).orElseThrow();

        assertThat(q.mode()).isEqualTo(Mode.FLIP);
        assertThat(q.choices()).isEmpty();
    }

    @Test
    void mixedPicksAmongTheDirectionsTheCardSupports() {
        Set<Direction> seen = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            seen.add(ask("transfer-learning", Direction.MIXED, Mode.FLIP).orElseThrow().direction());
        }
        Set<Direction> englishOnly = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            englishOnly.add(ask("counterfactual-explanation", Direction.MIXED, Mode.FLIP).orElseThrow().direction());
        }

        assertThat(seen).containsExactlyInAnyOrder(Direction.EN_ZH, Direction.ZH_EN, Direction.TERM_DEF,
                Direction.DEF_TERM);
        assertThat(englishOnly).containsExactlyInAnyOrder(Direction.TERM_DEF, Direction.DEF_TERM);
    }

    private Optional<Question> ask(String id, Direction d, Mode m) {
        Card c = card(id);
        return factory.make(new CardKey("ml-mini", id), c, Phase.NEW, d, m, random);
    }

    private Card card(String id) {
        return deck.card(id).orElseThrow();
    }
}
