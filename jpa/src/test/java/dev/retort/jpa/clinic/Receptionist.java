package dev.retort.jpa.clinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("DESK")
public class Receptionist extends Staff {

    private Integer deskNumber;
}
