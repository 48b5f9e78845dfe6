package dev.retort.test.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Purchase {

    enum Status { NEW, PAID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Status status;

    @Column(precision = 10, scale = 2)
    BigDecimal total;
}
