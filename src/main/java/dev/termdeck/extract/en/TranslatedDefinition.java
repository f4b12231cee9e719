package dev.termdeck.extract.en;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English definition of a term that the Chinese version of its paper defines: taken from the English sentences
 * aligned with the Chinese definition only when they define the same term in a form the English cues accept, and
 * rewritten to say it ("We propose X (ABBR), a framework that ..." gives "X is a framework that ..."). A sentence that
 * mentions the term in passing, or defines another term, gives nothing: the card falls back to the dictionary.
 * Stateless; thread-safe.
 */
public final class TranslatedDefinition {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
    private static final Pattern BRACKETS = Pattern.compile("^\\s*\\([^)]{1,60}\\)");
    private static final Pattern COPULA = Pattern.compile(
            "^\\s*(?:is|are|refers? to|denotes?)\\s+((?:a|an|the|one of)\\s.*)$", Pattern.CASE_INSENSITIVE);
    /** A long form of capitalised words and the bracket of its short form: "Referring Video Object Segmentation (". */
    private static final Pattern LONG_FORM_BEFORE = Pattern.compile(
            "(\\p{Lu}[\\w-]*(?:\\s+(?:\\p{Lu}[\\w-]*|of|for|and|in|on|to)){1,7})\\s*\\(");
    private static final Pattern AIMS = Pattern.compile("^\\s*(?:aims?|seeks?|strives?) to\\s");
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*,\\s*((?:a|an|one of the|the first)\\s.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTRODUCING = Pattern.compile(
            "\\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|build|builds|"
                    + "release|releases|construct|constructs|curate|curates|create|creates|devise|devises|offer|offers)"
                    + "\\s+(?:(?:a|an|the|our|new|novel)\\s+){0,2}['\"\u2018\u201c]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMING = Pattern.compile(
            "(?:^|[\\s,])(?:a|an)\\s+([^,;:()]{3,100}?),?\\s*(?:called|named|dubbed|termed)\\s*['\"\u2018\u201c]?$",
            Pattern.CASE_INSENSITIVE);

    private TranslatedDefinition() {
    }

    /**
     * The definition of the term named {@code names} (its English form first, then other forms such as its short
     * form) that {@code text} gives, or {@code null}.
     */
    public static String of(String text, List<String> names) {
        if (text == null || names.isEmpty() || names.get(0) == null) {
            return null;
        }
        String subject = CardText.capitalize(names.get(0));
        for (String sentence : SENTENCE_END.split(DefinitionCleaner.plain(text).strip())) {
            if (sentence.strip().endsWith("?")) {
                continue;
            }
            for (String name : names) {
                String def = name == null || name.isBlank() ? null : of(sentence, name, subject);
                if (def != null && !DefinitionText.onlyNewKind(def)) {
                    return def;
                }
            }
        }
        return null;
    }

    private static String of(String sentence, String name, String subject) {
        Matcher found = wholeWords(name).matcher(sentence);
        if (!found.find()) {
            return null;
        }
        String before = sentence.substring(0, found.start());
        String after = BRACKETS.matcher(sentence.substring(found.end())).replaceFirst("");
        String lead = CopulaCues.withoutSetting(CardText.stripIntro(before).strip()).toLowerCase(Locale.ROOT);
        Matcher longForm = LONG_FORM_BEFORE.matcher(CardText.stripIntro(before).strip());
        if (longForm.matches() && after.startsWith(")")) {
            // "Referring Video Object Segmentation (RVOS) aims to ...": the short form after the long form that opens
            // the sentence.
            lead = "";
            after = after.substring(1);
            subject = subject.equalsIgnoreCase(name) ? longForm.group(1) + " (" + name + ")" : subject;
        }
        String predicate = null;
        Matcher m = COPULA.matcher(after);
        if (m.find() && (lead.isEmpty() || lead.equals("the") || lead.equals("a") || lead.equals("an"))) {
            predicate = m.group(1);
        }
        if (predicate == null && lead.isEmpty() && AIMS.matcher(after).find() && after.split("\\s+").length >= 6) {
            return CardText.finish(DefinitionCleaner.clean(subject + after));
        }
        m = APPOSITION.matcher(after);
        if (predicate == null && m.find() && INTRODUCING.matcher(before).find()) {
            predicate = m.group(1);
        }
        m = NAMING.matcher(before);
        if (predicate == null && m.find()) {
            String rest = after.replaceFirst("^\\s*,?\\s*", "");
            predicate = "a " + m.group(1).strip() + (rest.matches("(?s)^(?:which|that)\\b.*") ? ", " + rest : ".");
        }
        if (predicate == null) {
            return null;
        }
        predicate = Clauses.firstClause(predicate);
        if (Clauses.isListItem(predicate) || !DefinitionText.defines(predicate)) {
            return null;
        }
        String cleaned = DefinitionCleaner.clean(subject + " is " + predicate);
        String def = DefinitionCleaner.withoutCountingTail(cleaned);
        // With a count of unnamed parts cut off, what is left of its clause may say nothing ("... that evaluates
        // unified models").
        return def == null || !def.startsWith(cleaned) && DefinitionText.onlyNewKind(def, true) ? null
                : CardText.finish(def);
    }

    /** {@code name} (or its plural) as whole words; case ignored for a lower-case name. */
    private static Pattern wholeWords(String name) {
        boolean exact = !name.equals(name.toLowerCase(Locale.ROOT));
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?:s|es)?(?![\\w-])",
                exact ? 0 : Pattern.CASE_INSENSITIVE);
    }
}
