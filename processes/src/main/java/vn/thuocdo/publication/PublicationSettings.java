package vn.thuocdo.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code thuocdo.publication.*}: where the published files are kept ({@code ./data/publications} unless set). The
 * directory is the archive of record: back it up with the database.
 */
@ConfigurationProperties("thuocdo.publication")
public record PublicationSettings(Path directory) {

    public PublicationSettings {
        directory = directory == null ? Path.of("data", "publications") : directory;
    }
}
