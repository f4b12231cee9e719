package dev.termdeck.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteJDBCLoader;

class SqliteNativeTest {
    @Test
    void theRecordedDriverVersionIsTheDriverOnTheClasspath() {
        assertThat(SqliteNative.driverVersion()).isEqualTo(SQLiteJDBCLoader.getVersion());
    }
}
