package dev.termdeck.cli;

import dev.termdeck.io.Background;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import dev.termdeck.core.Lang;
import dev.termdeck.core.TermdeckException;
import dev.termdeck.extract.TermExtractor;
import dev.termdeck.extract.TermLinker;
import dev.termdeck.extract.TranslationAligner;
import dev.termdeck.extract.align.PaperAligner;
import dev.termdeck.extract.bilingual.BilingualLinker;
import dev.termdeck.extract.bilingual.Glossary;
import dev.termdeck.extract.bilingual.GlossaryReader;
import dev.termdeck.extract.en.EnglishLexicon;
import dev.termdeck.extract.en.EnglishModels;
import dev.termdeck.extract.en.OpenNlpTermExtractor;
import dev.termdeck.extract.zh.HanLpChinese;
import dev.termdeck.extract.zh.HanLpTermExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Loads the extractors (and their models) for the languages a build asks for, and the linker that pairs them. */
final class Extractors {
    private Extractors() {
    }

    /**
     * The bilingual glossary: the built-in one, with the user's {@code file} (if given) read over it.
     */
    static Glossary glossary(Path file) {
        GlossaryReader reader = new GlossaryReader(HanLpChinese.get());
        Glossary builtIn = reader.builtIn();
        return file == null ? builtIn : builtIn.plus(reader.read(file));
    }

    /** The glossary and one extractor per language of a build. */
    record Loaded(Glossary glossary, List<TermExtractor> extractors) {
    }

    /**
     * The glossary ({@link #glossary}, with the user's {@code file} if given) and one extractor per language in
     * {@code langs}: OpenNLP's models and the English word lists are read on a thread of their own while HanLP's
     * dictionaries and the glossary are read on this one, as each is a second or so of one core's work.
     */
    static Loaded loadAll(Set<Lang> langs, Path file) throws IOException {
        CompletableFuture<EnglishModels> english = langs.contains(Lang.EN)
                ? Background.start("termdeck-opennlp", () -> {
                    EnglishLexicon.bundled();
                    return EnglishModels.fromClasspath();
                })
                : CompletableFuture.completedFuture(null);
        Glossary terms = glossary(file);
        return new Loaded(terms, load(langs, terms, Background.join(english)));
    }

    /** One extractor per language in {@code langs}, models loaded now, both knowing {@code glossary}. */
    static List<TermExtractor> load(Set<Lang> langs, Glossary glossary) {
        return load(langs, glossary, null);
    }

    private static List<TermExtractor> load(Set<Lang> langs, Glossary glossary, EnglishModels loaded) {
        List<TermExtractor> out = new ArrayList<>();
        if (langs.contains(Lang.EN)) {
            out.add(new OpenNlpTermExtractor(loaded != null ? loaded : EnglishModels.fromClasspath(),
                    EnglishLexicon.bundled(), glossary));
        }
        if (langs.contains(Lang.ZH)) {
            out.add(new HanLpTermExtractor(HanLpChinese.get(), glossary));
        }
        return out;
    }

    /** The aligner of papers read with their translation, with {@code glossary} as a seed of word translations. */
    static TranslationAligner aligner(Glossary glossary) {
        return new PaperAligner(glossary, HanLpChinese.get());
    }

    /** The linker that pairs English and Chinese term groups into cards, with {@code glossary}. */
    static TermLinker linker(Glossary glossary) {
        return new BilingualLinker(glossary, HanLpChinese.get(), EnglishLexicon.bundled()::isGeneral);
    }
}
