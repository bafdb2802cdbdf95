package vn.thuocdo.publication;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A file source that fails for rounds named with {@link #MARK}, after the open datasets were stored: the publication
 * must then leave nothing. Every other round gets no file from it.
 */
@Component
@Order(1000)
class FailingFileSource implements PublicationFileSource {

    static final String MARK = "[nguồn tệp lỗi]";

    @Override
    public List<PublicationFile> files(PublicationDraft publication) {
        if (publication.roundName().contains(MARK)) {
            throw new IllegalStateException("The signing key is unreadable (test)");
        }
        return List.of();
    }
}
