package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermGroupsTest {
    /** "... closed-source models ... large language models (LLMs) ... closed-source LLMs ..." and another document. */
    private static final List<ScoredCandidate> CLOSED_SOURCE = List.of(
            scored("closedsourcemodel", "closed-source model", null, "d#1", 0.5),
            scored("largelanguagemodel", "large language model", "LLM", "d#1", 0.8),
            scored("closedsourcellm", "closed-source LLM", null, "d#1", 0.45),
            scored("opensourcemodel", "open-source model", null, "d#2", 0.4));

    @Test
    void nearDuplicatesOfOneDocumentAreOneTermWithAliases() {
        List<TermGroup> groups = TermGroups.of(CLOSED_SOURCE, Map.of("d#1", 0, "d#2", 1));

        TermGroup closed = groups.stream().filter(g -> g.text().startsWith("closed-source")).findFirst().orElseThrow();
        assertThat(closed.variants()).containsAnyOf("closed-source LLM", "closed-source model");
        assertThat(groups).hasSize(3);
    }

    @Test
    void aRefillGetsTheSameGroupObjectsForUnchangedMembersAndMakesTheChangedOnes() {
        // "... closed-source models ... large language models (LLMs) ... closed-source LLMs ...": a refill gives d#2
        // one candidate more; d#1's groups are the ones the first selection made.
        List<ScoredCandidate> first = CLOSED_SOURCE;
        List<ScoredCandidate> refill = new java.util.ArrayList<>(first);
        refill.add(scored("largelanguagemodel", "large language models", null, "d#2", 0.3));
        Map<String, Integer> order = Map.of("d#1", 0, "d#2", 1);
        Map<SameItems, TermGroup> made = new java.util.HashMap<>();

        List<TermGroup> once = TermGroups.of(first, order, made);
        List<TermGroup> again = TermGroups.of(refill, order, made);

        assertThat(once).isEqualTo(TermGroups.of(first, order));
        assertThat(again).isEqualTo(TermGroups.of(refill, order));
        TermGroup closed = once.stream().filter(g -> g.key().equals("closedsourcemodel")).findFirst().orElseThrow();
        assertThat(again).anySatisfy(g -> assertThat(g).isSameAs(closed));
        assertThat(again).filteredOn(g -> g.key().equals("largelanguagemodel")).singleElement()
                .satisfies(g -> assertThat(g.docs()).containsExactly("d#1", "d#2"));
    }

    @Test
    void nearDuplicatesAreFoundWhateverTheCaseOfTheirFirstWord() {
        // Phrases are compared only when their first words agree, up to case: a sentence-initial "Closed-source"
        // still meets "closed-source"; "open-source model" is never compared with them.
        List<ScoredCandidate> selected = List.of(
                scored("closedsourcemodel", "Closed-source model", null, "d#1", 0.5),
                scored("largelanguagemodel", "large language model", "LLM", "d#1", 0.8),
                scored("closedsourcellm", "closed-source LLM", null, "d#1", 0.45),
                scored("opensourcemodel", "open-source model", null, "d#1", 0.4));

        List<TermGroup> groups = TermGroups.of(selected, Map.of("d#1", 0));

        assertThat(groups).hasSize(3);
        assertThat(groups).filteredOn(g -> g.key().startsWith("closed")).singleElement()
                .satisfies(g -> assertThat(g.variants()).containsAnyOf("closed-source LLM", "Closed-source model"));
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

    @Test
    void aLongFormDefinedWithItsOwnShortFormIsNoNearDuplicateOfAPhraseWithout() {
        // arXiv 2510.11190 (tune): "mechanisms that enable flexible control over associative reasoning" and "we
        // introduce Flexible Association Control (FlexAC)": the named method is no other way of writing the phrase,
        // whose rendering 灵活控制 lacks 联想.
        List<ScoredCandidate> selected = List.of(
                scored("flexibleassociationcontrol", "Flexible Association Control", "FlexAC", "flexac#1", 0.8),
                scored("flexiblecontrol", "flexible control", null, "flexac#1", 0.5));

        List<TermGroup> groups = TermGroups.of(selected, Map.of("flexac#1", 0));

        assertThat(groups).hasSize(2);
    }

    @Test
    void aShortFormWrittenAloneJoinsOnlyTheLongFormItsOwnPaperDefines() {
        // arXiv 2511.13102 (tune): "Category-Agnostic Pose Estimation (CAPE)"; another paper's CAPE (written for the
        // test) is another concept, which the bare short form must not join to it.
        List<ScoredCandidate> selected = List.of(
                scored("categoryagnosticposeestimation", "Category-Agnostic Pose Estimation", "CAPE", "pose#1", 0.7),
                scored("contrastivepatientaugmentedecgpretraining", "Contrastive Patient-Augmented ECG Pretraining",
                        "CAPE", "ecg#1", 0.6),
                scored("cape", "CAPE", null, "pose#1", 0.5));

        List<TermGroup> groups = TermGroups.of(selected, Map.of("pose#1", 0, "ecg#1", 1));

        assertThat(groups).hasSize(2);
        TermGroup pose = groups.stream().filter(g -> g.text().startsWith("Category")).findFirst().orElseThrow();
        assertThat(pose.frequency()).isEqualTo(2);
        TermGroup ecg = groups.stream().filter(g -> g.text().startsWith("Contrastive")).findFirst().orElseThrow();
        assertThat(ecg.frequency()).isEqualTo(1);
    }

    @Test
    void aShortFormWrittenAloneJoinsItsOneLongFormWhateverPaperDefinesIt() {
        List<ScoredCandidate> selected = List.of(
                scored("largelanguagemodel", "large language model", "LLM", "a#1", 0.8),
                scored("largelanguagemodel", "Large Language Models", "LLMs", "b#1", 0.7),
                scored("llm", "LLM", null, "c#1", 0.5));

        assertThat(TermGroups.of(selected, Map.of("a#1", 0, "b#1", 1, "c#1", 2))).hasSize(1);
    }

    private static ScoredCandidate scored(String key, String text, String abbr, String doc, double score) {
        return new ScoredCandidate(new TermCandidate(Lang.EN, key, text, List.of(), abbr, null, null, "x.", doc, 0,
                1, 0.5), score);
    }
}
