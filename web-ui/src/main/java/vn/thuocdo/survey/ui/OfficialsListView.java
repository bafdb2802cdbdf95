package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.Option;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.ui.BoundedUpload;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.survey.officials.GroupRate;
import vn.thuocdo.survey.officials.ListUploaded;
import vn.thuocdo.survey.officials.ListedOfficial;
import vn.thuocdo.survey.officials.OfficialsSurvey;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.survey.response.WindowState;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A unit's officer lists the officials to survey for the PAR INDEX: the template, the upload (checked whole,
 * errors by row), the list as uploaded with when each link was mailed, and the response rate per position group.
 * Whether a given person answered is never shown: only counts per group, so nobody can be pressed to answer or
 * to answer a certain way.
 */
@Route(value = OfficialsListView.ROUTE, layout = MainLayout.class)
@PageTitle("Khảo sát cán bộ, công chức · Thước Đo")
@RolesAllowed("provincial-officer")
public class OfficialsListView extends VerticalLayout implements BeforeEnterObserver {

    private List<Round> rounds = List.of();

    public static final String ROUTE = "survey/officials";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Errors listed on the page; the rest are counted, since a person fixes a file from the top anyway. */
    static final int SHOWN_ERRORS = 100;

    private final OfficialsSurvey survey;
    private final SurveyWindow window;
    private final UploadLimits limits;
    private final Clock clock;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Div part = new Div();
    final Upload upload = new Upload();
    final UnorderedList errors = new UnorderedList();
    final Grid<GroupRate> rates = new Grid<>();
    final Grid<ListedOfficial> people = new Grid<>();
    final Paragraph listed = new Paragraph();
    private Map<String, String> groupLabels = Map.of();

