package dev.termdeck.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiresTest {
    @Test
    void aMissingProgramSkipsOnADevelopersMachine() {
        assertThatThrownBy(() -> Requires.tool(false, "tmux is not installed", Map.of()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("tmux is not installed");
    }

    @Test
    void aMissingProgramFailsUnderCi() {
        assertThatThrownBy(() -> Requires.tool(false, "tmux is not installed", Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("tmux is not installed");
    }

    @Test
    void aProgramThatIsThereLetsTheTestRun() {
        assertThatCode(() -> Requires.tool(true, "tmux", Map.of("CI", "true"))).doesNotThrowAnyException();
    }
}
