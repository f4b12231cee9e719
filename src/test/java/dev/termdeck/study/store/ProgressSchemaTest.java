package dev.termdeck.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressSchemaTest {
    @Test
    void eachScriptSplitsIntoWholeStatementsWithoutItsComments() {
        for (int v = 1; v <= ProgressSchema.VERSION; v++) {
            List<String> statements = ProgressSchema.statements(v);
            assertThat(statements).isNotEmpty().allSatisfy(sql -> {
                assertThat(sql).endsWith(";").doesNotContain("--");
                assertThat(sql.indexOf(';')).isEqualTo(sql.length() - 1); // one statement, whole
            });
        }
        assertThat(ProgressSchema.statements(2)).singleElement().asString().startsWith("CREATE TABLE card_mark");
    }

    @Test
    void aVersionWithNoScriptIsAFaultOfTheBuild() {
        assertThatThrownBy(() -> ProgressSchema.statements(ProgressSchema.VERSION + 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing from the build");
    }
}
