package vn.thuocdo.indices.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of the statisticians' upload ({@code thuocdo.indices.upload}): {@code maxBytes}, the largest responses file
 * (20 MB by default, the multipart parser's own ceiling, which stops a larger one while it streams);
 * {@code maxRows}, the most data rows read (500,000: a national SIPAS year has about 40,000).
 */
@ConfigurationProperties("thuocdo.indices.upload")
record EstimateLimits(Long maxBytes, Integer maxRows) {

    EstimateLimits {
        maxBytes = maxBytes == null ? 20L * 1024 * 1024 : maxBytes;
        maxRows = maxRows == null ? 500_000 : maxRows;
        if (maxBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException("thuocdo.indices.upload: max-bytes and max-rows must be positive");
        }
    }
}
