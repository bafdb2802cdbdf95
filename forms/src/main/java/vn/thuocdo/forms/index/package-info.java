/**
 * Satisfaction indices computed from survey answers: the index definition as versioned data (items, elements,
 * parts, overall; which answers are valid and which satisfied), and the design-based estimator that gives every
 * index its standard error and confidence interval from the sample's strata, clusters and weights, with the
 * conventions of R's survey package. Pure Java: the command for statisticians and the application use the same code.
 * Part of the forms module's API (a named interface).
 */
@NamedInterface("index")
package vn.thuocdo.forms.index;

import org.springframework.modulith.NamedInterface;
