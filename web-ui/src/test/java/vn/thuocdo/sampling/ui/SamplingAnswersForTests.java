package vn.thuocdo.sampling.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complete, valid answer to the sampling request form, as Hải Phòng would give it. */
public final class SamplingAnswersForTests {

    private SamplingAnswersForTests() {
    }

    public static Map<String, String> complete() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("contactName", "Nguyễn Văn An");
        answers.put("contactPhone", "0912345678");
        answers.put("contactEmail", "an@snv.haiphong.gov.vn");
        answers.put("communes", "114");
        answers.put("villages", "2300");
        answers.put("households", "650000");
        answers.put("population", "2100000");
        answers.put("dossiersHandled", "480000");
        return answers;
    }
}
