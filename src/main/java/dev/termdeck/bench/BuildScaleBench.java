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
     */
    public record Options(Path corpus, List<Integer> scales, int runs, List<String> jvmOptions) {
        public Options {
            scales = List.copyOf(scales);
            jvmOptions = List.copyOf(jvmOptions);
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
     */
    public record Row(String label, int documents, long chars, double seconds, double peakMb, String output) {
    }

    /** Runs every size, printing a Markdown table and the cost per document to {@code out}; the rows. */
    public static List<Row> run(Options o, PrintWriter out) throws IOException, InterruptedException {
        List<Document> docs = new CorpusReader().read(o.corpus()).documents();
        Path tmp = Files.createTempDirectory("termdeck-bench-scale");
        try {
            out.printf(Locale.ROOT, "machine: %d cores, %.0f GiB, Java %s, load average %.1f; child JVM options: %s%n%n",
                    Runtime.getRuntime().availableProcessors(), totalMemoryGib(), System.getProperty("java.version"),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    o.jvmOptions().isEmpty() ? "none" : String.join(" ", o.jvmOptions()));
            out.println("| corpus | documents | characters | median wall time | peak RSS | time / 1× | deck |");
            out.println("|---|---|---|---|---|---|---|");
            out.flush();
            List<Row> rows = new ArrayList<>();
            rows.add(measure("fixed cost (2 documents)", baseline(docs), 1, tmp.resolve("base"), o, Double.NaN, out));
            print(builds("the corpus's own files", docs.size(), docs.stream().mapToLong(Document::chars).sum(),
                    o.corpus(), o), "", out);
            double once = Double.NaN;
            for (int k : o.scales()) {
                Row r = measure(k + "×", docs, k, tmp.resolve("x" + k), o, once, out);
                once = k == 1 ? r.seconds() : once;
                rows.add(r);
            }
            perDocument(rows, out);
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
            PrintWriter out) throws IOException, InterruptedException {
        SyntheticCorpus.write(docs, copies, dir.resolve("corpus.jsonl"));
        long chars = (long) copies * docs.stream().mapToLong(Document::chars).sum();
        Row row = builds(label, docs.size() * copies, chars, dir, o);
        print(row, label.equals("1×") ? "1.0×" : Double.isNaN(once) ? ""
                : String.format(Locale.ROOT, "%.1f×", row.seconds() / once), out);
        return row;
    }

    /** Builds {@code corpus} {@code o.runs()} times: the median time, the largest peak, the last output. */
    private static Row builds(String label, int documents, long chars, Path corpus, Options o)
            throws IOException, InterruptedException {
        BuildMemoryBench bench = new BuildMemoryBench(corpus, o.jvmOptions());
        double[] seconds = new double[o.runs()];
        double peak = -1;
        String output = "";
        for (int i = 0; i < seconds.length; i++) {
            BuildMemoryBench.Run run = bench.run();
            seconds[i] = run.seconds();
            peak = Math.max(peak, run.peakRssMb());
            output = run.output();
        }
        Arrays.sort(seconds);
        return new Row(label, documents, chars, seconds[seconds.length / 2], peak, output);
    }

    private static void print(Row r, String relative, PrintWriter out) {
        out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f s | %s | %s | %s |%n", r.label(), r.documents(), r.chars(),
                r.seconds(), r.peakMb() < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", r.peakMb()), relative,
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

    /** One English and one Chinese document: a build that pays every fixed cost and extracts almost nothing. */
    private static List<Document> baseline(List<Document> docs) {
        List<Document> out = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            docs.stream().filter(d -> d.lang() == lang).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** "164 cards from 56 documents": the build's last line without the scratch deck's path. */
    private static String deckSummary(String output) {
        String[] lines = output.strip().split("\n");
        String last = lines[lines.length - 1];
        int colon = last.indexOf(".deck.json: ");
        return colon < 0 ? last : last.substring(colon + ".deck.json: ".length());
    }

    private static double totalMemoryGib() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return Double.NaN;
    }
}
