package vn.thuocdo.round;

import org.springframework.context.annotation.Configuration;

/**
 * The stages not yet built in Thước Đo, each a coordinator's task in {@link RoundStage#MANUAL_PROCESS}: none since the
 * publication (#14) took over the last one. A stage done by hand again would declare its
 * {@code RoundStage.manual(key, order)} bean here and point its call activity at the manual process.
 */
@Configuration(proxyBeanMethods = false)
class ManualStages {
}
