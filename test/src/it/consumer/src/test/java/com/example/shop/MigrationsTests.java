package com.example.shop;

import dev.retort.test.RetortMigrationTests;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MigrationsTests implements RetortMigrationTests {
}
