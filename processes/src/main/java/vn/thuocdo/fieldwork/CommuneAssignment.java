package vn.thuocdo.fieldwork;

import java.time.Instant;

/** A sampled commune given to a branch by the coordinator. */
public record CommuneAssignment(String roundId, String unitId, String communeCode, String communeName, long branchId,
                                String assignedBy, Instant assignedAt) {
}
