package vn.thuocdo.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the machine-facing API. {@code maxBodyBytes}: the largest request body {@code /api/**} reads (256 KB
 * by default, far above any form's answers); a larger one is refused with 413 while it arrives.
 */
@ConfigurationProperties("thuocdo.api")
public record ApiProperties(Long maxBodyBytes) {

    public ApiProperties {
        maxBodyBytes = maxBodyBytes == null ? 256 * 1024L : maxBodyBytes;
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("thuocdo.api.max-body-bytes must be positive, was " + maxBodyBytes);
        }
    }
}
