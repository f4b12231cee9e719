package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Phrases that are never worth a card however they score ("this paper", "our method", "wide range", 很大程度): a
 * stop list per language, read from {@code generic-phrases-LANG.txt} beside this class (one phrase a line, {@code #}
 * starts a comment). A phrase matches a candidate when their keys are equal after {@link #normalize(String)}, so
 * the list holds singular, lower-case forms. Immutable and thread-safe.
 */
public final class GenericPhrases {
    private final Set<String> english;
    private final Set<String> chinese;

    private GenericPhrases(Set<String> english, Set<String> chinese) {
        this.english = Set.copyOf(english);
        this.chinese = Set.copyOf(chinese);
    }

    /** The lists bundled with termdeck. */
    public static GenericPhrases bundled() {
        return new GenericPhrases(load(Lang.EN), load(Lang.ZH));
    }

    /** Lists given directly (for tests). */
    public static GenericPhrases of(Set<String> english, Set<String> chinese) {
        Set<String> en = new HashSet<>();
        english.forEach(p -> en.add(normalize(p)));
        Set<String> zh = new HashSet<>();
        chinese.forEach(p -> zh.add(normalize(p)));
        return new GenericPhrases(en, zh);
    }

    /** Whether the candidate's key is on its language's list. */
    public boolean isGeneric(TermCandidate c) {
        return (c.lang() == Lang.EN ? english : chinese).contains(normalize(c.key()));
    }

    /** Lower case, without spaces and hyphens: the form in which list entries and keys are compared. */
    public static String normalize(String phrase) {
        // A loop, not a code-point stream: asked of every candidate phrase of every sentence.
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (!Character.isWhitespace(cp) && cp != '-' && cp != '\u2010' && cp != '\u2011') {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static Set<String> load(Lang lang) {
        String name = "generic-phrases-" + lang.code() + ".txt";
        Set<String> phrases = new HashSet<>();
        try (InputStream in = GenericPhrases.class.getResourceAsStream(name)) {
            if (in == null) {
                return phrases;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String p = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!p.isEmpty()) {
                    phrases.add(normalize(p));
                }
            }
            return phrases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled list " + name, e);
        }
    }
}
