package dev.retort.autoconfigure.slice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

@JdbcTest
class JdbcTestSliceTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJdbcTestSliceRunsTheMigration() {
        assertThat(jdbc.queryForObject("SELECT name FROM widget WHERE id = 1", String.class)).isEqualTo("sprocket");
    }
}
