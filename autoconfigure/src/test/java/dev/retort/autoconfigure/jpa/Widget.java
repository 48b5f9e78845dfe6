package dev.retort.autoconfigure.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Maps the table the test revisions create, so Hibernate would drop it under ddl-auto=create-drop. */
@Entity
public class Widget {

    @Id
    private Long id;

    private String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
