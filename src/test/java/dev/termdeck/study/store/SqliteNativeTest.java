package dev.termdeck.study.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteJDBCLoader;

class SqliteNativeTest {
    @Test
    void theRecordedDriverVersionIsTheDriverOnTheClasspath() {
        assertThat(SqliteNative.driverVersion()).isEqualTo(SQLiteJDBCLoader.getVersion());
    }
}
