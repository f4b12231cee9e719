/**
 * Alignment of a paper's two language versions (an English abstract and its Chinese translation): sentences, then
 * terms. {@link dev.termdeck.extract.align.PaperAligner} is the {@link dev.termdeck.extract.TranslationAligner} of a
 * build; see docs/chinese.md, "Papers with a translation".
 */
package dev.termdeck.extract.align;
