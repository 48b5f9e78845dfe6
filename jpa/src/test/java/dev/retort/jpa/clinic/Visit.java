package dev.retort.jpa.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** The attending vets use an implicitly named join table (Spring Boot's naming: {@code visits_attending_vets}). */
@Entity
@Table(name = "visits")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDateTime visitDate;

    private String description;

    @Enumerated(EnumType.ORDINAL)
    private VisitStatus status = VisitStatus.BOOKED;

    @ManyToOne(optional = false)
    private Pet pet;

    @ManyToMany
    private Set<Vet> attendingVets = new HashSet<>();
}
