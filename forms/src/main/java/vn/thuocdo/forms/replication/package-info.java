/**
 * The replication package (gói tái lập, #14): what a publication carries so that anyone can recompute every published
 * number without the application or any respondent's row: the methodology by version, design-level survey
 * aggregates, each unit's points per sub-criterion, and the command that recomputes the published dataset from them.
 */
@NamedInterface("replication")
package vn.thuocdo.forms.replication;

import org.springframework.modulith.NamedInterface;
