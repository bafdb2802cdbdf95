/** The coordinator's publication screen (Công bố kết quả): publish the approved version, correct, read the files. */
package vn.thuocdo.publication.ui;
