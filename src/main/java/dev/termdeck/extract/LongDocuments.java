package dev.termdeck.extract;

import dev.termdeck.corpus.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Long documents extracted in pieces. Part of what an extractor does grows faster than the text (a short form's
 * later mentions are looked for in the rest of the text, a term is compared with the longer terms of its document),
 * which is nothing for an abstract and hangs a build on a book-sized document. So a document longer than
 * {@link #MAX_PIECE} characters is cut into pieces of at most that length, at a paragraph break where there is one,
 * else at a sentence end, else at a space, else anywhere (never inside a surrogate pair); each piece is extracted as a
 * document of its own (its title only with the first piece), on any worker thread, and the pieces' candidates are
 * merged back into one list per document ({@link #merge}). An abstract or an article up to the limit (the longest of
 * the shipped and development corpora has 10,000 characters) is never cut, so its candidates are exactly what the
 * extractor makes of it. Stateless.
 */
public final class LongDocuments {
    /** The most characters (UTF-16 units) extracted at once: five times the longest document of the corpora. */
    public static final int MAX_PIECE = 50_000;

    /** A piece of a document: a document of its own, and where its text starts in the whole document's text. */
    public record Piece(Document doc, int offset) {
    }

    private LongDocuments() {
    }

    /** {@code doc} in pieces of at most {@code max} characters; the document itself when it is no longer. */
    public static List<Piece> split(Document doc, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, was " + max);
        }
        String text = doc.text();
        if (text.length() <= max) {
            return List.of(new Piece(doc, 0));
        }
        List<Piece> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = text.length() - from <= max ? text.length() : cut(text, from, from + max);
            String piece = text.substring(from, to);
            if (!piece.isBlank()) {
                out.add(new Piece(new Document(doc.id(), doc.source(), doc.lang(), out.isEmpty() ? doc.title() : null,
                        piece, doc.paper()), from));
            }
            from = to;
        }
        return out;
    }

    /** Where to end a piece starting at {@code from} that may not reach past {@code limit}. */
    private static int cut(String text, int from, int limit) {
        int floor = from + (limit - from) / 2;
        int at = text.lastIndexOf("\n\n", limit - 2);
        if (at >= floor) {
            return at + 2;
        }
        at = text.lastIndexOf('\n', limit - 1);
        if (at >= floor) {
            return at + 1;
        }
        for (int k = limit - 1; k >= floor; k--) {
            char c = text.charAt(k);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(k + 1))
                    || c == '。' || c == '！' || c == '？' || c == '；') {
                return k + 1;
            }
        }
        for (int k = limit - 1; k >= floor; k--) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /**
     * One document's candidates from its pieces' candidates (in piece order): one candidate per key, with the form,
     * context and counterpart of its first piece, its occurrences added up, the first short form, gloss and
     * definition found, every surface form, the first occurrence's offset in the whole text, and the highest
     * termhood any piece gave it. Candidates come in order of first appearance (piece, then extractor order).
     */
    public static List<TermCandidate> merge(List<Piece> pieces, List<List<TermCandidate>> found) {
        if (pieces.size() != found.size()) {
            throw new IllegalArgumentException(pieces.size() + " pieces but " + found.size() + " results");
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        Map<String, Merged> byKey = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            int offset = pieces.get(i).offset();
            for (TermCandidate c : found.get(i)) {
                byKey.computeIfAbsent(c.key(), k -> new Merged(c)).add(c, offset);
            }
        }
        List<TermCandidate> out = new ArrayList<>(byKey.size());
        for (Merged m : byKey.values()) {
            out.add(m.candidate());
        }
        return out;
    }

    /** The candidates of one key across pieces, while merging. */
    private static final class Merged {
        private final TermCandidate first;
        private final Set<String> forms = new LinkedHashSet<>();
        private String abbr;
        private String gloss;
        private String definition;
        private int start = Integer.MAX_VALUE;
        private int frequency;
        private double termhood;

        Merged(TermCandidate first) {
            this.first = first;
        }

        void add(TermCandidate c, int offset) {
            forms.add(c.text());
            forms.addAll(c.variants());
            abbr = abbr != null ? abbr : c.abbr();
            gloss = gloss != null ? gloss : c.gloss();
            definition = definition != null ? definition : c.definition();
            start = Math.min(start, offset + c.start());
            frequency += c.frequency();
            termhood = Math.max(termhood, c.termhood());
        }

        TermCandidate candidate() {
            forms.remove(first.text());
            return new TermCandidate(first.lang(), first.key(), first.text(), List.copyOf(forms), abbr, gloss,
                    definition, first.context(), first.docId(), start, frequency, termhood, first.counterpart());
        }
    }
}