    OfficialsListView(OfficialsSurvey survey, SurveyWindow window, UploadLimits limits, Clock clock,
                      CurrentActor actor) {
        this.survey = survey;
        this.window = window;
        this.limits = limits;
        this.clock = clock;
        this.actor = actor.get();
        add(new H2(getTranslation("officials.title")));
        rounds = survey.roundsOf(this.actor);
        if (rounds.isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("officials.none")));
            none.addClassNames("td-callout", "neutral");
            none.setId("officials-none");
            add(none);
            return;
        }
        RoundChoice.setUp(round, "officials.round", "officials-round", rounds, ROUTE, this::show);
        part.setWidthFull();
        Paragraph explain = new Paragraph(getTranslation("officials.explain"));
        explain.addClassName("td-muted");
        add(explain, round, part);
        setupUpload();
        round.setValue(rounds.get(0));
    }

    /** {@code ?round=<id>} opens that round (a link, a bookmark); else the newest. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds);
    }

    private void show(Round chosen) {
        part.removeAll();
        errors.removeAll();
        List<Option> groups = survey.positionGroups(chosen.id());
        groupLabels = groups.stream().collect(Collectors.toMap(Option::key, g -> g.label().in(getLocale())));
        Optional<WindowState> state = window.of(chosen.id());
        boolean open = state.map(s -> s.openAt(clock.instant())).orElse(false);
        Paragraph status = new Paragraph(open
                ? getTranslation("officials.open", Formats.date(state.get().closesAt().minusNanos(1)
                .atZone(TimeZones.VIETNAM).toLocalDate()))
                : getTranslation("officials.closed"));
        status.setId("officials-status");
        status.addClassNames("td-callout", open ? "info" : "warning");

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = survey.template(chosen.id(), actor);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "danh-sach-can-bo-" + chosen.year() + ".xlsx",
                    XLSX, bytes.length);
        }), getTranslation("officials.download"));
        template.setId("officials-template");
        Paragraph groupsHelp = new Paragraph(getTranslation("officials.groups",
                String.join("; ", groups.stream().map(g -> g.label().in(getLocale())).toList())));
        groupsHelp.addClassName("td-muted");
        Paragraph bounds = new Paragraph(getTranslation("officials.limits", limits.maxMegabytes()));
        bounds.addClassName("td-muted");
        upload.setVisible(open);
        errors.setId("officials-errors");

        rates.removeAllColumns();
        rates.addColumn(r -> groupLabels.getOrDefault(r.positionGroup(), r.positionGroup()))
                .setHeader(getTranslation("officials.col.group")).setFlexGrow(3);
        rates.addColumn(r -> vn.thuocdo.shared.Formats.number(r.invited())).setHeader(getTranslation("officials.col.invited"));
        rates.addColumn(r -> r.withheld() ? getTranslation("officials.withheld") : vn.thuocdo.shared.Formats.number(r.answered())).setHeader(getTranslation("officials.col.answered"));
        rates.addComponentColumn(OfficialsListView::rateBar).setHeader(getTranslation("officials.col.rate"))
                .setFlexGrow(2);
        rates.setAllRowsVisible(true);
        rates.addThemeVariants(GridVariant.LUMO_COMPACT);
        rates.setId("officials-rates");

        people.removeAllColumns();
        people.addColumn(ListedOfficial::fullName).setHeader(getTranslation("officials.col.name")).setFlexGrow(3)
                .setSortable(true);
        people.addColumn(p -> groupLabels.getOrDefault(p.positionGroup(), p.positionGroup()))
                .setHeader(getTranslation("officials.col.group")).setFlexGrow(3);
        people.addColumn(ListedOfficial::email).setHeader(getTranslation("officials.col.email")).setFlexGrow(3);
        people.addColumn(p -> p.mailedAt() == null ? getTranslation("officials.notMailed")
                        : Formats.date(p.mailedAt().atZone(TimeZones.VIETNAM).toLocalDate()))
                .setHeader(getTranslation("officials.col.mailed")).setFlexGrow(1);
        people.addColumn(p -> vn.thuocdo.shared.Formats.number(p.reminders())).setHeader(getTranslation("officials.col.reminders"))
                .setFlexGrow(1);
        people.setHeight("26em");
        people.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        people.setId("officials-people");
        listed.setId("officials-count");

        H3 ratesTitle = new H3(getTranslation("officials.rates.title"));
        Paragraph ratesNote = new Paragraph(getTranslation("officials.rates.note"));
        ratesNote.addClassName("td-muted");
        part.add(status, new H3(getTranslation("officials.upload.title")), groupsHelp, bounds, template, upload,
                errors, ratesTitle, ratesNote, rates, new H3(getTranslation("officials.list.title")), listed, people);
        refresh();
    }

    /** The list and the counts as they are now. */
    private void refresh() {
        Round chosen = round.getValue();
        rates.setItems(survey.unitRates(chosen.id(), actor));
        List<ListedOfficial> list = survey.list(chosen.id(), actor);
        people.setItems(list);
        listed.setText(list.isEmpty() ? getTranslation("officials.list.empty")
                : getTranslation("officials.list.count", vn.thuocdo.shared.Formats.number(list.size())));
    }

    static Component rateBar(GroupRate rate) {
        if (rate.withheld()) {
            return new Span("–");
        }
        ProgressBar bar = new ProgressBar(0, 1, rate.invited() == 0 ? 0 : (double) rate.answered() / rate.invited());
        bar.setWidth("8em");
        Span percent = new Span(rate.invited() == 0 ? "–" : rate.percent() + "%");
        HorizontalLayout cell = new HorizontalLayout(bar, percent);
        cell.setAlignItems(Alignment.CENTER);
        cell.setSpacing(true);
        return cell;
    }

    private void setupUpload() {
        upload.setUploadHandler(new BoundedUpload(limits, new BoundedUpload.Receiver() {
            @Override
            public void received(Path file, long size) {
                BoundedUpload.read(file, in -> receive(in, size));
            }

            @Override
            public void tooLarge() {
                errors.removeAll();
                Notices.error(getTranslation("frame.tooLarge", limits.maxMegabytes()));
                upload.clearFileList();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setDropAllowed(true);
        upload.setId("officials-upload");
        String refused = getTranslation("frame.fileRefused.limit", limits.maxMegabytes());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("officials.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("frame.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(refused).setIncorrectFileType(refused)
                .setTooManyFiles(refused));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(refused).setServerUnavailable(getTranslation("frame.serverUnavailable"))
                .setUnexpectedServerError(refused)));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> {
            errors.removeAll();
            Notices.error(refused);
        });
    }

    /** An uploaded file held in memory (tests): as a file streamed to disk. */
    void received(byte[] data) {
        receive(new ByteArrayInputStream(data), data.length);
    }

    private void receive(InputStream data, long size) {
        errors.removeAll();
        try {
            ListUploaded done = survey.upload(round.getValue().id(), data, size, actor);
            refresh();
            Notices.success(getTranslation("officials.uploaded", done.added(), done.unchanged(), done.regrouped(),
                    done.withdrawn()));
        } catch (InvalidFrame invalid) {
            List<FrameError> all = invalid.errors();
            all.stream().limit(SHOWN_ERRORS).forEach(e -> errors.add(new ListItem(message(e))));
            if (all.size() > SHOWN_ERRORS) {
                errors.add(new ListItem(getTranslation("frame.more", all.size() - SHOWN_ERRORS)));
            }
            Notices.error(getTranslation("officials.invalid", all.size()));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
        upload.clearFileList();
    }

    /** "Dòng 5, cột C: ..." in the reader's language; a file-wide error is the message alone. */
    private String message(FrameError error) {
        String text = getTranslation(error.key(), error.args().toArray());
        if (error.row() == 0) {
            return text;
        }
        return error.column() == null ? getTranslation("frame.atRow", error.row(), text)
                : getTranslation("frame.at", error.row(), error.column(), text);
    }
}
