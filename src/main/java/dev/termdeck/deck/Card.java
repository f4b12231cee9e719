package dev.termdeck.deck;

import dev.termdeck.core.Lang;
import dev.termdeck.core.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One flashcard: a term in English and/or Chinese with what a learner needs to know about it. Immutable; build one
 * with {@link #builder(String)} or change one with {@link #toBuilder()}.
 *
 * <p>Invariants: {@code id} is non-blank and has no whitespace and no
 * control (a bidirectional one included); no text field has a control character, a line break
 * or a bidirectional control (a deck is shared as it is, and what it says reaches terminals; see
 * {@link SafeText#stored}); at least one side of {@code term} is set; a present
 * definition side is non-blank; {@code score} is finite; {@code editedFields} only names {@link #EDITABLE_FIELDS}.
 *
 * @param id           stable id derived from the normalized term ({@code emergent-ability}), unique in a deck
 * @param term         the term; at least one side is set
 * @param aliases      other surface forms seen (plural, variant or machine translations)
 * @param abbr         the short form (RLAIF, MTA), or {@code null}
 * @param pinyin       pinyin of {@code term.zh} with tone marks, or {@code null}
 * @param definition   one sentence or clause from the corpus, the dictionary, or written by a user; either side may
 *                     be missing
 * @param definitionSource where each side of {@code definition} comes from; only for sides that are present, and
 *                     {@link DefinitionSource#USER} for a side a person edited; a side may be unknown (old decks)
 * @param sources      where the term was found or defined
 * @param score        how worth learning the term is (higher is better), as ranked by the extractor
 * @param tags         free tags (class, topic)
 * @param edited       a person changed this card: a rebuild keeps what they changed
 * @param editedFields which fields a person changed (see {@link #EDITABLE_FIELDS}); empty with {@code edited} set
 *                     means every field is theirs
 * @param stale        the latest build no longer found this term; the card is kept rather than dropped
 * @param corpusRenderings the Chinese aliases that are the corpus's own renderings of a term whose {@code term.zh}
 *                     is the standard one (machine translations such as 联合学习 for 联邦学习), shown as "corpus
 *                     rendering"; always a subset of {@code aliases.zh} (others are dropped)
 */
public record Card(
        String id,
        Bilingual term,
        BilingualList aliases,
        String abbr,
        String pinyin,
        Bilingual definition,
        DefinitionSources definitionSource,
        List<Source> sources,
        double score,
        List<String> tags,
        boolean edited,
        List<String> editedFields,
        boolean stale,
        List<String> corpusRenderings) {

    /** Field names a person can edit, as used in {@link #editedFields()}. */
    public static final Set<String> EDITABLE_FIELDS = Set.of(
            "term.en", "term.zh", "aliases", "abbr", "pinyin", "definition.en", "definition.zh", "tags");

    public Card {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || hasSpaceOrControl(id)) {
            throw new IllegalArgumentException("card id '" + id + "' is blank or has whitespace or a control"
                    + " character");
        }
        term = term == null ? Bilingual.EMPTY : term;
        if (term.isEmpty()) {
            throw new IllegalArgumentException("card '" + id + "' has no term (term.en or term.zh is required)");
        }
        aliases = aliases == null ? BilingualList.EMPTY : aliases;
        abbr = blankToNull(abbr);
        pinyin = blankToNull(pinyin);
        definition = definition == null ? Bilingual.EMPTY : definition;
        definitionSource = sourcesOf(definition, definitionSource, edited, editedFields);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("card '" + id + "' has a score that is not a finite number");
        }
        // The empty cases first: a deck of thousands of cards is read before the first card shows, most of these
        // lists are empty, and copying through sets and streams per card is what a cold JVM is slowest at.
        tags = tags == null || tags.isEmpty() ? List.of() : tags(tags);
        editedFields = editedFields == null || editedFields.isEmpty() ? List.of()
                : List.copyOf(new TreeSet<>(editedFields));
        List<String> zhAliases = aliases.zh();
        corpusRenderings = corpusRenderings == null || corpusRenderings.isEmpty() ? List.of()
                : corpusRenderings.stream().filter(zhAliases::contains).distinct().toList();
        for (String f : editedFields) {
            if (!EDITABLE_FIELDS.contains(f)) {
                throw new IllegalArgumentException("card '" + id + "' has an unknown edited field '" + f + "'");
            }
        }
    }

    /**
     * The sources of the sides of {@code definition} that are present: a side a person edited is theirs, a side
     * without a definition has no source.
     */
    private static DefinitionSources sourcesOf(Bilingual definition, DefinitionSources given, boolean edited,
            List<String> editedFields) {
        DefinitionSources out = given == null ? DefinitionSources.NONE : given;
        if (out.isEmpty() && !edited) {
            return out;
        }
        for (Lang lang : Lang.values()) {
            if (!definition.has(lang)) {
                out = out.with(lang, null);
            } else if (edited && (editedFields == null || editedFields.isEmpty()
                    || editedFields.contains("definition." + lang.code()))) {
                out = out.with(lang, DefinitionSource.USER);
            }
        }
        return out;
    }

    private static boolean hasSpaceOrControl(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isWhitespace(c) || SafeText.isUnsafe(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** {@code s} stripped and without controls ({@link SafeText#stored}), or {@code null} when nothing is left. */
    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = SafeText.stored(s).strip();
        return t.isEmpty() ? null : t;
    }

    private static List<String> tags(List<String> given) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String t : given) {
            out.add(t == null ? null : SafeText.stored(t));
        }
        return List.copyOf(out);
    }

    /** Whether a person changed {@code field} (one of {@link #EDITABLE_FIELDS}). */
    public boolean isEdited(String field) {
        return edited && (editedFields.isEmpty() || editedFields.contains(field));
    }

    /** The term in {@code lang}, or {@code null}. */
    public String term(Lang lang) {
        return term.get(lang);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.term = term;
        b.aliases = aliases;
        b.abbr = abbr;
        b.pinyin = pinyin;
        b.definition = definition;
        b.definitionSource = definitionSource;
        b.sources = new ArrayList<>(sources);
        b.score = score;
        b.tags = new ArrayList<>(tags);
        b.edited = edited;
        b.editedFields = new ArrayList<>(editedFields);
        b.stale = stale;
        b.corpusRenderings = new ArrayList<>(corpusRenderings);
        return b;
    }

    /** Builds a {@link Card}; {@link #build()} checks the invariants. Not thread-safe. */
    public static final class Builder {
        private String id;
        private Bilingual term = Bilingual.EMPTY;
        private BilingualList aliases = BilingualList.EMPTY;
        private String abbr;
        private String pinyin;
        private Bilingual definition = Bilingual.EMPTY;
        private DefinitionSources definitionSource = DefinitionSources.NONE;
        private List<Source> sources = new ArrayList<>();
        private double score;
        private List<String> tags = new ArrayList<>();
        private boolean edited;
        private List<String> editedFields = new ArrayList<>();
        private boolean stale;
        private List<String> corpusRenderings = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder term(Bilingual v) { term = v; return this; }
        public Builder term(Lang lang, String v) { term = term.with(lang, v); return this; }
        public Builder aliases(BilingualList v) { aliases = v; return this; }
        public Builder abbr(String v) { abbr = v; return this; }
        public Builder pinyin(String v) { pinyin = v; return this; }
        public Builder definition(Bilingual v) { definition = v; return this; }
        public Builder definition(Lang lang, String v) { definition = definition.with(lang, v); return this; }
        public Builder definitionSource(DefinitionSources v) { definitionSource = v; return this; }
        /** Sets the definition in {@code lang} and where it comes from. */
        public Builder definition(Lang lang, String v, DefinitionSource from) {
            definition = definition.with(lang, v);
            definitionSource = definitionSource.with(lang, v == null ? null : from);
            return this;
        }
        public Builder sources(List<Source> v) { sources = new ArrayList<>(v); return this; }
        public Builder addSource(Source v) { sources.add(v); return this; }
        public Builder score(double v) { score = v; return this; }
        public Builder tags(List<String> v) { tags = new ArrayList<>(v); return this; }
        public Builder edited(boolean v) { edited = v; return this; }
        public Builder editedFields(List<String> v) { editedFields = new ArrayList<>(v); return this; }
        public Builder stale(boolean v) { stale = v; return this; }
        public Builder corpusRenderings(List<String> v) { corpusRenderings = new ArrayList<>(v); return this; }

        public Card build() {
            return new Card(id, term, aliases, abbr, pinyin, definition, definitionSource, sources, score, tags, edited,
                    editedFields, stale, corpusRenderings);
        }
    }
}
