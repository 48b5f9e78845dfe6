package dev.retort.autoconfigure.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A web application with Actuator and the starter, booted by the endpoint tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
class WebTestApplication {
}
