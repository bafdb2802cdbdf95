package vn.thuocdo.improvement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.improvement.SelectionRule;
import vn.thuocdo.forms.improvement.SelectionRules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The selection rule in force: the administrator's file when one is configured, else the shipped default [A]. Read
 * and validated at start: a broken replacement stops the application with every reason rather than choosing wrong
 * items for every unit at the next publication.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImprovementSettings.class)
class ImprovementRule {

    private final SelectionRule rule;

    ImprovementRule(ImprovementSettings settings) {
        String file = settings.selectionRule();
        if (file == null || file.isBlank()) {
            rule = SelectionRules.shipped();
        } else {
            try {
                rule = SelectionRules.parse(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DefinitionInvalid(file + ": cannot be read", e);
            }
        }
    }

    SelectionRule rule() {
        return rule;
    }
}
