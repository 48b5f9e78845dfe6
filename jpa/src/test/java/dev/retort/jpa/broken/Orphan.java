package dev.retort.jpa.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

/** {@code mappedBy} names an attribute that does not exist: Hibernate refuses the mapping. */
@Entity
public class Orphan {

    @Id
    private Long id;

    @OneToMany(mappedBy = "nobody")
    private List<Orphan> children;
}
