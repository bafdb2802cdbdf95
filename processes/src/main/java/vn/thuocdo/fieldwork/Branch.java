package vn.thuocdo.fieldwork;

import java.time.Instant;

/** A partner's branch working one province in one round. */
public record Branch(long id, String roundId, String unitId, Partner partner, String name, String createdBy,
                     Instant createdAt) {
}
