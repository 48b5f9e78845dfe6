package dev.retort.jpa.elsewhere;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_entries", schema = "audit")
public class AuditEntry {

    @Id
    private Long id;
}
