package dev.termdeck.extract.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Edges of Chinese terms where the segmenter cut a word, on phrases of real digest pages. */
class ChineseEdgesTest {
    private static final Predicate<String> KNOWN = Set.of("解耦", "自回归", "归因", "点云", "关键点")::contains;

    @Test
    void aCharacterTheSegmenterGaveToTheWordBeforeIsTakenBack() {
        // 利用不共享的参数和解耦的图像标记器: read as 和解/耦.
        String text = "参数和解耦的图像标记器";
        int start = text.indexOf("耦");
        assertThat(repair(text, start, text.length(), start - 2, start + 1, text.length() - 1)).isEqualTo("解耦的图像标记器");
    }

    @Test
    void aPrefixBeforeTheFirstWordIsTakenWhenTheyMakeAWord() {
        String text = "自回归视频模型";
        assertThat(repair(text, 1, text.length(), 0, 3, text.length() - 2)).isEqualTo("自回归视频模型");
    }

    @Test
    void aCharacterAfterTheLastWordIsTakenWhenTheyMakeAWord() {
        String text = "跨模态归因，";
        assertThat(repair(text, 0, 4, 0, 1, 3)).isEqualTo("跨模态归因");
    }

    @Test
    void aNounSuffixAfterTheTermIsPartOfIt() {
        String text = "算法的最优性差距";
        assertThat(repair(text, 0, 5, 0, 2, 3)).isEqualTo("算法的最优性");
    }

    @Test
    void aWordBeforeAOneCharacterFirstWordIsTakenWhenTheyMakeAWord() {
        String text = "关键点感知的深度生成模型";
        assertThat(repair(text, 2, text.length(), 0, 3, text.length() - 2)).isEqualTo("关键点感知的深度生成模型");
    }

    @Test
    void theSecondCharacterOfAFunctionWordTheSegmenterSplitIsNoPartOfTheTerm() {
        // arXiv 2509.04973 (tune): SASE模块通过多层图卷积和结构位置嵌入来建模节点状态, read as 通过/多/层/图/卷/积;
        // 过多 is a word, but 过 is 通过's.
        Predicate<String> known = Set.of("过多", "卷积")::contains;
        String text = "SASE模块通过多层图卷积和结构位置嵌入";
        int start = text.indexOf("多");
        int end = text.indexOf("和");
        int[] r = ChineseEdges.repair(text, start, end, start - 2, start + 1, end - 1, end, known);
        assertThat(text.substring(r[0], r[1])).isEqualTo("多层图卷积");
        // Read as 通/过多/层/...: the term does not start on 过.
        r = ChineseEdges.repair(text, start - 1, end, start - 2, start + 1, end - 1, end, known);
        assertThat(text.substring(r[0], r[1])).isEqualTo("多层图卷积");
    }

    @Test
    void aTermEndingInABoundPrefixIsCutAndRejected() {
        String text = "激活重计算和通信";
        assertThat(ChineseEdges.repair(text, 0, 3, 0, 2, 2, 5, KNOWN)).isNull();
    }

    @Test
    void functionCharactersAroundTheTermStayOut() {
        String text = "从控制数据流图中";
        assertThat(repair(text, 1, 7, 0, 3, 6)).isEqualTo("控制数据流图");
    }

    @Test
    void aNounSuffixNeverStartsATermAndTakesTheWordBeforeIt() {
        // PostBC (arXiv 2512.16911): 无法保证覆盖演示者的所有行为 ("coverage over the demonstrator's actions"), read
        // as 演示/者: a term found as 者… lost 演示.
        String text = "覆盖演示者的所有行为";
        int start = text.indexOf("者");
        assertThat(repair(text, start, start + 1, start - 2, start + 1, start)).isEqualTo("演示者");
    }

    @Test
    void aNumeralBeforeAOneCharacterFirstWordIsPartOfTheTerm() {
        // arXiv 2512.21917: 适用于神经网络和批量数据的一阶优化的实际实现, read as 一/阶/优化 ("first-order optimization").
        String text = "批量数据的一阶优化的实际实现";
        int start = text.indexOf("阶");
        assertThat(repair(text, start, start + 3, start - 1, start + 1, start + 1)).isEqualTo("一阶优化");
    }

    /** Repairs [start, end) of {@code text}; the term's first word ends at firstEnd, its last starts at lastStart. */
    @Test
    void aOneCharacterWordAfterAOneCharacterLastWordIsTakenWhenTheClauseEndsThere() {
        // arXiv 2508.10104 (tune): 提出了一种新的方法——Gram锚定，有效解决了……, read as Gram/锚/定/，: 锚定 ("anchoring") is a
        // word neither HanLP nor the corpus knows, and the aligned span stopped at 锚.
        String text = "提出了一种新的方法——Gram锚定，有效解决了";
        int start = text.indexOf("Gram");
        int end = text.indexOf("定");
        assertThat(repair(text, start, end, start - 2, start + 4, end - 1)).isEqualTo("Gram锚定");
        // Not a locative that ends a phrase of place: 在特征图中，
        String place = "在特征图中，";
        assertThat(repair(place, 1, 4, 0, 3, 3)).isEqualTo("特征图");
    }

    private static String repair(String text, int start, int end, int previousStart, int firstEnd, int lastStart) {
        int nextEnd = Math.min(text.length(), end + 1);
        int[] r = ChineseEdges.repair(text, start, end, previousStart, firstEnd, lastStart, nextEnd, KNOWN);
        return text.substring(r[0], r[1]);
    }
}
