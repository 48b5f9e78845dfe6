package dev.retort.test.jpa.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Data JPA application: its entities are in this package, where Spring Boot (and Retort) look for them. */
@SpringBootApplication
public class ShopApplication {
}
