package dev.retort.autoconfigure.slice;

import org.springframework.boot.SpringBootConfiguration;

/** The configuration {@code @JdbcTest} finds; the slice adds only its own auto-configurations. */
@SpringBootConfiguration
class SliceTestApplication {
}
