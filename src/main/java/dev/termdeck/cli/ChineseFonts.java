package dev.termdeck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether this machine has a font for Chinese, asked of fontconfig ({@code fc-list :lang=zh family}, found on the
 * {@code PATH} of the environment given), so that a handout export can say, before it is printed, that its Chinese
 * would show as boxes. Unknown (no fontconfig, or it failed) is not "missing". Stateless.
 */
final class ChineseFonts {
    private ChineseFonts() {
    }

    /** True when fontconfig says no font covers Chinese; false when one does or it cannot be told. */
    static boolean missing(Map<String, String> env) {
        Optional<Path> fcList = onPath(env.getOrDefault("PATH", ""), "fc-list");
        if (fcList.isEmpty()) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(fcList.get().toString(), ":lang=zh", "family").redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && out.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<Path> onPath(String path, String name) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }
}
