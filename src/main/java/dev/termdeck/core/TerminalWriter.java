package dev.termdeck.core;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A {@link PrintWriter} for a terminal that lets no control sequence of untrusted text through (see {@link SafeText}):
 * every line termdeck prints, to standard output or standard error, in any command or view, goes through one.
 *
 * <ul>
 *   <li>{@code println(x)} prints {@code x} as one line ({@link SafeText#forTerminal}): a line break inside a value
 *   shows as {@code ␊} and cannot start a line of its own.
 *   <li>{@code printf} and {@code format} treat every text argument as a value (one line each) and the format as
 *   termdeck's own.
 *   <li>{@code print} and {@code write} keep line feeds and carriage returns (termdeck's help text, a progress bar)
 *   and show every other control.
 * </ul>
 *
 * Thread-safe as {@link PrintWriter} is.
 */
public final class TerminalWriter extends PrintWriter {
    private TerminalWriter(PrintWriter out) {
        super(out, true);
    }

    /** {@code out} behind a terminal writer ({@code out} itself when it is one). */
    public static TerminalWriter of(PrintWriter out) {
        return out instanceof TerminalWriter t ? t : new TerminalWriter(out);
    }

    @Override
    public void write(int c) {
        super.write(c == '\n' || c == '\r' ? c : SafeText.visible((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) {
        String safe = SafeText.forTerminalKeepingLines(s.substring(off, off + len));
        super.write(safe, 0, safe.length());
    }

    @Override
    public void println(String x) {
        synchronized (lock) {
            print(SafeText.forTerminal(x));
            println();
        }
    }

    @Override
    public void println(Object x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(char[] x) {
        println(new String(x));
    }

    @Override
    public PrintWriter format(String format, Object... args) {
        return super.format(format, values(args));
    }

    @Override
    public PrintWriter format(Locale l, String format, Object... args) {
        return super.format(l, format, values(args));
    }

    /** The arguments with every text value as one safe line; numbers and other formattable values as they are. */
    private static Object[] values(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CharSequence || out[i] instanceof Path) {
                out[i] = SafeText.forTerminal(out[i].toString());
            }
        }
        return out;
    }
}
