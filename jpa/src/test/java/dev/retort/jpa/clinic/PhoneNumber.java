package dev.retort.jpa.clinic;

/** A value type stored as text through {@link PhoneNumberConverter}, which applies itself. */
public record PhoneNumber(String digits) {
}
