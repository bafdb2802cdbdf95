/** The screens of the compiled results: the coordinator's review of a round's versions, ranks and drill-downs. */
package vn.thuocdo.compilation.ui;
