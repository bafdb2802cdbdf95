package vn.thuocdo.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;

import java.util.Map;

/** Refusals as JSON with a sentence for people: 403 for access, 404 for what does not exist, 400 for the rest. */
@RestControllerAdvice(basePackages = "vn.thuocdo")
class ApiErrors {

    @ExceptionHandler(Rejected.class)
    ResponseEntity<Map<String, String>> refused(Rejected rejected, HttpServletRequest request) {
        HttpStatus status = rejected instanceof AccessDenied ? HttpStatus.FORBIDDEN
                : rejected.key().endsWith("notFound") || rejected.key().equals("task.gone") ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("error", rejected.key(),
                "message", Messages.text(rejected.key(), rejected.args(), Messages.asked(request))));
    }
}
