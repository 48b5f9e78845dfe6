package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Person {

    @Column(nullable = false, length = 60)
    private String firstName;

    @Column(nullable = false, length = 60)
    private String lastName;

    public void setName(String first, String last) {
        this.firstName = first;
        this.lastName = last;
    }
}
