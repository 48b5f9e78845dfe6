package dev.retort.jpa.clinic;

public enum VisitStatus {
    BOOKED, DONE, CANCELLED
}
