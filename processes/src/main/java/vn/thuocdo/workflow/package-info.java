/**
 * Work items and processes as the capabilities see them, without the engine's types: the only door to the
 * workflow engine, so a move from Camunda 7 to Operaton touches the {@code process} package alone.
 */
package vn.thuocdo.workflow;
