package vn.thuocdo.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.OfficialsMeasures;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the public results site may read, and nothing else: publications, their files and frozen numbers
 * ({@code publication*}), past years' published values ({@code published_result}), the new provinces' SIPAS
 * recomputed from a published pre-merger round ({@code recomputed_sipas}, of rounds with a current publication only),
 * units' targets ({@code unit_target}) and the unit register with its 63 → 34 crosswalk. No result version, answer or draft is
 * reachable from here, so a bug on the site cannot show what was not published.
 */
@Component
public class PublicRecord {

    private static final String PUBLICATION = """
            select p.*, s.code as supersedes_code, b.code as superseded_by_code from publication p
            left join publication s on s.id = p.supersedes_id left join publication b on b.id = p.superseded_by""";

    /** The SIPAS definition the compilation uses [A] (the one shipped), and the shipped scorecards. */
    private static final IndexDefinition SIPAS_DEFINITION = IndexCatalogue.load().get("sipas@1");
    private static final IndexDefinition OFFICIALS_DEFINITION =
            IndexCatalogue.load().get(OfficialsMeasures.DEFINITION);
    private static final ScorecardCatalogue SCORECARDS = ScorecardCatalogue.load();

    private final JdbcClient db;
    private final PublishedResults results;
    private final Path store;

    PublicRecord(JdbcClient db, PublishedResults results,
                 @Value("${thuocdo.publication.directory:./data/publications}") String directory) {
        this.db = db;
        this.results = results;
        this.store = Paths.get(directory).toAbsolutePath().normalize();
    }

    /** Every publication, newest first. */
    public List<Publication> publications() {
        return db.sql(PUBLICATION + " order by p.result_year desc, p.published_at desc").query(PublicRecord::publication).list();
    }

    public Optional<Publication> publication(String code) {
        return db.sql(PUBLICATION + " where p.code = ?").param(code).query(PublicRecord::publication).optional();
    }

    /**
     * The current publication of a year: the one people cite for it. Should two rounds of one year both be
     * published, the latest wins; the site publishes national rounds only in practice.
     */
    public Optional<Publication> current(int year) {
        return db.sql(PUBLICATION + " where p.result_year = ? and p.state = 'CURRENT' order by p.published_at desc")
                .param(year).query(PublicRecord::publication).list().stream().findFirst();
    }

    /** Years with a current publication, newest first. */
    public List<Integer> years() {
        return db.sql("select distinct result_year from publication where state = 'CURRENT' order by result_year desc")
                .query(Integer.class).list();
    }

    public List<File> files(String publicationId) {
        // The signed reports first, then the open data, the replication package and the manifest.
        return db.sql("""
                        select * from publication_file where publication_id = ? order by case kind
                        when 'REPORT' then 0 when 'UNIT_REPORT' then 1 when 'DATASET' then 2 when 'DICTIONARY' then 3
                        when 'REPLICATION' then 4 else 5 end, path""")
                .param(publicationId).query(PublicRecord::file).list();
    }

    public Optional<File> file(String publicationId, String path) {
        return db.sql("select * from publication_file where publication_id = ? and path = ?")
                .params(publicationId, path).query(PublicRecord::file).optional();
    }

    /** Every published file with this SHA-256 (lower-case hex), with its publication. */
    public List<Match> withSha256(String sha256) {
        List<File> files = db.sql("select * from publication_file where sha256 = ? order by publication_id, path")
                .param(sha256).query(PublicRecord::file).list();
        List<Match> matches = new ArrayList<>();
        for (File f : files) {
            db.sql(PUBLICATION + " where p.id = ?").param(f.publicationId()).query(PublicRecord::publication)
                    .optional().ifPresent(p -> matches.add(new Match(p, f)));
        }
        return matches;
    }

