package vn.thuocdo.survey.response;

import vn.thuocdo.forms.FieldError;

import java.util.List;

/** What became of one item of a batch: created, already there from an earlier send, or refused and why. */
public record ItemOutcome(String id, Outcome outcome, String error, List<Object> args, List<FieldError> fields) {

    public enum Outcome { CREATED, ALREADY_RECEIVED, REFUSED }

    static ItemOutcome created(String id) {
        return new ItemOutcome(id, Outcome.CREATED, null, List.of(), List.of());
    }

    static ItemOutcome already(String id) {
        return new ItemOutcome(id, Outcome.ALREADY_RECEIVED, null, List.of(), List.of());
    }

    static ItemOutcome refused(String id, String error, List<Object> args, List<FieldError> fields) {
        return new ItemOutcome(id, Outcome.REFUSED, error, List.copyOf(args), List.copyOf(fields));
    }
}
