package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.survey.ui.QuestionnaireForm;
import vn.thuocdo.web.DatabaseOutage;
import vn.thuocdo.web.Notices;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends what the tablet holds to the core: the draft after every change while the interview is a draft, the
 * finished interview on request. Always under the same interview id, so a resend after a lost reply is stored
 * once. When the server cannot store it (its database unreachable) it says so and tries again every
 * {@link #RETRY_MILLIS}; a refusal is shown and nothing is stored.
 */
final class InterviewSending {

    static final int RETRY_MILLIS = 15_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Interviews interviews;
    private final Actor actor;
    private final long slot;
    private final String id;
    private final QuestionnaireForm form;
    private final SectionTimer timer;
    private final Span status;
    private final Clock clock;
    private InterviewState state;
    private Runnable pending;
    private Registration polling;

    InterviewSending(Interviews interviews, Actor actor, long slot, String id, InterviewState state,
                     QuestionnaireForm form, SectionTimer timer, Span status, Clock clock) {
        this.interviews = interviews;
        this.actor = actor;
        this.slot = slot;
        this.id = id;
        this.state = state;
        this.form = form;
        this.timer = timer;
        this.status = status;
        this.clock = clock;
    }

    /**
     * After a change: a draft is sent when the answers so far hold (the same reading the core makes); answers of an
     * interview already completed or sent back wait for "Hoàn thành phỏng vấn", as the core keeps no draft of those.
     */
    void changed() {
        if (state != null && state != InterviewState.DRAFT) {
            say("fwenum.save.afterCompletion", "info");
            return;
        }
        if (!form.read(Completeness.DRAFT).valid()) {
            say("fwenum.save.invalid", "warning");
            return;
        }
        Map<String, Object> answers = form.answers();
        Paradata paradata = timer.sofar(device());
        send(() -> interviews.saveDraft(actor, id, slot, answers, paradata), saved -> {
            state = saved.state();
            say("fwenum.save.saved", "success", TIME.format(clock.instant()));
        });
    }

    /** The finished interview, read in full by the core; on a refusal the form shows why, field by field. */
    void complete(EntryMode mode, Consumer<Interview> done) {
        Map<String, Object> answers = form.answers();
        Paradata paradata = mode == EntryMode.PAPER ? new Paradata(null, null, Map.of(), device())
                : timer.finish(device());
        send(() -> interviews.complete(actor, id, slot, answers, paradata, mode), finished -> {
            state = finished.state();
            form.showErrors(List.of());
            done.accept(finished);
        });
    }

    private void send(Supplier<Interview> call, Consumer<Interview> then) {
        Interview result;
        try {
            result = call.get();
        } catch (InvalidResponse invalid) {
            form.showErrors(invalid.errors());
            say("fwenum.save.refused", "error", invalid.errors().size());
            Notices.error(status.getTranslation("fwenum.save.refused", invalid.errors().size()));
            return;
        } catch (Rejected refused) {
            say(null, "error");
            status.setText(Notices.text(refused));
            Notices.refused(refused);
            return;
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causes(failure)) {
                throw failure;
            }
            pending = () -> send(call, then);
            say("fwenum.save.offline", "warning");
            retryLater();
            return;
        }
        pending = null;
        stopRetrying();
        then.accept(result);
    }

    /** Polls the server until the pending send goes through; polling stops once it has. */
    private void retryLater() {
        UI ui = UI.getCurrent();
        if (ui == null || polling != null) {
            return;
        }
        ui.setPollInterval(RETRY_MILLIS);
        polling = ui.addPollListener(e -> retry());
    }

    /** Tries the pending send again now (the poll, or a test). */
    void retry() {
        if (pending != null) {
            pending.run();
        }
    }

    boolean waiting() {
        return pending != null;
    }

    void stopRetrying() {
        if (polling != null) {
            polling.remove();
            polling = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }

    private void say(String key, String tone, Object... args) {
        status.setText(key == null ? "" : status.getTranslation(key, args));
        status.getClassNames().removeIf(c -> !c.equals("td-badge") && !c.equals("td-fwenum-status"));
        status.addClassName(tone);
        status.setVisible(true);
    }

    private static String device() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null
                : SectionTimer.device(session.getBrowser().getBrowserApplication());
    }
}
