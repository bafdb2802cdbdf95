/** The engine glue of the compilation: CompilationProcess's service tasks and the PAR INDEX group table (DMN). */
package vn.thuocdo.compilation.process;
