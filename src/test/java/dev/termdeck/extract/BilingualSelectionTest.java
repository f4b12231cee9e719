package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selection over a paper's two versions: a concept and its rendering count once against the cap. */
class BilingualSelectionTest {
    @Test
    void anEnglishTermAndItsChineseRenderingAreOneConceptAgainstTheCap() {
        List<ScoredCandidate> en = new ArrayList<>();
        List<ScoredCandidate> zh = new ArrayList<>();
        String[][] pairs = {{"video generation", "视频生成"}, {"diffusion model", "扩散模型"},
                {"tracklet condition", "轨迹条件"}, {"instance enhancer", "实例增强器"}};
        double score = 0.9;
        for (String[] p : pairs) {
            en.add(scored(Lang.EN, p[0], Counterpart.found(p[1], Counterpart.Evidence.ALIGNMENT, null), score));
            zh.add(scored(Lang.ZH, p[1], Counterpart.found(p[0], Counterpart.Evidence.ALIGNMENT, null), score - 0.05));
            score -= 0.1;
        }
        en.add(scored(Lang.EN, "pivotal component", Counterpart.NOT_FOUND, 0.31));

        List<List<ScoredCandidate>> kept = BilingualSelection.select(en, zh, 3);

        assertThat(kept.get(0)).extracting(s -> s.candidate().text())
                .containsExactly("video generation", "diffusion model", "tracklet condition");
        assertThat(kept.get(1)).extracting(s -> s.candidate().text()).containsExactly("视频生成", "扩散模型", "轨迹条件");
    }

    @Test
    void aChineseTermWithoutEnglishCompetesOnItsOwn() {
        List<ScoredCandidate> en = List.of(scored(Lang.EN, "diffusion model", Counterpart.NOT_FOUND, 0.5));
        List<ScoredCandidate> zh = List.of(scored(Lang.ZH, "跨帧一致性", Counterpart.NOT_FOUND, 0.6));

        List<List<ScoredCandidate>> kept = BilingualSelection.select(en, zh, 1);

        assertThat(kept.get(0)).isEmpty();
        assertThat(kept.get(1)).extracting(s -> s.candidate().text()).containsExactly("跨帧一致性");
    }

    private static ScoredCandidate scored(Lang lang, String text, Counterpart c, double score) {
        String doc = lang == Lang.EN ? "p#1" : "p#1@zh";
        return new ScoredCandidate(new TermCandidate(lang, text, text, List.of(), null, null, null, "ctx", doc, 0, 1,
                0.5, c), score);
    }
}
