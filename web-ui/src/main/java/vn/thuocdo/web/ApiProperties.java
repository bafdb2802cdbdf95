package vn.thuocdo.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the machine-facing API. {@code maxBodyBytes}: the largest request body {@code /api/**} reads (256 KB
 * by default, far above any form's answers); a larger one is refused with 413 while it arrives.
 * {@code maxBatchBytes}: the same for a partner's batch of survey responses (up to 500, 2 MB by default).
 */
@ConfigurationProperties("thuocdo.api")
public record ApiProperties(Long maxBodyBytes, Long maxBatchBytes) {

    public ApiProperties {
        maxBodyBytes = maxBodyBytes == null ? 256 * 1024L : maxBodyBytes;
        maxBatchBytes = maxBatchBytes == null ? 2 * 1024 * 1024L : maxBatchBytes;
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("thuocdo.api.max-body-bytes must be positive, was " + maxBodyBytes);
        }
    }
}
