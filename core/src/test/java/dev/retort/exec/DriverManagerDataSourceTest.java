package dev.retort.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The driver of a well-known URL is loaded by name; every other URL keeps DriverManager's route and errors. */
class DriverManagerDataSourceTest {

    @Test
    void wellKnownUrlGetsItsDriverByName() throws SQLException {
        assertThat(DriverManagerDataSource.wellKnownDriver("jdbc:h2:mem:dmds")).isInstanceOf(org.h2.Driver.class);
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:dmds", "sa", "secretPW1");
        try (Connection c = ds.getConnection()) {
            assertThat(c.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:dmds");
            assertThat(c.getMetaData().getUserName()).isEqualToIgnoringCase("sa");
        }
    }

    @Test
    void otherUrlsTakeTheDriverManagerRoute() {
        assertThat(DriverManagerDataSource.wellKnownDriver("jdbc:nosuchdb://host/db")).isNull();
        assertThat(DriverManagerDataSource.wellKnownDriver(null)).isNull();
        assertThat(DriverManagerDataSource.wellKnownDriver("jdbc:postgresql://127.0.0.1:1/db"))
                .isInstanceOf(org.postgresql.Driver.class);
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:nosuchdb://u:wrongPW123@host/db", null, null);
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("No suitable driver");
    }

    @Test
    void unknownUrlWithDriverLoaderKeepsItsMessageAndMasksThePassword() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:nosuchdb://u:wrongPW123@host/db", null, null,
                getClass().getClassLoader());
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class)
                .hasMessageStartingWith("No JDBC driver for ").hasMessageNotContaining("wrongPW123");
    }
}
