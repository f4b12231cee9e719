package dev.termdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./termdeck study --plain} run as a user (or a script) runs it, fed through a pipe. Killed processes and
 * processes studying at once are in {@code dev.termdeck.reliability} ({@code CrashSafetyIT}, {@code ConcurrentStudyIT}).
 */
class StudyPlainIT {
    private static final String DECK = Path.of("src/test/resources/decks/ml-mini.deck.json").toAbsolutePath()
            .toString();

    @TempDir
    Path home;

    @Test
    void aPipedSessionSavesEveryAnswerAndEndsAtEndOfInput() throws Exception {
        Process p = start("--new", "3");
        try (OutputStream in = p.getOutputStream()) {
            in.write("\n3\n大型語言模型\n\ntu shen jing wang luo\n4\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(saved(out)).containsExactly("saved large-language-model good", "saved super-resolution again",
                "saved graph-neural-network easy");
        assertThat(rows("SELECT card || ' ' || grade || ' ' || coalesce(answer, '-') FROM review_log ORDER BY id"))
                .containsExactly("large-language-model 3 -", "super-resolution 1 大型語言模型",
                        "graph-neural-network 4 tu shen jing wang luo");
        assertThat(rows("SELECT card || ' ' || phase FROM card_state ORDER BY card")).containsExactly(
                "graph-neural-network review", "large-language-model learning", "super-resolution learning");
    }

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of("termdeck").toAbsolutePath().toString());
        cmd.add("study");
        cmd.add("--plain");
        cmd.add("--lang");
        cmd.add("en");
        cmd.addAll(List.of(args));
        cmd.add(DECK);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("TERMDECK_HOME", home.toString());
        return pb.start();
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("progress.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> saved(String out) {
        return out.lines().filter(l -> l.startsWith("saved ")).toList();
    }
}
