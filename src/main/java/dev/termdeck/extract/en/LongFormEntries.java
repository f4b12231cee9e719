package dev.termdeck.extract.en;

import dev.termdeck.extract.GenericPhrases;
import dev.termdeck.extract.ShortFormNoun;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The candidates an abbreviation gives a document: its long form, tallied as a whole phrase with the short form
 * ({@link #add}), and the short form with one lower-case word after it marked as a thing said about a concept with a
 * candidate of its own ({@link #markShortFormAndNoun}). Static and stateless; split from
 * {@link OpenNlpTermExtractor}.
 */
final class LongFormEntries {
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{L})- (?=\\p{L})");

    private LongFormEntries() {
    }

    /**
     * Tallies each abbreviation's long form as a whole phrase with its short form (and the noun after the brackets
     * where the long form ends in a modifier or the short form always comes with one: "key-value (KV) cache").
     *
     * @return the key of each long form, by the key of its short form
     */
    static Map<String, String> add(EnglishLexicon lexicon, List<Abbreviation> abbrs, List<Sentence> sentences,
            Plurals plurals, Set<String> names, CandidateTally tally, String text) {
        Map<String, String> longKeyByShort = new HashMap<>();
        for (Abbreviation a : abbrs) {
            int si = PhraseForms.sentenceAt(sentences, a.longStart());
            if (si < 0) {
                continue;
            }
            Sentence s = sentences.get(si);
            // "magneto-optical (MO) disks", "time-to-live (TTL) interval": a long form whose last word is no noun
            // (an adjective, a participle) shortens a modifier; the term goes on to the noun after the brackets.
            String modified = BracketHeads.endsInModifier(lexicon, a.longForm())
                    ? BracketHeads.nounAfter(s, a, plurals) : null;
            if (!BracketHeads.endsInNoun(lexicon, a.longForm()) && modified == null || a.longForm().indexOf(',') >= 0
                    || a.longForm().indexOf('\\') >= 0
                    || a.longForm().indexOf('$') >= 0) {
                // "noise reduced (NR)": a long form that ends in an adjective or a participle names no thing; one
                // with markup left in it ("\\textbf{...}", "$x$") is no term as written.
                continue;
            }
            String shortForm = plurals.singular(a.shortForm());
            // "Power- Performance-Area (PPA)": a hyphen the writer left before a space joins the words it stands
            // between.
            String longForm = SPACED_HYPHEN.matcher(a.longForm()).replaceAll("-");
            String singular = PhraseForms.singularLast(longForm, plurals);
            // "Bidirectional Encoder Representations from Transformers (BERT)", "Internet of Vehicles (IoV)": a
            // capitalised long form of a singular short form is a name, shown as written; "Large Language Models
            // (LLMs)" is a plural of a term.
            boolean name = shortForm.equals(a.shortForm()) && PhraseForms.isCapitalisedName(longForm);
            String shown = name ? longForm : singular;
            if (a.longStart() == s.start() && PhraseForms.isLowerAfterFirst(shown)
                    && !names.contains(PhraseForms.firstWord(shown))) {
                shown = Character.toLowerCase(shown.charAt(0)) + shown.substring(1);
            }
            int longEnd = a.longEnd();
            String head = modified != null ? modified : BracketHeads.headAfter(s, a, plurals, text);
            if (head != null) {
                // "key-value (KV) cache", the KV cache ever after: the term is the cache, its short form "KV cache".
                shown = shown + " " + head;
                singular = singular + " " + head;
                shortForm = shortForm + " " + head;
                longEnd = a.shortStart() + a.shortForm().length() + 2 + head.length();
            }
            String key = GenericPhrases.normalize(singular);
            CandidateTally.Entry e = tally.add(key, shown, a.longForm(),
                    new Occurrence(si, a.longStart() - s.start(), Math.min(longEnd, s.end()) - s.start(), true),
                    a.longStart(), Phrase.Kind.MAXIMAL, false, null);
            e.abbr = e.abbr == null ? shortForm : e.abbr;
            longKeyByShort.putIfAbsent(GenericPhrases.normalize(shortForm), key);
        }
        return longKeyByShort;
    }

    /**
     * Marks the entries that are a short form the document spells out and one lower-case word after it ("UML model",
     * "CVD reactor", "SAE checkpoint"), unless the title names them, as written or with the long form ("MPP encoding"
     * under the title "Multi-Point Proximity Encoding for ..."): {@link Termhood} counts them less.
     */
    static void markShortFormAndNoun(CandidateTally tally, List<Abbreviation> abbrs, String title) {
        if (abbrs.isEmpty()) {
            return;
        }
        Map<String, String> longForms = new HashMap<>();
        for (Abbreviation a : abbrs) {
            longForms.putIfAbsent(a.shortForm(), a.longForm());
        }
        String squeezedTitle = ShortFormNoun.squeezed(title);
        for (CandidateTally.Entry e : tally.entries()) {
            String text = e.text();
            if (text == null || e.inTitle || e.abbr != null) {
                continue;
            }
            String named = ShortFormNoun.named(text, longForms);
            e.shortFormAndNoun = named != null && !squeezedTitle.contains(named);
        }
    }
}
