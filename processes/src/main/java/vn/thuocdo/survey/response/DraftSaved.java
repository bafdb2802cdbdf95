package vn.thuocdo.survey.response;

import vn.thuocdo.forms.FieldError;

import java.util.List;
import java.util.Map;

/** The draft as saved, and the answers that were not (each with its reason), to show beside their questions. */
public record DraftSaved(Map<String, Object> saved, List<FieldError> refused) {
}
