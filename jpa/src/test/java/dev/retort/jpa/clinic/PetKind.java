package dev.retort.jpa.clinic;

public enum PetKind {
    CAT, DOG, BIRD, HAMSTER
}
