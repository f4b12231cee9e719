package dev.termdeck.extract.en;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authors a text cites ("Zhao et al.", "Buzek and Hillery (1996)", "Rosner (Technometrics, 25, 1983)",
 * "(Brown, 2020)"): their surnames are no terms, however often they are written. Stateless; thread-safe.
 */
final class Citations {
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final String YEAR = "(?:19|20)\\d\\d[a-z]?";
    private static final Pattern ET_AL = Pattern.compile("\\b(" + NAME + ")\\s+et\\s+al\\b");
    /** "Buzek and Hillery (1996)", "Sun and Kosmol, (2001)", "Petkovic, Trickovic, Herceg, (1998)". */
    private static final Pattern LIST_YEAR = Pattern.compile(
            "\\b(" + NAME + "(?:,\\s*" + NAME + ")*(?:,?\\s+(?:and|&)\\s+" + NAME + ")?),?\\s*\\(\\s*(?:[^()]{0,40}?,\\s*)?"
                    + YEAR + "\\s*\\)");
    /** "(Brown, 2020)", "(Zhao et al., 2023; Li 2021)". */
    private static final Pattern IN_BRACKETS = Pattern.compile("[(\\[;]\\s*(" + NAME + ")(?:\\s+et\\s+al\\.?)?"
            + "(?:\\s+(?:and|&)\\s+(" + NAME + "))?,?\\s+" + YEAR);
    private static final Pattern ONE_NAME = Pattern.compile(NAME);

    private Citations() {
    }

    /** Whether {@code text} has what {@link #YEAR} starts with: "19" or "20" and two digits. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} has what {@link #ET_AL} needs around "et": a space before it (its {@code \\s+}), then
     * spaces and "al". "et" and a space alone ("set ", "net ") were in nearly every abstract, so the search over the
     * whole text ran for most documents and found nothing.
     */
    static boolean hasEtAl(String text) {
        for (int i = text.indexOf("et", 1); i >= 0; i = text.indexOf("et", i + 1)) {
            if (!CopulaCues.isRegexSpace(text.charAt(i - 1))) {
                continue;
            }
            int j = i + 2;
            while (j < text.length() && CopulaCues.isRegexSpace(text.charAt(j))) {
                j++;
            }
            if (j > i + 2 && text.startsWith("al", j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The surnames cited in {@code text}. */
    static Set<String> authors(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = ET_AL.matcher(text);
        boolean etAl = hasEtAl(text);
        while (etAl && m.find()) {
            names.add(m.group(1));
        }
        // Both need a year: most abstracts cite none, and a search over the whole text tries a name at every capital.
        for (Pattern p : hasYear(text) ? new Pattern[] {LIST_YEAR, IN_BRACKETS} : new Pattern[0]) {
            m = p.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        Matcher n = ONE_NAME.matcher(m.group(g));
                        while (n.find()) {
                            names.add(n.group());
                        }
                    }
                }
            }
        }
        names.removeIf(n -> n.equals("The") || n.equals("In") || n.equals("We") || n.equals("This"));
        return names;
    }
}