    /** A file's bytes in the publication store, or empty when its reference points outside the store or nowhere. */
    public Optional<Path> content(File file) {
        Path path = store.resolve(file.storageRef()).normalize();
        return path.startsWith(store) && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** A publication's frozen numbers. */
    public List<PublishedValue> values(String publicationId) {
        return results.values(publicationId);
    }

    /** The unit with the units it was formed from (the crosswalk), if the register knows it. */
    public Optional<Unit> unit(String unitId) {
        Optional<Unit> unit = db.sql("select id, name, kind, valid_from, valid_to from unit where id = ?")
                .param(unitId).query((rs, n) -> new Unit(rs.getString("id"), rs.getString("name"),
                        rs.getString("kind"), date(rs, "valid_from"), date(rs, "valid_to"), List.of())).optional();
        return unit.map(u -> new Unit(u.id(), u.name(), u.kind(), u.validFrom(), u.validTo(), db.sql("""
                        select u.id, u.name, u.kind, u.valid_from, u.valid_to from unit u
                        join unit_succession s on s.predecessor_id = u.id where s.successor_id = ? order by u.code""")
                .param(unitId).query((rs, n) -> new Unit(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                        date(rs, "valid_from"), date(rs, "valid_to"), List.of())).list()));
    }

    /**
     * A unit's past values of a measure ({@code par}, {@code sipas}) from {@code published_result}: its own; for a
     * year it has none, after a merger its SIPAS recomputed from the old provinces' microdata where that year's round
     * was published ({@link Past.Link#RECOMPUTED}); else its predecessors' (one predecessor continues the series,
     * several are each shown apart), in year order. Rows a later import replaced are left out.
     */
    public List<Past> history(Unit unit, String measure) {
        List<Past> own = past(List.of(unit.id()), measure, Past.Link.OWN);
        Set<Integer> years = new HashSet<>(own.stream().map(Past::year).toList());
        List<Past> all = new ArrayList<>(own);
        if (unit.predecessors().size() > 1 && "sipas".equals(measure)) {
            recomputed(unit).stream().filter(p -> years.add(p.year())).forEach(all::add);
        }
        if (!unit.predecessors().isEmpty()) {
            Past.Link link = unit.predecessors().size() == 1 ? Past.Link.CONTINUED : Past.Link.MERGED;
            past(unit.predecessors().stream().map(Unit::id).toList(), measure, link).stream()
                    .filter(p -> !years.contains(p.year())).forEach(all::add);
        }
        all.sort(Comparator.comparingInt(Past::year).thenComparing(Past::unitId));
        return all;
    }

    /** The unit's targets in force, by measure and year. */
    public List<Target> targets(String unitId) {
        return db.sql("""
                        select measure, target_year, comparator, target_value, note from unit_target
                        where unit_id = ? and superseded_at is null order by measure, target_year""")
                .param(unitId).query((rs, n) -> new Target(rs.getString("measure"), rs.getInt("target_year"),
                        rs.getString("comparator"), rs.getBigDecimal("target_value"), rs.getString("note"))).list();
    }

    /**
     * The names of a publication's element and area measures ({@code sipas:element:access}, {@code par:area:1}) in the
     * methodology's words: the SIPAS definition's and the scorecard of the unit's kind for the year. Methodology is
     * data, so a renamed area reads as it was defined, not as code would spell it.
     */
    public Map<String, Text> labels(String unitKind, int year) {
        Map<String, Text> labels = new LinkedHashMap<>();
        IndexDefinition sipas = SIPAS_DEFINITION;
        labels.put("sipas:overall", sipas.title());
        sipas.parts().forEach(g -> labels.put("sipas:part:" + g.id(), g.label()));
        sipas.elements().forEach(g -> labels.put("sipas:element:" + g.id(), g.label()));
        labels.putAll(OfficialsMeasures.labels(OFFICIALS_DEFINITION));
        Scorecard.Kind kind = "MINISTRY".equals(unitKind) ? Scorecard.Kind.MINISTRY : Scorecard.Kind.PROVINCE;
        SCORECARDS.forYear(kind, year).ifPresent(card -> card.areas()
                .forEach(a -> labels.put("par:area:" + a.code(), a.title())));
        return labels;
    }

    /**
     * The unit's SIPAS recomputed from the microdata of the provinces merged into it, in percent, one per year (the
     * latest recompute), only of a round with a current publication: an unpublished round shows nowhere. The
     * {@code unitName} names the old provinces.
     */
    private List<Past> recomputed(Unit unit) {
        Map<String, String> names = new java.util.HashMap<>();
        unit.predecessors().forEach(u -> names.put(u.id(), u.name()));
        Map<Integer, Past> byYear = new LinkedHashMap<>();
        db.sql("""
                        select r.result_year, r.estimate, r.predecessors from recomputed_sipas r
                        where r.unit_id = ? and r.measure = 'sipas:overall' and r.superseded_at is null
                        and r.estimate is not null and exists (select 1 from publication p
                        where p.round_id = r.round_id and p.state = 'CURRENT')
                        order by r.result_year, r.computed_at desc""").param(unit.id())
                .query((rs, n) -> new Past(rs.getInt(1), unit.id(), String.join(", ", java.util.Arrays.stream(
                        rs.getString(3).split(",")).map(id -> names.getOrDefault(id, id)).toList()),
                        BigDecimal.valueOf(rs.getDouble(2) * 100).setScale(2, java.math.RoundingMode.HALF_UP), null,
                        null, Past.Link.RECOMPUTED)).list()
                .forEach(p -> byYear.putIfAbsent(p.year(), p));
        return List.copyOf(byYear.values());
    }

    private List<Past> past(List<String> unitIds, String measure, Past.Link link) {
        return db.sql("""
                        select r.unit_id, u.name, r.result_year, r.result_value, r.result_rank, r.result_group
                        from published_result r join unit u on u.id = r.unit_id
                        where r.unit_id in (:units) and r.measure = :measure and r.superseded_by is null""")
                .param("units", unitIds).param("measure", measure)
                .query((rs, n) -> new Past(rs.getInt("result_year"), rs.getString("unit_id"), rs.getString("name"),
                        rs.getBigDecimal("result_value"), integer(rs, "result_rank"), rs.getString("result_group"),
                        link)).list();
    }

    private static Publication publication(ResultSet rs, int n) throws SQLException {
        return new Publication(rs.getString("id"), rs.getString("code"), rs.getString("title"),
                rs.getInt("result_year"), rs.getInt("publication_no"),
                State.valueOf(rs.getString("state")), instant(rs.getTimestamp("published_at")),
                rs.getString("published_by_name"), rs.getString("reason"), rs.getString("supersedes_code"),
                rs.getString("superseded_by_code"), instant(rs.getTimestamp("superseded_at")),
                rs.getString("manifest_sha256"));
    }

    private static File file(ResultSet rs, int n) throws SQLException {
        return new File(rs.getString("publication_id"), rs.getString("path"), FileKind.valueOf(rs.getString("kind")),
                rs.getString("unit_id"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256").trim(), rs.getString("storage_ref"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Whether a publication is the one in force for its round, or was corrected by a later one. */
    public enum State { CURRENT, SUPERSEDED }

    /** A publication as the public sees it; {@code supersededByCode} and {@code reason} tell a correction's story. */
    public record Publication(String id, String code, String title, int year, int number, State state,
                              Instant publishedAt, String publishedByName, String reason, String supersedesCode,
                              String supersededByCode, Instant supersededAt, String manifestSha256) {

        public boolean current() {
            return state == State.CURRENT;
        }
    }

    /** A file a publication carries, with its size and SHA-256; {@code storageRef} names its bytes in the store. */
    public record File(String publicationId, String path, FileKind kind, String unitId, String contentType,
                       long size, String sha256, String storageRef) {

        /** The last part of the path: what a download is saved as. */
        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** A published file found by its checksum. */
    public record Match(Publication publication, File file) {
    }

    /** A unit of the register, with the units it was formed from. */
    public record Unit(String id, String name, String kind, java.time.LocalDate validFrom,
                       java.time.LocalDate validTo, List<Unit> predecessors) {
    }

    /** One past value of a unit's series, and how it relates to the unit (its own, continued or a merged one's). */
    public record Past(int year, String unitId, String unitName, BigDecimal value, Integer rank, String group,
                       Link link) {

        /**
         * OWN: published for the unit; CONTINUED: for its one predecessor; MERGED: for one of several merged
         * provinces, not directly comparable; RECOMPUTED: the unit's own SIPAS recomputed from those provinces'
         * microdata, {@code unitName} naming them.
         */
        public enum Link { OWN, CONTINUED, MERGED, RECOMPUTED }
    }

    /** A unit's target: the measure at least {@code value} by {@code year}. */
    public record Target(String measure, int year, String comparator, BigDecimal value, String note) {
    }
}
