/** The fieldwork's BPMN glue: {@code FieldworkProcess} per assignment, started and moved by the core's events. */
package vn.thuocdo.fieldwork.process;
