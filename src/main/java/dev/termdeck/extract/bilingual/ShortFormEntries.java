package dev.termdeck.extract.bilingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@link Glossary} entry a short form names, for {@link GlossaryDefinitions}: the paper's own long form first,
 * then the one entry that has the letters, then among entries that share them the one whose words the paper uses.
 * Immutable and thread-safe.
 */
final class ShortFormEntries {
    /** Words too common in definitions to show which of two concepts a paper means. */
    private static final Set<String> COMMON_WORDS = Set.of("which", "their", "other", "about",
            "these", "those", "using", "based", "between", "within", "where", "while", "there", "often", "usually",
            "model", "models", "method", "methods", "learning", "network", "networks", "function", "functions",
            "value", "values", "given", "known", "number", "several", "through", "approach", "problem", "large",
            "small", "single", "points", "point", "input", "output", "inputs", "outputs", "makes", "making", "such",
            "without", "train", "training", "trained", "process", "system", "systems", "data");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]{4,}");
    private final Glossary glossary;
    /** Every entry by its short form, shared or not. */
    private final Map<String, List<GlossaryEntry>> allByAbbr = new HashMap<>();

    ShortFormEntries(Glossary glossary) {
        this.glossary = glossary;
        for (GlossaryEntry e : glossary.entries()) {
            if (e.abbr() != null && !e.abbr().isBlank()) {
                allByAbbr.computeIfAbsent(TermKeys.englishSingular(e.abbr()), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * The entry the short form {@code sf} names in the card's papers ({@code papers}, their text, or empty when not
     * known). The paper's own long form decides first: "large language models (LMs)" makes LM the language model, not
     * the Levenberg-Marquardt algorithm, and a paper that spells a short form out as something no entry is ("Patch-as-Node
     * (PAN)") takes no entry through it. Else the one entry that has the letters (and does not mark them shared), as
     * before; else, among the entries that share them, the only one whose definition's words the paper uses, at least
     * two of them where the others have none ("the number of topics in LDA models" is latent Dirichlet allocation, "a
     * generative topic model ...", not linear discriminant analysis).
     */
    Optional<GlossaryEntry> entry(String sf, String papers) {
        return entry(sf, () -> papers);
    }

    /** As {@link #entry(String, String)}, the papers' text asked for only when the letters need it. */
    Optional<GlossaryEntry> entry(String sf, Supplier<String> paperText) {
        List<GlossaryEntry> all = allByAbbr.getOrDefault(TermKeys.englishSingular(sf), List.of()).stream()
                .filter(e -> ShortFormCase.sameShortForm(sf, e.abbr())).toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        String papers = paperText.get();
        List<String> spelled = SpelledOut.longForms(sf, papers == null ? "" : papers, false);
        if (!spelled.isEmpty()) {
            List<GlossaryEntry> agree = all.stream().filter(e -> spelled.stream().anyMatch(l -> namesEntry(l, e)))
                    .toList();
            return agree.size() == 1 ? Optional.of(agree.get(0)) : Optional.empty();
        }
        List<GlossaryEntry> linked = glossary.byAbbr(sf).stream().filter(e -> ShortFormCase.sameShortForm(sf, e.abbr())).toList();
        if (linked.size() == 1) {
            return Optional.of(linked.get(0));
        }
        if (papers == null || papers.isBlank() || all.size() < 2) {
            return Optional.empty();
        }
        String lower = papers.toLowerCase(Locale.ROOT);
        GlossaryEntry found = null;
        for (GlossaryEntry e : all) {
            int used = wordsUsed(e, lower);
            if (used > 0 && found != null) {
                return Optional.empty();
            }
            if (used >= 2) {
                found = e;
            } else if (used > 0) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a long form the paper writes ends with the entry's English term or one of its Chinese renderings. */
    private static boolean namesEntry(String longForm, GlossaryEntry e) {
        String written = TermKeys.englishSingular(EnglishSpelling.unified(longForm));
        if (written.endsWith(TermKeys.englishSingular(EnglishSpelling.unified(e.en())))) {
            return true;
        }
        String key = TermKeys.of(longForm);
        return e.allZh().stream().anyMatch(z -> z != null && !z.isEmpty() && key.endsWith(TermKeys.of(z)));
    }

    /** How many distinct content words of the entry's term and English definition the text uses. */
    private static int wordsUsed(GlossaryEntry e, String lowerText) {
        String def = e.en() + " " + (e.definition().en() == null ? "" : e.definition().en());
        Set<String> stems = new LinkedHashSet<>();
        Matcher w = WORD.matcher(def.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String word = w.group();
            if (!COMMON_WORDS.contains(word)) {
                stems.add(word.length() > 6 ? word.substring(0, 6) : word);
            }
        }
        int n = 0;
        for (String stem : stems) {
            if (DomainEvidence.containsWordStarting(lowerText, stem, false)) {
                n++;
            }
        }
        return n;
    }
}
