/** Running the application: a readiness probe that tells the truth quickly, and database outages answered as such. */
package vn.thuocdo.operations;
