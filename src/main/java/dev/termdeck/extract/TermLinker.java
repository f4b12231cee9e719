package dev.termdeck.extract;

import dev.termdeck.deck.Card;
import java.util.List;

/**
 * The last step of a build: turns the selected term groups of each language into cards. This is where a term found
 * in both languages becomes one card (pairing by abbreviation, by a gloss written beside it, or by a bilingual
 * glossary) and where a missing side can be filled in.
 *
 * <h2>The seam between the language pipelines</h2>
 * {@link DeckAssembler} runs one {@link TermExtractor} per language over the corpus, ranks and selects candidates
 * with {@link TermRanker} and {@link Selection} (the same rules for both languages), merges each language's candidates
 * across documents by key into {@link TermGroup}s, and then hands both lists to a {@code TermLinker}. The default,
 * {@link OneCardPerGroup}, makes one card per group; a bilingual linker can pair English and Chinese groups into
 * single cards.
 *
 * <p>Contract for implementations: every returned card has a unique id derived with
 * {@link dev.termdeck.deck.CardIds#fromTerm(String)} from one of its terms (so that ids stay stable across
 * rebuilds), keeps the group's sources, and has a {@code score} in [0, 1] (the best of the groups it was made from).
 * Tags are added by the assembler afterwards. Implementations are stateless or immutable, and safe to call from any
 * thread; the lists given are in descending score order and must not be modified.
 */
public interface TermLinker {
    /**
     * The cards for the selected groups.
     *
     * @param english the English groups (empty when English was not extracted)
     * @param chinese the Chinese groups (empty when Chinese was not extracted)
     */
    List<Card> link(List<TermGroup> english, List<TermGroup> chinese);

    /**
     * A linker for the selections of one build, on one thread: it may remember what it made for the same group
     * objects ({@link SameItems}) and give it again, so a refill does not make unchanged cards again. The cards are
     * the ones this linker would make. This linker by default.
     */
    default TermLinker forOneBuild() {
        return this;
    }
}
