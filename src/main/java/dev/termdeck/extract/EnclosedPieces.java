package dev.termdeck.extract;

import dev.termdeck.core.Lang;
import dev.termdeck.corpus.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops an English candidate that its document writes only inside one longer kept candidate: "Encryption Standard"
 * where the text says "the Advanced Encryption Standard (AES)" and nothing else, "automation system" where it says
 * only "building automation system". The piece is a name cut short, whatever its score: {@link InnerPhrases} keeps
 * the head of a longer candidate ("Gaussian distribution" of "asymptotically Gaussian distribution") because a head
 * usually stands on its own elsewhere in the text, and this one never does. On the Inspec tune split 19 kept
 * candidates were such pieces and 3 of them matched an indexer's keyphrase, against 51% of the other kept terms
 * (docs/QUALITY.md, Precision). A piece the text abbreviates or defines stays, as in {@link InnerPhrases}; so does one seen inside two
 * different longer candidates ("model selection" in "LDA model selection" and "model selection criterion"), which is
 * a term of its own. Words are compared in lower case, split at anything but a letter or a digit, each without a
 * plural ending. Stateless.
 */
final class EnclosedPieces {
    private EnclosedPieces() {
    }

    /** {@code bestFirst}, a document's kept candidates, without the English ones {@code doc} writes only inside one. */
    static List<ScoredCandidate> drop(List<ScoredCandidate> bestFirst, Document doc) {
        List<List<String>> words = new ArrayList<>(bestFirst.size());
        for (ScoredCandidate s : bestFirst) {
            words.add(s.candidate().lang() == Lang.EN ? words(s.candidate().text()) : List.of());
        }
        List<String> text = null;
        Set<Integer> dropped = new HashSet<>();
        for (int a = 0; a < bestFirst.size(); a++) {
            TermCandidate piece = bestFirst.get(a).candidate();
            if (piece.lang() != Lang.EN || piece.abbr() != null || piece.definition() != null || words.get(a).isEmpty()) {
                continue;
            }
            for (int b = 0; b < bestFirst.size() && !dropped.contains(a); b++) {
                if (b == a || words.get(b).size() <= words.get(a).size() || indexOf(words.get(b), words.get(a), 0) < 0) {
                    continue;
                }
                if (text == null) {
                    text = words((doc.title() == null ? "" : doc.title() + " . ") + doc.text());
                }
                if (onlyInside(text, words.get(a), words.get(b))) {
                    dropped.add(a);
                }
            }
        }
        if (dropped.isEmpty()) {
            return bestFirst;
        }
        List<ScoredCandidate> kept = new ArrayList<>(bestFirst.size() - dropped.size());
        for (int i = 0; i < bestFirst.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(bestFirst.get(i));
            }
        }
        return kept;
    }

    /** Whether {@code piece} occurs in {@code text}, and every occurrence lies inside an occurrence of {@code whole}. */
    static boolean onlyInside(List<String> text, List<String> piece, List<String> whole) {
        List<int[]> wholes = new ArrayList<>();
        for (int i = indexOf(text, whole, 0); i >= 0; i = indexOf(text, whole, i + 1)) {
            wholes.add(new int[] {i, i + whole.size()});
        }
        boolean seen = false;
        for (int i = indexOf(text, piece, 0); i >= 0; i = indexOf(text, piece, i + 1)) {
            seen = true;
            int start = i;
            if (wholes.stream().noneMatch(w -> w[0] <= start && start + piece.size() <= w[1])) {
                return false;
            }
        }
        return seen;
    }

    /** The first index at or after {@code from} where {@code words} holds {@code part} word for word, or -1. */
    private static int indexOf(List<String> words, List<String> part, int from) {
        outer:
        for (int i = from; i + part.size() <= words.size(); i++) {
            for (int j = 0; j < part.size(); j++) {
                if (!words.get(i + j).equals(part.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The words of {@code s}: runs of letters and digits, lower-cased, each without a plural ending. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean in = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(singular(s.substring(start, i).toLowerCase(Locale.ROOT)));
                start = -1;
            }
        }
        return out;
    }

    /** "-ies" as "-y", "-ses", "-xes", "-ches", "-shes" less "es", else a final "s" dropped (not "-ss", "-us", "-is"). */
    private static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        for (String e : new String[] {"ses", "xes", "ches", "shes"}) {
            if (w.endsWith(e)) {
                return w.substring(0, n - 2);
            }
        }
        return w.substring(0, n - 1);
    }
}
