/**
 * The publication of a round's results (công bố kết quả, #14): the council-approved result version frozen as an
 * immutable, numbered publication with its signed reports, open datasets, replication package and manifest; a
 * correction is a new publication superseding the old one. Other capabilities add files through
 * {@link vn.thuocdo.publication.PublicationFileSource}, read the frozen numbers through
 * {@link vn.thuocdo.publication.PublishedResults}, and follow {@link vn.thuocdo.publication.Published}.
 */
package vn.thuocdo.publication;
