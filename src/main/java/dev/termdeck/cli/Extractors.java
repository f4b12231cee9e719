package dev.termdeck.cli;

import dev.termdeck.TermdeckException;
import dev.termdeck.corpus.Lang;
import dev.termdeck.extract.OneCardPerGroup;
import dev.termdeck.extract.TermExtractor;
import dev.termdeck.extract.TermLinker;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Loads the extractors (and their models) for the languages a build asks for, and the linker that pairs them. */
final class Extractors {
    private Extractors() {
    }

    /**
     * One extractor per language in {@code langs}, models loaded now.
     *
     * @param warn told about a language that cannot be extracted in this build when others can
     */
    static List<TermExtractor> load(Set<Lang> langs, java.util.function.Consumer<String> warn) {
        List<TermExtractor> out = new ArrayList<>();
        if (langs.contains(Lang.EN)) {
            out.add(new OpenNlpTermExtractor(EnglishModels.fromClasspath(), EnglishLexicon.bundled()));
        }
        if (langs.contains(Lang.ZH)) {
            if (out.isEmpty()) {
                throw TermdeckException.usage("Chinese term extraction is not available in this build; use --lang en");
            }
            warn.accept("Chinese documents skipped: Chinese term extraction is not available in this build");
        }
        return out;
    }

    /** The linker that turns term groups into cards. */
    static TermLinker linker() {
        return new OneCardPerGroup();
    }
}
