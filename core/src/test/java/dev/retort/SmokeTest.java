package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmokeTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Test
    void upgradesToHeadAndBackToBase() {
        Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:graphs/branched").load();
        assertThat(retort.upgrade("heads").steps()).hasSize(6);
        assertThat(retort.current().current()).extracting(s -> s.revision()).containsExactly("eeee0001");
        assertThat(retort.downgrade("base").steps()).hasSize(6);
        assertThat(retort.current().current()).isEmpty();
    }
}
