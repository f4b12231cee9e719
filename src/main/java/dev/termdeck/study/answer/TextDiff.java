package dev.termdeck.study.answer;

import java.util.ArrayList;
import java.util.List;

/** A character diff (longest common subsequence, by code point, ignoring case). Stateless. */
final class TextDiff {
    /** Answers are short; beyond this the diff is "all extra, all missing" rather than quadratic work. */
    private static final int MAX_LENGTH = 2_000;

    private TextDiff() {
    }

    /** The segments turning {@code typed} into {@code expected}. */
    static List<DiffSegment> diff(String typed, String expected) {
        int[] a = typed.codePoints().toArray();
        int[] b = expected.codePoints().toArray();
        List<DiffSegment> out = new ArrayList<>();
        if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) {
            add(out, DiffSegment.Kind.EXTRA, a, 0, a.length);
            add(out, DiffSegment.Kind.MISSING, b, 0, b.length);
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && same(a[i], b[j])) {
                append(out, DiffSegment.Kind.SAME, b[j]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(out, DiffSegment.Kind.MISSING, b[j++]);
            } else {
                append(out, DiffSegment.Kind.EXTRA, a[i++]);
            }
        }
        return out;
    }

    private static boolean same(int x, int y) {
        return x == y || Character.toLowerCase(x) == Character.toLowerCase(y);
    }

    private static void add(List<DiffSegment> out, DiffSegment.Kind kind, int[] cps, int from, int to) {
        if (to > from) {
            out.add(new DiffSegment(kind, new String(cps, from, to - from)));
        }
    }

    private static void append(List<DiffSegment> out, DiffSegment.Kind kind, int cp) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).kind() == kind) {
            out.set(last, new DiffSegment(kind, out.get(last).text() + Character.toString(cp)));
        } else {
            out.add(new DiffSegment(kind, Character.toString(cp)));
        }
    }
}
