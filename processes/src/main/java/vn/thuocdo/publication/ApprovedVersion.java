package vn.thuocdo.publication;

import java.time.Instant;

/** The council-approved result version a publication would freeze: its number, when computed, its units and rows. */
public record ApprovedVersion(String id, int number, Instant computedAt, int units, int values) {
}
