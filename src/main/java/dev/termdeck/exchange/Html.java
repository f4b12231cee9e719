package dev.termdeck.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping plain text into HTML and back, as the Anki fields and the handout need. Stateless, thread-safe. */
public final class Html {
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(div|p|li)>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private Html() {
    }

    /** {@code text} as HTML text: {@code & < > "} escaped; line breaks become {@code <br>} when {@code breaks}. */
    public static String escape(String text, boolean breaks) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\r' -> {
                    if (!breaks) {
                        sb.append(c);
                    }
                }
                case '\n' -> sb.append(breaks ? "<br>" : "\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code text} escaped with line breaks as {@code <br>}. */
    public static String escape(String text) {
        return escape(text, true);
    }

    /**
     * Plain text from HTML: {@code <br>} and block ends become line breaks, other tags are dropped, entities are
     * decoded. Inverts {@link #escape(String)} exactly.
     */
    public static String toText(String html) {
        String s = BR.matcher(html).replaceAll("\n");
        s = BLOCK_END.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return decodeEntities(s).replace("\u00a0", " ").strip();
    }

    /**
     * Anki's text of a field for sorting and duplicate checks: tags dropped, entities decoded, nothing else
     * changed.
     */
    public static String stripTags(String html) {
        return decodeEntities(TAG.matcher(html).replaceAll(""));
    }

    /** Decodes named ({@code &amp;}, {@code &nbsp;}...) and numeric character references. */
    public static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> numeric(e);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String numeric(String e) {
        if (!e.startsWith("#")) {
            return null;
        }
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                    : Integer.parseInt(e.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
