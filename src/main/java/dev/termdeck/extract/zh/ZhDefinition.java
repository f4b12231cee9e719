package dev.termdeck.extract.zh;

/**
 * A defining sentence found by a Chinese definition cue.
 *
 * @param term       the term the cue defines, as written; {@code null} for a conditional definition, which names its
 *                   term only loosely (see {@code consequent})
 * @param consequent for a conditional definition ({@code 如果……则该能力就是涌现出来的}), the clause after
 *                   {@code 则}/{@code 那么}, in which the defined term's characters appear; otherwise {@code null}
 * @param sentence   the definition as shown on a card: the sentence, or its defining clauses when it is long
 * @param start      the offset of the sentence in the text
 * @param strength   how surely the cue defines: 0 for {@code 定义为}, {@code 是指} and conditionals, 1 for naming cues
 *                   ({@code 称为}), 2 for an is-a sentence and appositions; one less when the sentence before
 *                   announces a definition ({@code ……的一个集中定义:}); lower is surer
 */
record ZhDefinition(String term, String consequent, String sentence, int start, int strength) {
}
