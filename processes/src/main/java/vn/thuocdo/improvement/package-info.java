/**
 * Improvement plans (kế hoạch khắc phục, #14): after a publication each unit with PAR results plans measures for the
 * items the methodology's selection rule chose (its weakest areas, elements and criteria), its leader signs the plan
 * off or returns it, the organiser's coordinators see every unit's plan, and next year's screens show it beside the
 * new results. Every change is kept with who, when and why.
 */
package vn.thuocdo.improvement;
