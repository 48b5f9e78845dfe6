package dev.retort.test.jpa.drifted;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity added to the model without a revision that creates its table. */
@Entity
public class Coupon {

    @Id
    Long id;

    String code;
}
