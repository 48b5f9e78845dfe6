package dev.retort.sample;

import org.springframework.test.context.TestPropertySource;

/** On an in-memory H2 database, like the default file database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1")
class H2SampleApplicationTests extends SampleApplicationTests {
}
