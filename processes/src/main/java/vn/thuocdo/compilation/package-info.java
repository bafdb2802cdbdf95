/**
 * The compilation of a round's indices (tổng hợp kết quả): SIPAS per unit and nationally from the accepted responses
 * and the sample's design, PAR INDEX points, percentages, ranks and groups, kept as versions the coordinator reviews
 * and the council approves.
 */
package vn.thuocdo.compilation;
