package dev.termdeck.reliability;

import dev.termdeck.cli.CliContext;
import dev.termdeck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A separate process that runs {@code termdeck import} again and again (in its own JVM, through {@link Main#run}, as
 * the command line does), each time importing one new card {@code probe TAG N} into a deck, and prints
 * {@code ack TAG N} after each import that succeeded: what a user would take as done. It stops after COUNT imports,
 * or as soon as the file STOP exists. Arguments: the deck (name or file), TAG, COUNT, STOP. The working directory is
 * the process's.
 */
public final class ImportLoop {
    private ImportLoop() {
    }

    public static void main(String[] args) throws Exception {
        String deck = args[0];
        String tag = args[1];
        int count = Integer.parseInt(args[2]);
        Path stop = Path.of(args[3]);
        Path dir = Files.createDirectories(Path.of("imports-" + tag));
        for (int n = 1; n <= count && !Files.exists(stop); n++) {
            Path file = dir.resolve("probe-" + n + ".csv");
            Files.writeString(file, "term_en\nprobe " + tag + " " + n + "\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(CliContext.system(), new PrintWriter(out), new PrintWriter(err), "import",
                    file.toString(), "-o", deck);
            if (code == 0) {
                System.out.println("ack " + tag + " " + n);
            } else {
                System.err.print(err);
            }
            System.out.flush();
        }
    }
}
