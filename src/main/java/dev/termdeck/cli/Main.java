package dev.termdeck.cli;

import dev.termdeck.core.TermdeckException;
import dev.termdeck.core.TerminalWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Entry point: parses the command line, runs the command, maps errors to one line on stderr and an exit code
 * (0 ok, 1 runtime error, 2 usage error). The only place that calls {@link System#exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(CliContext.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs termdeck with {@code args} in {@code context}, writing to {@code out} and {@code err}; the exit code. */
    public static int run(CliContext context, PrintWriter terminalOut, PrintWriter terminalErr, String... args) {
        // Every line printed, by any command or view, goes through the one sanitiser: no field of a deck, an import
        // or a file name reaches the terminal as a control sequence.
        PrintWriter out = TerminalWriter.of(terminalOut);
        PrintWriter err = TerminalWriter.of(terminalErr);
        String[] routed = withDefaultCommand(args);
        // Reading the decks and opening the progress database overlap building picocli's model and parsing.
        StudyHeadStart headStart = StudyHeadStart.start(context.dirs(), routed);
        try {
            if (args.length == 0) {
                // The everyday command, with nothing to parse: no picocli model to build (reflection over every
                // option's annotations, about a tenth of a second of the learner's wait for the first card).
                return studyWithSavedSettings(context, out, err, headStart);
            }
            String stray = strayWord(context, args);
            if (stray != null) {
                return report(TermdeckException.badRequest(notACommand(context, stray)), err, false);
            }
            CommandLine cli = commandLine(context, commandNamed(routed), headStart);
            cli.setOut(out);
            cli.setErr(err);
            return cli.execute(routed);
        } finally {
            headStart.discardUnused();
        }
    }

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(StudyCommand.class, CorpusCommand.class, BuildCommand.class,
            EvalCommand.class, KeyphrasesCommand.class, ExportCommand.class, ImportCommand.class, MergeCommand.class, BenchCommand.class);

    /**
     * The configured command line with the subcommand {@code only}, or with every subcommand when {@code only} is
     * {@code null} (help, version). Building picocli's model of a command costs start-up time (annotations read by
     * reflection for every option), so a run builds only the command it runs.
     */
    static CommandLine commandLine(CliContext context, String only) {
        return commandLine(context, only, StudyHeadStart.NONE);
    }

    private static CommandLine commandLine(CliContext context, String only, StudyHeadStart headStart) {
        CommandLine cli = new CommandLine(new TermdeckCommand(), new ContextFactory(context, headStart));
        for (Class<?> c : COMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, c);
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        // Help is plain text: no escape sequences, so that the terminal writer has none to show as symbols.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler(Main::handleExecutionException);
        cli.setParameterExceptionHandler(Main::handleParameterException);
        return cli;
    }

    /**
     * Study is the default command: {@code termdeck}, {@code termdeck --lang zh} and {@code termdeck my.deck.json}
     * all study. Arguments that start with a command name, or ask for help or the version, are left alone.
     */
    static String[] withDefaultCommand(String[] args) {
        String first = firstWord(args);
        if (first != null && (COMMAND_NAMES.contains(first) || ROOT_OPTIONS.contains(first))) {
            return args;
        }
        List<String> next = new ArrayList<>();
        next.add("study");
        next.addAll(Arrays.asList(args));
        return next.toArray(String[]::new);
    }

    /**
     * The first argument when it is a bare word that names neither a command nor a deck nor a file (so that
     * {@code termdeck biuld} is not read as studying a deck called "biuld"), else {@code null}.
     */
    static String strayWord(CliContext context, String[] args) {
        String first = firstWord(args);
        if (first == null || COMMAND_NAMES.contains(first) || ROOT_OPTIONS.contains(first)
                || !first.matches("[\\p{L}][\\p{L}\\p{N}_-]*") || first.endsWith(".json")) {
            return null;
        }
        java.nio.file.Path decks = context.dirs().defaultDecksDir();
        if (java.nio.file.Files.exists(context.dirs().workDir().resolve(first))
                || java.nio.file.Files.exists(decks.resolve(first + ".deck.json"))) {
            return null;
        }
        return first;
    }

    /** The one-line error for a word that is neither a command nor a deck: the nearest command, when one is near. */
    private static String notACommand(CliContext context, String word) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (String c : COMMAND_NAMES.stream().sorted().toList()) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c);
            if (d < best) {
                best = d;
                nearest = c;
            }
        }
        if (best <= Math.max(1, word.length() / 3)) {
            return "'" + word + "' is not a command; did you mean '" + nearest + "'? ('termdeck --help' lists the"
                    + " commands)";
        }
        return "'" + word + "' is neither a command nor a deck in " + context.dirs().defaultDecksDir()
                + " ('termdeck --help' lists the commands: " + String.join(", ", COMMAND_NAMES.stream().sorted()
                        .toList()) + ")";
    }

    /** Optimal string alignment distance: edits, with two neighbours swapped counting as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** The command that routed arguments run, or {@code null} for help and version (which need every command). */
    private static String commandNamed(String[] routed) {
        String first = firstWord(routed);
        return COMMAND_NAMES.contains(first) ? first : null;
    }

    private static String firstWord(String[] args) {
        for (String a : args) {
            if (!a.equals("--debug")) {
                return a;
            }
        }
        return null;
    }

    /**
     * The names of {@link #COMMANDS}, spelled out rather than read from their annotations: reading an annotation
     * builds a proxy class, a few tens of milliseconds before anything else can start (a test keeps them in step).
     */
    static final java.util.Set<String> COMMAND_NAMES = java.util.Set.of("study", "corpus", "build", "eval",
            "keyphrases", "export", "import", "merge", "bench");

    /** The options of termdeck itself: help and version. */
    static final java.util.Set<String> ROOT_OPTIONS = java.util.Set.of("-h", "--help", "-V", "--version");

    /** {@code termdeck} alone: {@code study} with no options, as picocli would run it, errors reported the same. */
    private static int studyWithSavedSettings(CliContext context, PrintWriter out, PrintWriter err,
            StudyHeadStart headStart) {
        try {
            return new StudyCommand(context, headStart, out).call();
        } catch (Exception e) {
            return report(e, err, false);
        }
    }

    private static int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        return report(ex, cmd.getErr(), debugRequested(parsed));
    }

    /** One line on {@code err} for a command's failure (and the stack trace with {@code --debug}); the exit code. */
    private static int report(Exception ex, PrintWriter err, boolean debug) {
        String line = Failure.line(ex);
        if (line != null) {
            err.println("termdeck: " + line);
        } else {
            err.println("termdeck: internal error: " + ex
                    + (debug ? "" : " (run again with --debug for the stack trace)"));
        }
        int code = Failure.exitCode(ex);
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
        cmd.getErr().flush();
        return Failure.USAGE;
    }

    private static boolean debugRequested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
