package dev.retort.test.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the Spring tests of the kit boot: a DataSource and the Retort starter, nothing else. */
@SpringBootApplication
class KitTestApplication {
}
