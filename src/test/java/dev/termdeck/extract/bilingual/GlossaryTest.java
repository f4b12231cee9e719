package dev.termdeck.extract.bilingual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.deck.DefinitionSource;
import dev.termdeck.extract.zh.HanLpChinese;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    private final GlossaryReader reader = new GlossaryReader(HanLpChinese.get());

    @TempDir
    Path dir;

    @Test
    void everyLineOfTheBuiltInGlossaryParsesAndNoEnglishTermAppearsTwice() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        List<String> files = new java.util.ArrayList<>();
        for (String file : List.of(GlossaryReader.BUILT_IN, GlossaryReader.BUILT_IN_WORDS)) {
            try (InputStream in = GlossaryReader.class.getResourceAsStream(file)) {
                List<String> read = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                lines.addAll(read);
                read.forEach(l -> files.add(file));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        int entries = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            entries++;
            String[] cols = line.split("\t", -1);
            if (files.get(i).equals(GlossaryReader.BUILT_IN)) {
                // The dictionary: four columns (an entry not yet defined) or all six.
                assertThat(cols.length).as("line %d: %s", i + 1, line).isIn(4, 6);
            } else {
                assertThat(cols.length).as("line %d: %s", i + 1, line).isBetween(2, 4);
            }
            if (cols.length == 6) {
                assertThat(cols[4]).as("line %d: English definition", i + 1).isNotBlank().endsWith(".")
                        .hasSizeLessThanOrEqualTo(300).isEqualTo(cols[4].strip());
                assertThat(cols[5]).as("line %d: Chinese definition", i + 1).isNotBlank().endsWith("。")
                        .hasSizeLessThanOrEqualTo(130).isEqualTo(cols[5].strip());
                assertThat(cols[5].codePoints().filter(HanLpChinese::isHan).count())
                        .as("line %d: the Chinese definition is Chinese", i + 1).isGreaterThan(4);
                // Character by character: HanLP's conversion also rewrites words (程式 -> 程序), which would spoil
                // 课程式 ("curriculum-style"); the reader leaves the built-in definitions as written.
                assertThat(cols[5].codePoints().mapToObj(Character::toString)
                        .filter(ch -> !HanLpChinese.get().toSimplified(ch).equals(ch)).toList())
                        .as("line %d: traditional characters in the Chinese definition", i + 1).isEmpty();
            }
            assertThat(cols[0]).as("line %d", i + 1).isNotBlank().isEqualTo(cols[0].strip());
            assertThat(cols[1]).as("line %d", i + 1).isNotBlank().isEqualTo(cols[1].strip());
            String chinese = cols[1] + (cols.length > 3 ? cols[3] : "");
            boolean nameKept = cols[1].equals(cols[0]) || cols.length > 2 && cols[1].equals(cols[2]);
            assertThat(nameKept || chinese.codePoints().anyMatch(HanLpChinese::isHan))
                    .as("line %d has hanzi or keeps a name as it is", i + 1).isTrue();
            Integer first = seen.putIfAbsent(TermKeys.englishSingular(cols[0]), i + 1);
            assertThat(first).as("'%s' on line %d repeats line %s", cols[0], i + 1, first).isNull();
        }
        assertThat(entries).isGreaterThanOrEqualTo(1000);
        assertThat(reader.builtIn().size()).isEqualTo(entries);
    }

    @Test
    void buildingBlockWordsAreBasicVocabularyAndTermsAreNot() {
        Glossary g = reader.builtIn();
        assertThat(g.isBasic(g.byEnglish("stochastic").orElseThrow())).isTrue();
        assertThat(g.isBasic(g.byEnglish("ablation").orElseThrow())).isTrue();
        assertThat(g.isBasic(g.byEnglish("phase transition").orElseThrow())).isFalse();
        assertThat(g.isBasic(g.byEnglish("federated learning").orElseThrow())).isFalse();
    }

    @Test
    void looksUpByEnglishAbbreviationAndChineseStandardOrVariant() {
        Glossary g = reader.builtIn();
        GlossaryEntry fl = g.byEnglish("Federated Learning").orElseThrow();
        assertThat(fl.zh()).isEqualTo("联邦学习");
        assertThat(fl.abbr()).isEqualTo("FL");
        assertThat(g.byChinese("联合学习")).contains(fl);
        assertThat(g.byAbbr("fl")).containsExactly(fl);
        assertThat(g.byEnglish("generative adversarial networks").orElseThrow().zh()).isEqualTo("生成对抗网络");
        assertThat(g.byEnglish("chain of thought").orElseThrow().zh()).isEqualTo("思维链");
        assertThat(g.byEnglish("knowledge distillation").orElseThrow().zh()).isEqualTo("知识蒸馏");
    }

    @Test
    void userGlossaryInTraditionalCharactersOverridesTheBuiltInOne() throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# class glossary\nfederated learning\t聯邦式學習\tFL\n\nprompt chaining\t提示鏈\n");
        Glossary g = reader.builtIn().plus(reader.read(file));
        assertThat(g.byEnglish("federated learning").orElseThrow().zh()).isEqualTo("联邦式学习");
        assertThat(g.byChinese("提示链").orElseThrow().en()).isEqualTo("prompt chaining");
    }

    @Test
    void definitionsComeFromTheDictionaryUnlessAUsersGlossaryGivesThem() throws IOException {
        Glossary bundled = Glossary.of(List.of(new GlossaryEntry("dropout", "随机失活", null, List.of(),
                new dev.termdeck.deck.Bilingual("A regularizer that zeroes random units while training.",
                        "训练时随机将部分神经元输出置零的正则化方法。")),
                new GlossaryEntry("weight decay", "权重衰减", null, List.of(),
                        new dev.termdeck.deck.Bilingual("A penalty on large weights.", "对较大权重的惩罚。"))));
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "dropout\t丟棄法\t\t\tMy class's words for it.\n"
                + "weight decay\t权重衰减\n"
                + "prompt chaining\t提示鏈\t\t\tFeeding one prompt's answer into the next.\t把一個提示的輸出作為下一個提示的輸入。\n");

        Glossary g = bundled.plus(reader.read(file));

        GlossaryEntry dropout = g.byEnglish("dropout").orElseThrow();
        assertThat(dropout.zh()).isEqualTo("丢弃法");
        assertThat(dropout.definition().en()).isEqualTo("My class's words for it.");
        assertThat(g.definitionSource(dropout, Lang.EN)).isEqualTo(DefinitionSource.GLOSSARY);
        assertThat(dropout.definition().zh()).isEqualTo("训练时随机将部分神经元输出置零的正则化方法。");
        assertThat(g.definitionSource(dropout, Lang.ZH)).isEqualTo(DefinitionSource.DICTIONARY);
        GlossaryEntry decay = g.byEnglish("weight decay").orElseThrow();
        assertThat(g.definitionSource(decay, Lang.EN)).isEqualTo(DefinitionSource.DICTIONARY);
        GlossaryEntry chaining = g.byEnglish("prompt chaining").orElseThrow();
        assertThat(chaining.definition().zh()).isEqualTo("把一个提示的输出作为下一个提示的输入。");
        assertThat(g.definitionSource(chaining, Lang.ZH)).isEqualTo(DefinitionSource.GLOSSARY);
        assertThat(g.definitionSource(new GlossaryEntry("x", "某", null, List.of()), Lang.EN)).isNull();
    }

    @Test
    void aLineWithTooManyColumnsOrABadDefinitionNamesFileAndLine() throws IOException {
        Path seven = dir.resolve("seven.tsv");
        Files.writeString(seven, "dropout\t随机失活\t\t\tA regularizer.\t正则化方法。\textra\n");
        assertThatThrownBy(() -> reader.read(seven)).isInstanceOf(TermdeckException.class)
                .hasMessageStartingWith(seven + ":1: expected 'English TAB Chinese").hasMessageContaining("7 columns");
        Path longOne = dir.resolve("long.tsv");
        Files.writeString(longOne, "# a comment\ndropout\t随机失活\t\t\t" + "word ".repeat(200) + "\n");
        assertThatThrownBy(() -> reader.read(longOne)).isInstanceOf(TermdeckException.class)
                .hasMessage(longOne + ":2: the English definition has 999 characters (at most 600)");
        Path control = dir.resolve("control.tsv");
        Files.writeString(control, "dropout\t随机失活\t\t\tA regu\u001b[31mlarizer.\n");
        assertThatThrownBy(() -> reader.read(control)).isInstanceOf(TermdeckException.class)
                .hasMessage(control + ":1: the English definition has a control character");
    }

    @Test
    void badLineNamesFileAndLine() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "dropout\t随机失活\nno chinese here\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(TermdeckException.class)
                .hasMessageContaining("bad.tsv:2:").hasMessageContaining("no chinese here");
    }

    @Test
    void englishTermGivenTwiceInOneFileIsAnError() throws IOException {
        Path file = dir.resolve("twice.tsv");
        Files.writeString(file, "dropout\t随机失活\nDropout\t丢弃法\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(TermdeckException.class)
                .hasMessageContaining("twice.tsv:2: 'Dropout' is already defined on line 1");
    }

    @Test
    void missingFileIsOneClearLine() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.tsv"))).isInstanceOf(TermdeckException.class)
                .hasMessageEndingWith("nope.tsv: no such glossary file");
    }
}
