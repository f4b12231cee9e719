package dev.termdeck.bench;

import dev.termdeck.corpus.CorpusReader;
import dev.termdeck.corpus.Document;
import dev.termdeck.core.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How the cost of {@code termdeck build} grows with the corpus ({@code termdeck bench build}): the corpus repeated
 * 1, 10, 100 times ({@link SyntheticCorpus}), each built in a child JVM as a user runs it ({@link BuildMemoryBench}:
 * wall time, peak resident memory), next to a two-document corpus (one English, one Chinese abstract) that shows the
 * fixed cost every build pays (JVM, OpenNLP models, HanLP dictionaries, glossary). Linear growth shows as a constant
 * cost per document above that fixed cost. Run by hand, not in CI.
 */
public final class BuildScaleBench {
    private BuildScaleBench() {
    }

    /**
     * What to measure.
     *
     * @param corpus     the corpus to scale
     * @param scales     how many times to repeat it, one build size each
     * @param runs       builds per size (the median is shown)
     * @param jvmOptions options for the child JVMs
     * @param largeMb    the size of the single large document built in each language (MiB of UTF-8), 0 for none
     * @param buildOptions options for every build ({@code --lang en})
     * @param launcher   the {@code termdeck} launcher script to start builds with, or {@code null} to start the JVM
     *                   directly
     * @param ceiling    whether to measure the raw OpenNLP ceiling over the same English text and compare
     */
    public record Options(Path corpus, List<Integer> scales, int runs, List<String> jvmOptions, double largeMb,
            List<String> buildOptions, Path launcher, boolean ceiling) {
        public Options(Path corpus, List<Integer> scales, int runs, List<String> jvmOptions) {
            this(corpus, scales, runs, jvmOptions, 0, List.of(), null, false);
        }

        public Options {
            scales = List.copyOf(scales);
            jvmOptions = List.copyOf(jvmOptions);
            buildOptions = List.copyOf(buildOptions);
        }
    }

    /**
     * One corpus size's figures.
     *
     * @param label     what was built ({@code 10×})
     * @param documents documents in the corpus
     * @param chars     characters of text in it
     * @param seconds   median wall time of the builds
     * @param peakMb    the largest peak resident set size over the builds, or -1 when unknown
     * @param output    what the last build printed
     * @param cpuSeconds median CPU time of the builds (user and system, all threads), or -1 when unknown
     * @param ratios    each build's wall time over the raw ceiling measured right after it (times the copies), empty
     *                  without {@code --ceiling}
     */
    public record Row(String label, int documents, long chars, double seconds, double peakMb, String output,
            double cpuSeconds, List<Double> ratios) {
        public Row {
            ratios = List.copyOf(ratios);
        }
    }

