package dev.termdeck.extract.en;

/**
 * Absurdly long tokens taken out of English text before OpenNLP sees it. OpenNLP's tokenizer looks at every split
 * point of a token with features drawn from the whole token, so its time grows with the square of the token's
 * length: an unbroken run of 128 KB took 17 s, one of 1 MB did not finish. No term, short form or URL of a real text
 * is that long (the longest "word" of the shipped and development corpora, a LaTeX link, has 85 characters), so a
 * run of more than {@link #MAX_TOKEN} characters without white space is replaced by as many spaces: the text keeps
 * its length, and every offset into it stays true. Stateless.
 */
final class LongTokens {
    /** The longest run of non-space characters kept. */
    static final int MAX_TOKEN = 200;

    private LongTokens() {
    }

    /** {@code text} with every run of more than {@link #MAX_TOKEN} non-space characters blanked out. */
    static String blanked(String text) {
        StringBuilder out = null;
        int run = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space) {
                run = run < 0 ? i : run;
                continue;
            }
            if (run >= 0 && i - run > MAX_TOKEN) {
                out = out == null ? new StringBuilder(text) : out;
                for (int k = run; k < i; k++) {
                    out.setCharAt(k, ' ');
                }
            }
            run = -1;
        }
        return out == null ? text : out.toString();
    }
}
