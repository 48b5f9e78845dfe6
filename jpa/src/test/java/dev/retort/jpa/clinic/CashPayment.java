package dev.retort.jpa.clinic;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class CashPayment extends Payment {

    private BigDecimal changeGiven;
}
