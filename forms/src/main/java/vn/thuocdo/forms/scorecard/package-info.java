/**
 * PAR INDEX scorecards as versioned data: a tree of areas, criteria and sub-criteria with maximum points and a
 * scoring rule each (yes/no, tiered levels, a formula over reported figures, or assessed by the survey), validated on
 * load, and the pure functions that score and check a unit's answers. Part of the forms module's API (a named
 * interface): the self-assessment, appraisal and index capabilities read it.
 */
@NamedInterface("scorecard")
package vn.thuocdo.forms.scorecard;

import org.springframework.modulith.NamedInterface;
