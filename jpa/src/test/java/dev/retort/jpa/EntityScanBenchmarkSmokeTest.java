package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity-scan harness on a small model: it generates, compiles, finds every entity and gets Hibernate's DDL. No timing is asserted. */
class EntityScanBenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void theHarnessRunsOnASmallModel() throws Exception {
        EntityScanBenchmark.Result result = EntityScanBenchmark.run(dir, 10, 1);
        assertThat(result.entities()).isEqualTo(10);
        assertThat(result.classFiles()).isEqualTo(22);
    }
}
