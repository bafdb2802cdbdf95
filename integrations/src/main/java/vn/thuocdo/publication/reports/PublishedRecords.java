package vn.thuocdo.publication.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublishedResults;
import vn.thuocdo.scorecard.ScorecardLibrary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link PublishedRecord} inside the publishing transaction: the numbers through {@link PublishedResults}
 * (frozen, never index_result), the version's definitions and counts from {@code index_result_version}, and last
 * year's current published values of the same units in one query.
 */
@Component
class PublishedRecords {

    private final JdbcClient db;
    private final PublishedResults results;
    private final ScorecardLibrary scorecards;
    private final IndexCatalogue indices = IndexCatalogue.load();

    PublishedRecords(JdbcClient db, PublishedResults results, ScorecardLibrary scorecards) {
        this.db = db;
        this.results = results;
        this.scorecards = scorecards;
    }

    PublishedRecord read(PublicationDraft draft) {
        PublishedRecord.Version version = db.sql("select index_definition, scorecards, responses, unweighted"
                        + " from index_result_version where id = ?").param(draft.resultVersionId())
                .query((rs, i) -> new PublishedRecord.Version(rs.getString(1), rs.getString(2) == null ? List.of()
                        : Arrays.stream(rs.getString(2).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .toList(), rs.getInt(3), rs.getInt(4))).optional()
                .orElseThrow(() -> new IllegalStateException("No result version " + draft.resultVersionId()));
        IndexDefinition sipas = version.indexDefinition() == null ? null
                : indices.find(version.indexDefinition()).orElse(null);
        Map<String, Scorecard> byKind = new LinkedHashMap<>();
        for (String id : version.scorecards()) {
            scorecards.find(id).ifPresent(s -> byKind.putIfAbsent(s.kind().name(), s));
        }
        return new PublishedRecord(draft, version, sipas, byKind,
                PublishedRecord.byUnit(results.values(draft.id())), lastYear(draft));
    }

    /** The units' current published values of the year before, by unit and history measure (sipas, par:1 ...). */
    private Map<String, Map<String, BigDecimal>> lastYear(PublicationDraft draft) {
        Map<String, Map<String, BigDecimal>> byUnit = new HashMap<>();
        db.sql("""
                select r.unit_id, r.measure, r.result_value from published_result r
                where r.result_year = ? and r.superseded_by is null
                  and r.unit_id in (select distinct unit_id from publication_result where publication_id = ?)""")
                .params(draft.year() - 1, draft.id())
                .query((rs, i) -> new Object[]{rs.getString(1), rs.getString(2), rs.getBigDecimal(3)}).list()
                .forEach(row -> byUnit.computeIfAbsent((String) row[0], u -> new HashMap<>())
                        .put((String) row[1], (BigDecimal) row[2]));
        return byUnit;
    }
}
