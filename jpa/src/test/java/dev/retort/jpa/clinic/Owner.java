package dev.retort.jpa.clinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "owners", indexes = @Index(name = "owners_last_name_idx", columnList = "lastName"))
public class Owner extends Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private Address address;

    @Column(length = 20)
    private PhoneNumber telephone;

    private boolean active = true;

    @Column(nullable = false)
    private Instant registeredAt = Instant.now();

    @Version
    private int version;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL)
    private List<Pet> pets = new ArrayList<>();

    public Long id() {
        return id;
    }

    public Owner address(Address address) {
        this.address = address;
        return this;
    }

    public Owner telephone(String digits) {
        this.telephone = new PhoneNumber(digits);
        return this;
    }

    public Pet adopt(String name, PetKind kind) {
        Pet pet = new Pet(this, name, kind);
        pets.add(pet);
        return pet;
    }
}
