package vn.thuocdo.web;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorFeedbackTest {

    @Test
    void aBrowserThatLeftMidAnswerIsNotLoggedAsAFaultButABrokenDiskIs() {
        assertThat(ErrorFeedback.leftTheBrowser(new UncheckedIOException(
                new ClientAbortException(new IOException("Broken pipe"))))).isTrue();
        assertThat(ErrorFeedback.leftTheBrowser(new UncheckedIOException(new IOException("No space left on device"))))
                .isFalse();
        assertThat(ErrorFeedback.leftTheBrowser(new IllegalStateException("a bug"))).isFalse();
    }
}
