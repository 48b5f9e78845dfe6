package dev.retort.jpa.mentions;

import jakarta.persistence.Entity;

@Mentions(Entity.class)
public class NotAnEntity {
}
