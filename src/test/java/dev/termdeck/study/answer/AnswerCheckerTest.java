package dev.termdeck.study.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Bilingual;
import dev.termdeck.deck.BilingualList;
import dev.termdeck.deck.Card;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.study.answer.AnswerCheck.Verdict;
import dev.termdeck.study.question.CardKey;
import dev.termdeck.study.question.Direction;
import dev.termdeck.study.question.Mode;
import dev.termdeck.study.question.Question;
import dev.termdeck.study.schedule.Grade;
import dev.termdeck.study.schedule.Phase;
import dev.termdeck.testing.Scripts;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckerTest {
    private static final Card LLM = Card.builder("large-language-model")
            .term(new Bilingual("large language model", "大型语言模型"))
            .aliases(new BilingualList(List.of("LLMs"), List.of()))
            .abbr("LLM").pinyin("dà xíng yǔ yán mó xíng").build();
    private static final Card SR = Card.builder("super-resolution")
            .term(new Bilingual("super-resolution", "超分辨率")).abbr("SR").pinyin("chāo fēn biàn lǜ").build();
    private static final Card FL = Card.builder("federated-learning")
            .term(new Bilingual("federated learning", "联邦学习"))
            .aliases(new BilingualList(List.of(), List.of("联合学习"))).pinyin("lián bāng xué xí").build();
    private static final Card GNN = Card.builder("graph-neural-network")
            .term(new Bilingual("graph neural network", "图神经网络")).pinyin("tú shén jīng wǎng luò").build();
    private static final Card BIAS = Card.builder("inductive-bias")
            .term(new Bilingual("inductive bias", "归纳偏置")).build();
    private static final Card ABILITY = Card.builder("emergent-ability")
            .term(new Bilingual("emergent ability", "涌现能力")).build();

    private final AtomicInteger conversions = new AtomicInteger();
    private final AnswerChecker checker = new AnswerChecker(Scripts.converting(s -> {
        conversions.incrementAndGet();
        return s.replace("語", "语").replace("聯", "联").replace("學", "学").replace("習", "习").replace("型", "型");
    }));

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "large language model   | large-language-model | CORRECT",
        "Large Language Model   | large-language-model | CORRECT",
        "large-language model   | large-language-model | CORRECT",
        "largelanguagemodel     | large-language-model | CORRECT",
        "large language models  | large-language-model | CORRECT",
        "  large language model.| large-language-model | CORRECT",
        "LLM                    | large-language-model | CORRECT",
        "llms                   | large-language-model | CORRECT",
        "large langauge model   | large-language-model | CLOSE",
        "large lnguage mdel     | large-language-model | CLOSE",
        "small language model   | large-language-model | WRONG",
        "language model         | large-language-model | WRONG",
        "super resolution       | super-resolution     | CORRECT",
        "Super-Resolutions      | super-resolution     | CORRECT",
        "emergent abilities     | emergent-ability     | CORRECT",
        "inductive biases       | inductive-bias       | CORRECT",
        "inductive bias         | inductive-bias       | CORRECT",
        "naïve inductive bias   | inductive-bias       | WRONG",
    })
    void englishAnswers(String typed, String card, Verdict expected) {
        Card c = card(card);
        AnswerCheck check = checker.check(question(c, Lang.EN), typed);

        assertThat(check.verdict()).isEqualTo(expected);
        assertThat(check.proposed()).isEqualTo(expected.proposedGrade());
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "大型语言模型           | large-language-model | CORRECT",
        "大型 语言 模型         | large-language-model | CORRECT",
        "大型語言模型           | large-language-model | CORRECT",
        "聯邦學習               | federated-learning   | CORRECT",
        "联合学习               | federated-learning   | CORRECT",
        "大型语言模式           | large-language-model | CLOSE",
        "小型模型               | large-language-model | WRONG",
        "dà xíng yǔ yán mó xíng | large-language-model | CORRECT",
        "da xing yu yan mo xing | large-language-model | CORRECT",
        "daxingyuyanmoxing      | large-language-model | CORRECT",
        "da4 xing2 yu3 yan2 mo2 xing2 | large-language-model | CORRECT",
        "da4 xing2 yu3 yan2 mo2 xing1 | large-language-model | CLOSE",
        "dà xīng yǔ yán mó xíng | large-language-model | CLOSE",
        "chao fen bian lv       | super-resolution     | CORRECT",
        "chāo fēn biàn lǜ       | super-resolution     | CORRECT",
        "chao fen bian lü       | super-resolution     | CORRECT",
        "chao fen bian lu:      | super-resolution     | CORRECT",
        "CHAO1 FEN1 BIAN4 LV4   | super-resolution     | CORRECT",
        "chao fen bian lv4      | super-resolution     | CLOSE",
        "chao fen bian lu       | super-resolution     | CLOSE",
        "chao fen bian li       | super-resolution     | CLOSE",
        "tu shen jing wang      | graph-neural-network | CLOSE",
        "xue xi                 | super-resolution     | WRONG",
        "lian bang xue xi       | federated-learning   | CORRECT",
    })
    void chineseAnswersAndPinyin(String typed, String card, Verdict expected) {
        AnswerCheck check = checker.check(question(card(card), Lang.ZH), typed);

        assertThat(check.verdict()).isEqualTo(expected);
    }

    @Test
    void pinyinIsRecognisedAsSuch() {
        AnswerCheck check = checker.check(question(SR, Lang.ZH), "chao fen bian lv");

        assertThat(check.pinyin()).isTrue();
        assertThat(check.expected()).isEqualTo("chāo fēn biàn lǜ");
    }

    @Test
    void traditionalConversionIsOnlyAskedForWhenTheHanziDoNotMatchAsTyped() {
        checker.check(question(LLM, Lang.ZH), "大型语言模型");
        checker.check(question(LLM, Lang.ZH), "large language model");
        checker.check(question(LLM, Lang.ZH), "da xing");
        assertThat(conversions).hasValue(0);

        checker.check(question(LLM, Lang.ZH), "大型語言模型");
        assertThat(conversions.get()).isPositive();
    }

    @Test
    void realHanLpConversionAcceptsTraditionalCharacters() {
        AnswerCheck check = new AnswerChecker(HanLpChinese.get()).check(question(FL, Lang.ZH), "聯邦學習");

        assertThat(check.verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void diffShowsWhatWasTypedAgainstTheAnswer() {
        AnswerCheck check = checker.check(question(LLM, Lang.EN), "large langauge model");

        assertThat(check.diff()).extracting(DiffSegment::kind).contains(DiffSegment.Kind.EXTRA,
                DiffSegment.Kind.MISSING);
        StringBuilder typed = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (DiffSegment s : check.diff()) {
            if (s.kind() != DiffSegment.Kind.MISSING) {
                typed.append(s.text());
            }
            if (s.kind() != DiffSegment.Kind.EXTRA) {
                expected.append(s.text());
            }
        }
        assertThat(typed.toString()).isEqualTo("large langauge model");
        assertThat(expected.toString()).isEqualTo("large language model");
    }

    @Test
    void pinyinOfAnAliasOrCorpusRenderingIsAcceptedLikeItsCharacters() {
        Card rendered = FL.toBuilder().corpusRenderings(List.of("联合学习")).build();

        assertThat(checker.check(question(FL, Lang.ZH), "lian he xue xi").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(question(rendered, Lang.ZH), "lián hé xué xí").verdict())
                .isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(question(rendered, Lang.ZH), "lian2 he2 xue2 xi1").verdict())
                .isEqualTo(Verdict.CLOSE);
    }

    @Test
    void pinyinIsAcceptedForATermWithoutStoredPinyin() {
        AnswerCheck check = checker.check(question(BIAS, Lang.ZH), "gui na pian zhi");

        assertThat(check.verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(check.pinyin()).isTrue();
    }

    @Test
    void aWrongAnswerOrOneInAnotherScriptHasNoDiff() {
        assertThat(checker.check(question(FL, Lang.ZH), "lian bang").diff()).isEmpty();
        assertThat(checker.check(question(FL, Lang.ZH), "知识蒸馏").diff()).isEmpty();
        assertThat(checker.check(question(LLM, Lang.EN), "small language model").diff()).isEmpty();
    }

    @Test
    void aHyphenOrSpaceTheCheckerIgnoresIsNoDifference() {
        AnswerCheck check = checker.check(question(LLM, Lang.EN), "large-langauge  model");

        assertThat(check.verdict()).isEqualTo(Verdict.CLOSE);
        assertThat(check.diff()).filteredOn(d -> d.kind() != DiffSegment.Kind.SAME).hasSize(2)
                .allSatisfy(d -> assertThat(d.text()).matches("[a-z]"));
        assertThat(check.diff().stream().filter(d -> d.kind() != DiffSegment.Kind.EXTRA).map(DiffSegment::text)
                .reduce("", String::concat)).isEqualTo("large language model");
    }

    @Test
    void wrongTonesAreShownAgainstThePinyinWrittenTheSameWay() {
        AnswerCheck check = checker.check(question(LLM, Lang.ZH), "da4 xing2 yu3 yan2 mo2 xing1");

        assertThat(check.verdict()).isEqualTo(Verdict.CLOSE);
        assertThat(check.diff()).filteredOn(d -> d.kind() == DiffSegment.Kind.MISSING)
                .extracting(DiffSegment::text).containsExactly("2");
    }

    @Test
    void choicesArePickedByLetterNumberOrText() {
        Question q = new Question(new CardKey("d", LLM.id()), LLM, Phase.NEW, Direction.EN_ZH, Mode.CHOICE, Lang.EN,
                "large language model", null, Lang.ZH, "大型语言模型", List.of(),
                List.of("超分辨率", "大型语言模型", "联邦学习"), 1, null);

        assertThat(checker.choiceIndex(q, "b")).hasValue(1);
        assertThat(checker.choiceIndex(q, "B")).hasValue(1);
        assertThat(checker.choiceIndex(q, "3")).hasValue(2);
        assertThat(checker.choiceIndex(q, "超分辨率")).hasValue(0);
        assertThat(checker.choiceIndex(q, "d")).isEmpty();
        assertThat(checker.check(q, "b").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(checker.check(q, "a").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(checker.check(q, "a").proposed()).isEqualTo(Grade.AGAIN);
    }

    @Test
    void editDistanceCountsATranspositionAsOneEdit() {
        assertThat(AnswerChecker.editDistance("langauge", "language")).isEqualTo(1);
        assertThat(AnswerChecker.editDistance("", "abc")).isEqualTo(3);
        assertThat(AnswerChecker.editDistance("大型语言", "大型言语")).isEqualTo(1);
    }

    private static Card card(String id) {
        return switch (id) {
            case "large-language-model" -> LLM;
            case "super-resolution" -> SR;
            case "federated-learning" -> FL;
            case "inductive-bias" -> BIAS;
            case "emergent-ability" -> ABILITY;
            case "graph-neural-network" -> GNN;
            default -> throw new IllegalArgumentException(id);
        };
    }

    private static Question question(Card c, Lang answerLang) {
        Lang promptLang = answerLang.other();
        List<String> accepted = new java.util.ArrayList<>(c.aliases().get(answerLang));
        if (answerLang == Lang.EN && c.abbr() != null) {
            accepted.add(c.abbr());
        }
        return new Question(new CardKey("d", c.id()), c, Phase.NEW,
                answerLang == Lang.ZH ? Direction.EN_ZH : Direction.ZH_EN, Mode.TYPE, promptLang,
                c.term(promptLang), null, answerLang, c.term(answerLang), accepted, List.of(), -1, null);
    }
}
