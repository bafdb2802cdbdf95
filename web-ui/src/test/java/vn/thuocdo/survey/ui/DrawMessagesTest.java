package vn.thuocdo.survey.ui;

import org.junit.jupiter.api.Test;
import vn.thuocdo.survey.draw.DrawProblem;
import vn.thuocdo.web.Messages;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason a draw is refused reads as a sentence in Vietnamese and in English, never as a bare key. */
class DrawMessagesTest {

    @Test
    void everyDrawRefusalHasAVietnameseAndAnEnglishSentenceThatFormatsItsArguments() {
        List<Object> args = List.of("Hải Phòng", "00004", "Phường Hồng Bàng", "Tổ dân phố 1", 36000);
        for (String key : DrawProblem.KEYS) {
            String vi = Messages.text(key, args, null);
            String en = Messages.text(key, args, Locale.ENGLISH);
            assertThat(vi).as(key).isNotEqualTo(key).doesNotContain("{");
            assertThat(en).as(key).isNotEqualTo(key).isNotEqualTo(vi).doesNotContain("{");
        }
        assertThat(Messages.text("draw.tooManyCommunes", List.of("Hải Phòng", 67, 12, 1000), null))
                .isEqualTo("Tỉnh Hải Phòng: 1.000 người trả lời cần 67 xã nhưng khung mẫu chỉ có 12 xã. "
                        + "Hãy chọn thiết kế mẫu khác hoặc bổ sung khung mẫu.");
    }
}
