package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermGroupsTest {
    @Test
    void nearDuplicatesOfOneDocumentAreOneTermWithAliases() {
        // "... closed-source models ... large language models (LLMs) ... closed-source LLMs ..."
        List<ScoredCandidate> selected = List.of(
                scored("closedsourcemodel", "closed-source model", null, "d#1", 0.5),
                scored("largelanguagemodel", "large language model", "LLM", "d#1", 0.8),
                scored("closedsourcellm", "closed-source LLM", null, "d#1", 0.45),
                scored("opensourcemodel", "open-source model", null, "d#2", 0.4));

        List<TermGroup> groups = TermGroups.of(selected, Map.of("d#1", 0, "d#2", 1));

        TermGroup closed = groups.stream().filter(g -> g.text().startsWith("closed-source")).findFirst().orElseThrow();
        assertThat(closed.variants()).containsAnyOf("closed-source LLM", "closed-source model");
        assertThat(groups).hasSize(3);
    }

    @Test
    void aModifierMoreBeforeTheSameHeadIsTheSameThing() {
        assertThat(TermGroups.sameThing("closed-source model", "closed-source language model", Map.of())).isTrue();
        assertThat(TermGroups.sameThing("closed-source model", "closed-source LLM",
                Map.of("LLM", "large language model"))).isTrue();
        assertThat(TermGroups.sameThing("closed-source model", "closed-source LLM", Map.of())).isFalse();
        assertThat(TermGroups.sameThing("graph encoder", "graph decoder", Map.of())).isFalse();
        assertThat(TermGroups.sameThing("diffusion model", "latent diffusion process model", Map.of())).isFalse();
    }

    private static ScoredCandidate scored(String key, String text, String abbr, String doc, double score) {
        return new ScoredCandidate(new TermCandidate(Lang.EN, key, text, List.of(), abbr, null, null, "x.", doc, 0,
                1, 0.5), score);
    }
}
