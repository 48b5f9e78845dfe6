package dev.retort.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void coldNoOpIsHeldToIssue16sLimitAndWarmToIssue3s() {
        List<Measurement> all = List.of(
                new Measurement(2, "postgresql, cold", Targets.RETORT, List.of(145.0)),
                new Measurement(2, "postgresql, cold", Targets.RAW, List.of(100.0)),
                new Measurement(2, "postgresql", Targets.RETORT, List.of(145.0)),
                new Measurement(2, "postgresql", Targets.RAW, List.of(100.0)));

        List<TargetResult> raw = Targets.evaluate(all).stream()
                .filter(t -> t.target().contains(Targets.RAW)).toList();

        assertThat(raw).extracting(TargetResult::database, TargetResult::limit)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("postgresql, cold", 1.4),
                        org.assertj.core.groups.Tuple.tuple("postgresql", 1.5));
    }
}
