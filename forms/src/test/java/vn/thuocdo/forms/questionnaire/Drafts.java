package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A small valid questionnaire as a JSON tree, for tests to break one thing at a time. */
final class Drafts {

    static final ObjectMapper JSON = new ObjectMapper();

    private Drafts() {
    }

    static ObjectNode valid() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"id": "test-form", "version": 1, "kind": "CITIZEN",
                     "title": {"vi": "Phiếu thử", "en": "Test form"},
                     "choiceLists": {
                       "satisfaction5": [{"key": "1", "label": {"vi": "Rất không hài lòng"}},
                                         {"key": "2", "label": {"vi": "Không hài lòng"}},
                                         {"key": "3", "label": {"vi": "Bình thường"}},
                                         {"key": "4", "label": {"vi": "Hài lòng"}},
                                         {"key": "5", "label": {"vi": "Rất hài lòng"}}],
                       "yesNo": [{"key": "yes", "label": {"vi": "Có"}}, {"key": "no", "label": {"vi": "Không"}}],
                       "fruits": [{"key": "apple", "label": {"vi": "Táo"}}, {"key": "pear", "label": {"vi": "Lê"}},
                                  {"key": "plum", "label": {"vi": "Mận"}}]},
                     "notValid": [{"key": "na", "label": {"vi": "Không áp dụng"}},
                                  {"key": "dk", "label": {"vi": "Không biết"}}],
                     "grouping": {"parts": [{"key": "services", "label": {"vi": "Dịch vụ"},
                                             "elements": [{"key": "access", "label": {"vi": "Tiếp cận"}}]}]},
                     "sections": [
                       {"id": "first", "title": {"vi": "Phần một"}, "questions": [
                         {"id": "used", "kind": "SINGLE_CHOICE", "label": {"vi": "Đã dùng dịch vụ?"},
                          "choices": "yesNo", "required": true},
                         {"id": "age", "kind": "INTEGER", "label": {"vi": "Tuổi"}, "min": 0, "max": 120},
                         {"id": "fruit", "kind": "MULTIPLE_CHOICE", "label": {"vi": "Quả"}, "choices": "fruits"},
                         {"id": "name", "kind": "TEXT", "label": {"vi": "Tên"}, "maxLength": 20}]},
                       {"id": "second", "title": {"vi": "Phần hai"}, "relevant": "${used} = 'yes'", "questions": [
                         {"id": "accessItem", "kind": "SATISFACTION", "label": {"vi": "Hài lòng về tiếp cận"},
                          "choices": "satisfaction5", "element": "access", "required": true,
                          "allowNotValid": true}]}]}
                    """);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The questions array of a section. */
    static ArrayNode questions(ObjectNode draft, int section) {
        return (ArrayNode) draft.withArray("sections").get(section).get("questions");
    }

    static ObjectNode question(ObjectNode draft, int section, int index) {
        return (ObjectNode) questions(draft, section).get(index);
    }

    static Questionnaire parse(ObjectNode draft) {
        return Questionnaires.parse(draft.toString());
    }

    /** The problems a broken draft is refused with. */
    static List<Problem> problems(ObjectNode draft) {
        QuestionnaireInvalid invalid = catchThrowableOfType(() -> parse(draft), QuestionnaireInvalid.class);
        assertThat(invalid).as("the draft should be refused").isNotNull();
        return invalid.problems();
    }
}
