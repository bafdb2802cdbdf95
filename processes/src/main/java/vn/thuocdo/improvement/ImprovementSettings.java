package vn.thuocdo.improvement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thuocdo.improvement.*}: {@code selection-rule} is the path of a JSON file an administrator puts in place of
 * the shipped selection rule ([A]); empty means the shipped default.
 */
@ConfigurationProperties("thuocdo.improvement")
public record ImprovementSettings(String selectionRule) {
}