    /** Runs every size, printing a Markdown table and the cost per document to {@code out}; the rows. */
    public static List<Row> run(Options o, PrintWriter out) throws IOException, InterruptedException {
        List<Document> docs = new CorpusReader().read(o.corpus()).documents();
        List<String> english = docs.stream().filter(d -> d.lang() == Lang.EN).map(Document::text).toList();
        RawCeiling ceiling = o.ceiling() && !english.isEmpty() ? new RawCeiling(english) : null;
        Path tmp = Files.createTempDirectory("termdeck-bench-scale");
        try {
            out.printf(Locale.ROOT, "machine: %d cores, %.0f GiB, Java %s, load average %.1f; builds started by %s; "
                    + "child JVM options: %s; build options: %s%n%n",
                    Runtime.getRuntime().availableProcessors(), totalMemoryGib(), System.getProperty("java.version"),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    o.launcher() == null ? "java directly" : o.launcher(),
                    o.jvmOptions().isEmpty() ? "none" : String.join(" ", o.jvmOptions()),
                    o.buildOptions().isEmpty() ? "none" : String.join(" ", o.buildOptions()));
            out.println("| corpus | documents | characters | median wall time | CPU time | peak RSS | time / 1× | deck |");
            out.println("|---|---|---|---|---|---|---|---|");
            out.flush();
            if (ceiling != null) {
                ceiling.warm();
                out.printf(Locale.ROOT, "Raw OpenNLP ceiling warmed up: thread CPU time of each pass (JIT compiling time in brackets) %s%n%n",
                        ceiling.warmUpLine());
                out.flush();
            }
            List<Row> rows = new ArrayList<>();
            rows.add(measure("fixed cost (2 documents)", baseline(docs), 1, tmp.resolve("base"), o, Double.NaN, null,
                    out));
            Row own = builds("the corpus's own files", docs.size(), docs.stream().mapToLong(Document::chars).sum(),
                    o.corpus(), o, null, 0);
            print(own, "", out);
            List<Row> all = new ArrayList<>(List.of(rows.get(0), own));
            double once = Double.NaN;
            for (int k : o.scales()) {
                Row r = measure(k + "×", docs, k, tmp.resolve("x" + k), o, once, ceiling, out);
                once = k == 1 ? r.seconds() : once;
                rows.add(r);
                all.add(r);
            }
            for (Lang lang : Lang.values()) {
                if (o.largeMb() > 0 && docs.stream().anyMatch(d -> d.lang() == lang)) {
                    Path file = tmp.resolve("large-" + lang.code()).resolve("large.jsonl");
                    long chars = SyntheticCorpus.writeLarge(docs, lang, (long) (o.largeMb() * 1024 * 1024), file);
                    Row r = builds(String.format(Locale.ROOT, "one %s document of %.0f MB", lang == Lang.EN
                            ? "English" : "Chinese", o.largeMb()), 1, chars, file.getParent(), o, null, 0);
                    print(r, "", out);
                    all.add(r);
                }
            }
            perDocument(rows, out);
            stages(all, out);
            if (ceiling != null) {
                ceiling(ceiling, rows, out);
            }
            out.printf(Locale.ROOT, "%nload average at the end: %.1f%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.flush();
            return rows;
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Row measure(String label, List<Document> docs, int copies, Path dir, Options o, double once,
            RawCeiling ceiling, PrintWriter out) throws IOException, InterruptedException {
        SyntheticCorpus.write(docs, copies, dir.resolve("corpus.jsonl"));
        long chars = (long) copies * docs.stream().mapToLong(Document::chars).sum();
        Row row = builds(label, docs.size() * copies, chars, dir, o, ceiling, copies);
        print(row, label.equals("1×") ? "1.0×" : Double.isNaN(once) ? ""
                : String.format(Locale.ROOT, "%.1f×", row.seconds() / once), out);
        return row;
    }

    /**
     * Builds {@code corpus} {@code o.runs()} times: the median time, the largest peak, the last output; with a
     * {@code ceiling}, {@link #CEILING_PASSES} passes of it after each build, and that build's wall time over their
     * median times {@code copies}.
     */
    private static Row builds(String label, int documents, long chars, Path corpus, Options o, RawCeiling ceiling,
            int copies) throws IOException, InterruptedException {
        BuildMemoryBench bench = new BuildMemoryBench(corpus, o.jvmOptions(), o.buildOptions(), o.launcher());
        double[] seconds = new double[o.runs()];
        double[] cpu = new double[o.runs()];
        double peak = -1;
        String output = "";
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            BuildMemoryBench.Run run = bench.run();
            if (ceiling != null) {
                ratios.add(run.seconds() / (copies * ceiling.measure(CEILING_PASSES)));
            }
            seconds[i] = run.seconds();
            cpu[i] = run.cpuSeconds();
            peak = Math.max(peak, run.peakRssMb());
            output = run.output();
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        return new Row(label, documents, chars, seconds[seconds.length / 2], peak, output, cpu[cpu.length / 2],
                ratios);
    }

    private static void print(Row r, String relative, PrintWriter out) {
        out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f s | %s | %s | %s | %s |%n", r.label(), r.documents(),
                r.chars(), r.seconds(), r.cpuSeconds() < 0 ? "unknown"
                        : String.format(Locale.ROOT, "%.1f s", r.cpuSeconds()), r.peakMb() < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", r.peakMb()), relative,
                deckSummary(r.output()));
        out.flush();
    }

    /** The fixed cost and the cost per document of each size above it; constant when cost grows linearly. */
    private static void perDocument(List<Row> rows, PrintWriter out) {
        Row base = rows.get(0);
        Row one = rows.stream().filter(r -> r.label().equals("1×")).findFirst().orElse(null);
        out.println();
        out.printf(Locale.ROOT, "Fixed cost (a 2-document build): %.1f s.%n", base.seconds());
        for (Row r : rows.subList(1, rows.size())) {
            double ms = (r.seconds() - base.seconds()) * 1000 / Math.max(1, r.documents() - base.documents());
            out.printf(Locale.ROOT, "%s: %.1f ms a document above the fixed cost%s%n", r.label(), ms,
                    one == null || r == one ? "" : String.format(Locale.ROOT, "; %.1f× the time of 1×",
                            r.seconds() / one.seconds()));
        }
        out.flush();
    }

    /** Ceiling passes after each build of a size. */
    static final int CEILING_PASSES = 3;

    /**
     * The raw OpenNLP ceiling ({@link RawCeiling}: warmed until stable, then {@link #CEILING_PASSES} passes after each
     * build) against each size's whole build, JVM start included: each build over the passes made right after it,
     * the median of those ratios and their range.
     */
    private static void ceiling(RawCeiling ceiling, List<Row> rows, PrintWriter out) {
        double once = ceiling.seconds();
        out.println();
        out.printf(Locale.ROOT, "Raw OpenNLP ceiling, one warmed thread, the corpus's English text once (%,d tokens): "
                + "%s, %,.0f tokens/s.%n", ceiling.tokens(), ceiling.summary(), ceiling.tokens() / once);
        for (Row r : rows) {
            if (r.label().endsWith("×") && !r.ratios().isEmpty()) {
                int k = Integer.parseInt(r.label().substring(0, r.label().length() - 1));
                double[] ratios = r.ratios().stream().mapToDouble(Double::doubleValue).toArray();
                out.printf(Locale.ROOT, "%s: whole build %.1f s = %.2f× the ceiling's %.1f s; each build against "
                        + "the ceiling right after it: %.2f× median (%.2f-%.2f× over %d builds)%n", r.label(),
                        r.seconds(), r.seconds() / (k * once), k * once, RawCeiling.median(ratios),
                        RawCeiling.min(ratios), RawCeiling.max(ratios), ratios.length);
            }
        }
        out.flush();
    }

    /** One English and one Chinese document: a build that pays every fixed cost and extracts almost nothing. */
    private static List<Document> baseline(List<Document> docs) {
        List<Document> out = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            docs.stream().filter(d -> d.lang() == lang).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** "164 cards from 56 documents": the build's summary line without the scratch deck's path. */
    private static String deckSummary(String output) {
        String[] lines = output.strip().split("\n");
        for (String line : lines) {
            int colon = line.indexOf(".deck.json: ");
            if (colon >= 0) {
                return line.substring(colon + ".deck.json: ".length());
            }
        }
        return lines[lines.length - 1];
    }

    /** The stage times of each size's last build ({@code build --verbose}), one row each. */
    private static void stages(List<Row> rows, PrintWriter out) {
        out.println();
        out.println("Where the time went (wall time of each stage, last build of each size; `build --verbose`):");
        out.println();
        StringBuilder head = new StringBuilder("| corpus |");
        StringBuilder rule = new StringBuilder("|---|");
        for (dev.termdeck.extract.BuildStage s : dev.termdeck.extract.BuildStage.values()) {
            head.append(' ').append(s.label()).append(" |");
            rule.append("---|");
        }
        out.println(head.append(" total |"));
        out.println(rule.append("---|"));
        for (Row r : rows) {
            String line = r.output().lines().filter(l -> l.contains("stage times: ")).findFirst().orElse(null);
            if (line == null) {
                continue;
            }
            StringBuilder row = new StringBuilder("| ").append(r.label()).append(" |");
            for (String part : line.substring(line.indexOf("stage times: ") + "stage times: ".length()).split(", ")) {
                row.append(' ').append(part.substring(part.lastIndexOf(' ', part.length() - 3) + 1)).append(" |");
            }
            out.println(row);
        }
        out.flush();
    }

    private static double totalMemoryGib() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return Double.NaN;
    }
}
