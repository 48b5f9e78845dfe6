package dev.retort.jpa.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Hibernate's default sequence for the entity ({@code invoice_line_seq}, allocation 50). */
@Entity
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private String label;

    @ManyToOne(optional = false)
    private Invoice invoice;
}
