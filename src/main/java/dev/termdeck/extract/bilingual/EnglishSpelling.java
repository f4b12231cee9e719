package dev.termdeck.extract.bilingual;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * British and American spellings of one English word brought to one form, so that a term written one way finds a
 * glossary entry written the other ({@code behaviour cloning}, {@code behavioral cloning} and {@code behavior
 * cloning}; {@code generative modelling} and {@code generative modeling}; {@code regularisation} and
 * {@code regularization}). Only spelling is undone, never a word's form: {@code generative modeling} stays apart from
 * {@code generative model}, another concept. The rules, word by word, in lower case:
 * <ul>
 *   <li>{@code -isation}, {@code -ise}, {@code -ised}, {@code -ises}, {@code -ising}, {@code -iser(s)} → {@code -iz-}, and
 *       {@code -yse}, {@code -ysed}, ... → {@code -yz-} ({@code analyse});</li>
 *   <li>a doubled {@code l} before {@code -ing}, {@code -ed}, {@code -er} after the stems that double it in British
 *       spelling only ({@code modelling}, {@code labelled}, {@code signalling}, {@code travelling});</li>
 *   <li>{@code -our} → {@code -or} in the words that have it ({@code colour}, {@code neighbour}, {@code tumour}, and
 *       their derived forms), {@code -tre} → {@code -ter} ({@code centre}), {@code -ogue} → {@code -og}
 *       ({@code dialogue}, {@code analogue}, {@code catalogue}), and a few single words ({@code grey},
 *       {@code defence}, {@code artefact}, {@code ageing}, {@code judgement}, {@code programme}, {@code paediatric});</li>
 *   <li>{@code behavioural}, {@code behavioral}, {@code behaviour} → {@code behavior}: the field writes
 *       "behavioral cloning" and "behavior cloning", "behavioral policy" and "behavior policy" for one thing.</li>
 * </ul>
 * The result is a lookup key only (a few words come out in no dictionary's spelling, {@code noise} → {@code noize},
 * on both sides alike); a term that matches an entry as written never goes through it. Stateless and thread-safe.
 */
public final class EnglishSpelling {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ISE = Pattern.compile("(\\p{L}{2,}[^\\W\\d_y])is(ation|ations|e|ed|es|ing|er|ers)");
    private static final Pattern YSE = Pattern.compile("(\\p{L}+)ys(e|ed|es|ing|er|ers)");
    private static final Pattern DOUBLE_L = Pattern.compile(
            "(model|label|signal|travel|tunnel|channel|cancel|level|fuel|funnel|marshal|total|dial|counsel|pixel|"
                    + "jewel|shovel|rival|quarrel|propel)l(ing|ings|ed|er|ers)");
    private static final Pattern OUR = Pattern.compile(
            "(behavi|col|neighb|fav|flav|harb|hon|hum|lab|rum|sav|tum|vap|vig|rig|arm|od|endeav|parl|splend|clam)our"
                    + "(\\p{L}*)");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("behavioural", "behavior"), Map.entry("behavioral", "behavior"),
            Map.entry("behaviourally", "behaviorally"), Map.entry("centre", "center"), Map.entry("centres", "centers"),
            Map.entry("centred", "centered"), Map.entry("metre", "meter"), Map.entry("metres", "meters"),
            Map.entry("fibre", "fiber"), Map.entry("fibres", "fibers"), Map.entry("litre", "liter"),
            Map.entry("spectre", "specter"), Map.entry("theatre", "theater"), Map.entry("calibre", "caliber"),
            Map.entry("dialogue", "dialog"), Map.entry("dialogues", "dialogs"), Map.entry("analogue", "analog"),
            Map.entry("analogues", "analogs"), Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"),
            Map.entry("grey", "gray"), Map.entry("greyscale", "grayscale"), Map.entry("defence", "defense"),
            Map.entry("defences", "defenses"), Map.entry("licence", "license"), Map.entry("offence", "offense"),
            Map.entry("artefact", "artifact"), Map.entry("artefacts", "artifacts"), Map.entry("ageing", "aging"),
            Map.entry("judgement", "judgment"), Map.entry("judgements", "judgments"),
            Map.entry("acknowledgement", "acknowledgment"), Map.entry("programme", "program"),
            Map.entry("programmes", "programs"), Map.entry("manoeuvre", "maneuver"),
            Map.entry("manoeuvres", "maneuvers"), Map.entry("paediatric", "pediatric"),
            Map.entry("orthopaedic", "orthopedic"), Map.entry("foetal", "fetal"), Map.entry("oesophageal", "esophageal"),
            Map.entry("haemorrhage", "hemorrhage"), Map.entry("anaesthesia", "anesthesia"),
            Map.entry("oedema", "edema"), Map.entry("leukaemia", "leukemia"), Map.entry("aluminium", "aluminum"),
            Map.entry("sceptical", "skeptical"), Map.entry("mould", "mold"), Map.entry("skilful", "skillful"));

    private EnglishSpelling() {
    }

    /** {@code term} in lower case with each word's spelling brought to the one form above. */
    public static String unified(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        // Built only once a word changes: most terms (glossary look-ups that miss) have none to change.
        StringBuilder sb = null;
        int at = 0;
        while (m.find()) {
            String w = m.group();
            String fixed = word(w);
            if (!fixed.equals(w)) {
                sb = sb == null ? new StringBuilder(lower.length() + 4) : sb;
                sb.append(lower, at, m.start()).append(fixed);
                at = m.end();
            }
        }
        return sb == null ? lower : sb.append(lower, at, lower.length()).toString();
    }

    /** The glossary key of {@code term} with its spelling unified: {@link TermKeys#englishSingular} of it. */
    public static String key(String term) {
        return TermKeys.englishSingular(unified(term));
    }

    private static String word(String w) {
        String fixed = WORDS.get(w);
        if (fixed != null) {
            return fixed;
        }
        // Each rule is tried only on a word with the letters it needs ("our", "ll", "ys", "is"): without them its
        // pattern cannot match, and most words have none.
        String s = w;
        Matcher m;
        if (s.contains("our") && (m = OUR.matcher(s)).matches()) {
            s = m.group(1) + "or" + m.group(2);
        }
        if (s.contains("ll") && (m = DOUBLE_L.matcher(s)).matches()) {
            s = m.group(1) + m.group(2);
        }
        if (s.contains("ys") && (m = YSE.matcher(s)).matches()) {
            s = m.group(1) + "yz" + m.group(2);
        }
        if (s.contains("is") && (m = ISE.matcher(s)).matches()) {
            s = m.group(1) + "iz" + m.group(2);
        }
        return s;
    }
}
