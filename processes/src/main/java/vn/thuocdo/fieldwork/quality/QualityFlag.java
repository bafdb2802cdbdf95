package vn.thuocdo.fieldwork.quality;

import java.util.List;

/**
 * A quality rule that fired on an interview. {@code reasonKey} is a message-bundle key and {@code args} its figures
 * (already formatted where a person reads them: minutes with a decimal comma, dates dd/MM/yyyy Vietnam time).
 */
public record QualityFlag(String interviewId, String enumerator, String ruleId, String reasonKey, List<Object> args) {

    public QualityFlag {
        args = List.copyOf(args);
    }
}
