package dev.termdeck.testing;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a program of the machine (tmux, Node.js, unshare): on a developer's machine a missing one
 * skips the test with a message; under CI ({@code CI=true}), where {@code .ci/run} installs every such program, it
 * fails the test, so that a green CI run never hides tests that did not run.
 */
public final class Requires {
    private Requires() {
    }

    /**
     * Skips (or, under CI, fails) the calling test unless {@code available}.
     *
     * @param what what is missing and how to get it, for the message
     */
    public static void tool(boolean available, String what) {
        tool(available, what, System.getenv());
    }

    /** Like {@link #tool(boolean, String)}, under the environment {@code env}. */
    static void tool(boolean available, String what, Map<String, String> env) {
        if (available) {
            return;
        }
        if ("true".equalsIgnoreCase(env.get("CI"))) {
            Assertions.fail("CI=true and " + what + " (.ci/run installs it)");
        }
        Assumptions.abort("skipped: " + what);
    }
}
