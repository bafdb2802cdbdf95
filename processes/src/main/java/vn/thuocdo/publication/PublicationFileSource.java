package vn.thuocdo.publication;

import java.util.List;

/**
 * Something a publication carries, contributed by the capability that makes it (the signed PDFs from integrations,
 * the open datasets and the replication package from here). Called inside the publishing transaction, after the
 * numbers are frozen; a failure rolls the whole publication back, so a publication never lacks a file.
 */
public interface PublicationFileSource {

    List<PublicationFile> files(PublicationDraft publication);
}
