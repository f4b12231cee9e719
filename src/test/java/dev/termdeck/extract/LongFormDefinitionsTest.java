package dev.termdeck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termdeck.core.Lang;
import dev.termdeck.deck.Card;
import dev.termdeck.deck.DefinitionSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongFormDefinitionsTest {
    @Test
    void aShortFormTakesTheDefinitionOfItsLongFormInTheSamePaper() {
        // Tune pages: PiERN and its long form are two cards of one paper; the long form's definition serves both.
        String paper = "250918169v2-piern-token-level-routing-for-integrating-high-precision-computation";
        Card longForm = Card.builder("physically-isolated-experts-routing-network")
                .term(Lang.EN, "Physically-isolated Experts Routing Network").abbr("PiERN")
                .definition(Lang.EN, "Physically-isolated Experts Routing Network is an architecture for integrating "
                        + "computation and reasoning.", DefinitionSource.ABSTRACT)
                .sources(List.of(new dev.termdeck.deck.Source(paper + "#1", Lang.EN, "We introduce ...")))
                .build();
        Card shortForm = Card.builder("piern").term(Lang.EN, "PiERN").abbr("PiERN")
                .sources(List.of(new dev.termdeck.deck.Source(paper + "#1@zh", Lang.ZH, "……"))).build();
        Card elsewhere = Card.builder("piern-2").term(Lang.EN, "PiERN").abbr("PiERN")
                .sources(List.of(new dev.termdeck.deck.Source("another-paper#1", Lang.EN, "..."))).build();

        List<Card> out = LongFormDefinitions.withLongFormDefinitions(new ArrayList<>(List.of(longForm, shortForm,
                elsewhere)));

        assertThat(out.get(1).definition().en()).isEqualTo(longForm.definition().en());
        assertThat(out.get(1).definitionSource().en()).isEqualTo(DefinitionSource.ABSTRACT);
        // Another paper's PiERN may stand for something else.
        assertThat(out.get(2).definition().en()).isNull();
    }
}
