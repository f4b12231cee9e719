package dev.termdeck.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX markup that abstracts carry into web pages and JSON, turned into the plain text it marks: a styling command
 * keeps its argument ({@code \textbf{Micro-Navigation Economic Testbed}} gives "Micro-Navigation Economic Testbed"),
 * inline math loses its dollar signs ({@code $\textit{global}$} gives "global", {@code $f$-divergence} gives
 * "f-divergence"), escaped characters lose their backslash ({@code 3.3\%}). Commands whose backslash a JSON writer
 * read as an escape ({@code \t} of {@code \textsf} written as a tab, {@code \b}, {@code \f}, {@code \r}) are
 * recognised by the command name after the control character. Other commands ({@code \alpha}) are left as they are;
 * the extractors take no word with a backslash. Stateless; thread-safe.
 */
final class LatexMarkup {
    /** A control character that stood for the backslash and first letter of a command ("\t" of "\textsf{"). */
    private static final Pattern MANGLED = Pattern.compile("([\\t\\u0008\\f\\r])([a-z]{1,15}\\{)");
    /** A command that only styles its one argument; innermost first (no brace inside). */
    private static final Pattern STYLE = Pattern.compile("\\\\(?:text(?:bf|it|sf|tt|sc|rm|up|sl|normal)?|emph"
            + "|math(?:rm|bf|it|sf|tt|cal|bb|frak|scr)|boldsymbol|bm|operatorname|underline|mbox|textsuperscript"
            + "|textsubscript)\\s*\\{([^{}]*)}");
    /** {@code \href{url}{text}}: the text. */
    private static final Pattern HREF = Pattern.compile("\\\\href\\{[^{}]*}\\{([^{}]*)}");
    /** Footnotes, citations, links and labels: nothing of the sentence. */
    private static final Pattern DROPPED = Pattern.compile("\\\\(?:footnote|cite[tp]?|url|label|ref)\\{[^{}]*}");
    /** Inline math whose content neither starts nor ends with a space (so "$5 and $10" stays as it is). */
    private static final Pattern MATH = Pattern.compile("\\$(?!\\s)([^$\\n]{1,120}?)(?<![\\s\\\\])\\$");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([%&_#{}$])");

    private LatexMarkup() {
    }

    /** {@code line} with its LaTeX markup as plain text; the same string when it has none. */
    static String strip(String line) {
        if (line.indexOf('\\') < 0 && line.indexOf('$') < 0 && !hasMangledCommand(line)) {
            return line;
        }
        String s = MANGLED.matcher(line).replaceAll(m -> Matcher.quoteReplacement("\\" + switch (m.group(1)) {
            case "\t" -> "t";
            case "\b" -> "b";
            case "\f" -> "f";
            default -> "r";
        } + m.group(2)));
        s = HREF.matcher(s).replaceAll("$1");
        s = DROPPED.matcher(s).replaceAll("");
        for (int round = 0; round < 4; round++) {
            String next = STYLE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        s = MATH.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return ESCAPED.matcher(s).replaceAll("$1");
    }

    private static boolean hasMangledCommand(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '\b' || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
