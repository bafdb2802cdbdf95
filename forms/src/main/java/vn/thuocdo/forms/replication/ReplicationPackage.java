package vn.thuocdo.forms.replication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.IndexInvalid;
import vn.thuocdo.forms.index.Indices;
import vn.thuocdo.forms.index.ResponsesRefused;
import vn.thuocdo.forms.index.SurveyAggregates;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;
import vn.thuocdo.forms.questionnaire.Questionnaires;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.Scorecards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of a replication package (tai-lap), written from what the compilation read and read back by the command.
 * <pre>
 * README.md                          what this is and the command, Vietnamese then English
 * tai-lap.json                       round, publication, result version, the replicates and seed, where each file is
 * phuong-phap/chi-so.json            the SIPAS index definition (items, elements, parts, answer rule), by version
 * phuong-phap/chi-so-can-bo.json     the officials' index definition (officials@1), with officials' answers only
 * phuong-phap/bang-hoi/REF.json      the questionnaires they read
 * phuong-phap/thiet-ke-mau/REF.json  the sample design (strata, stages, weights) the sample was drawn with
 * phuong-phap/bo-tieu-chi/ID.json    each PAR INDEX scorecard used
 * phuong-phap/ParIndexGroup.dmn      the grouping rule (the decision table the application evaluates)
 * du-lieu/khao-sat-theo-cum.csv      design-level survey aggregates per stratum, cluster and domain (no respondent)
 * du-lieu/khao-sat-can-bo.csv        the officials' survey aggregates, one line per unit (a census: the unit is its
 *                                    stratum and its one cluster)
 * du-lieu/don-vi.csv                 the units, their kind, scorecard and self-assessment state
 * du-lieu/diem-tieu-chi.csv          each unit's points per sub-criterion: own, appraised, final
 * ket-qua.csv                        the published numbers, as the command prints them
 * SHA256SUMS                         every other file's SHA-256 ({@code sha256sum -c SHA256SUMS})
 * </pre>
 */
public final class ReplicationPackage {

    public static final String README = "README.md";
    public static final String MANIFEST = "tai-lap.json";
    public static final String INDEX = "phuong-phap/chi-so.json";
    public static final String GROUPS = "phuong-phap/ParIndexGroup.dmn";
    public static final String AGGREGATES = "du-lieu/khao-sat-theo-cum.csv";
    public static final String OFFICIALS_INDEX = "phuong-phap/chi-so-can-bo.json";
    public static final String OFFICIALS_AGGREGATES = "du-lieu/khao-sat-can-bo.csv";
    public static final String UNITS = "du-lieu/don-vi.csv";
    public static final String POINTS = "du-lieu/diem-tieu-chi.csv";
    public static final String RESULTS = "ket-qua.csv";
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The largest file read back (a national survey's aggregates are some 20 MB). */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}(@[0-9]{1,6})?");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private ReplicationPackage() {
    }

    /** What the package says about itself and where its files are ({@code tai-lap.json}). */
    public record Manifest(int format, String roundId, String roundName, int year, String publicationCode,
                           String resultVersionId, int resultVersionNumber, String indexDefinition,
                           List<String> questionnaires, String sampleDesign, Map<String, String> scorecards,
                           int replicates, long seed, boolean survey, String officialsDefinition,
                           boolean officialsSurvey) {
    }

    /** Everything a package is written from. */
    public record Contents(String roundId, String roundName, int year, String publicationCode, String resultVersionId,
                           int resultVersionNumber, IndexDefinition definition, List<Questionnaire> questionnaires,
                           String sampleDesignReference, String sampleDesignJson, List<Scorecard> scorecards,
                           byte[] groupRule, int replicates, long seed, SurveyData survey, List<UnitInput> units,
                           IndexDefinition officialsDefinition, SurveyData officials) {

        /** Without the officials' survey. */
        public Contents(String roundId, String roundName, int year, String publicationCode, String resultVersionId,
                        int resultVersionNumber, IndexDefinition definition, List<Questionnaire> questionnaires,
                        String sampleDesignReference, String sampleDesignJson, List<Scorecard> scorecards,
                        byte[] groupRule, int replicates, long seed, SurveyData survey, List<UnitInput> units) {
            this(roundId, roundName, year, publicationCode, resultVersionId, resultVersionNumber, definition,
                    questionnaires, sampleDesignReference, sampleDesignJson, scorecards, groupRule, replicates, seed,
                    survey, units, null, null);
        }
    }

    /**
     * The package's files by path, in a fixed order, ending with the checksums; {@code ket-qua.csv} is recomputed
     * from the other files as written, so it is exactly what the command prints from them.
     */
    public static Map<String, byte[]> write(Contents c) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> scorecardPaths = new TreeMap<>();
        c.scorecards().forEach(s -> scorecardPaths.put(s.id(), "phuong-phap/bo-tieu-chi/" + safe(s.id()) + ".json"));
        List<String> questionnairePaths = c.questionnaires().stream()
                .map(q -> "phuong-phap/bang-hoi/" + safe(q.reference()) + ".json").toList();
        String designPath = c.sampleDesignJson() == null ? null
                : "phuong-phap/thiet-ke-mau/" + safe(c.sampleDesignReference()) + ".json";
        boolean survey = c.survey() != null && c.survey().rows() > 0;
        // The officials' definition travels only with officials' answers: without them the numbers need none of it.
        boolean officials = c.officialsDefinition() != null && c.officials() != null && c.officials().rows() > 0;
        Manifest manifest = new Manifest(1, c.roundId(), c.roundName(), c.year(), c.publicationCode(),
                c.resultVersionId(), c.resultVersionNumber(), c.definition().reference(), questionnairePaths,
                designPath, scorecardPaths, c.replicates(), c.seed(), survey,
                officials ? c.officialsDefinition().reference() : null, officials);
        files.put(README, utf8(ReplicationReadme.text(manifest)));
        files.put(MANIFEST, utf8(json(manifest)));
        files.put(INDEX, utf8(Indices.write(c.definition())));
        if (officials) {
            files.put(OFFICIALS_INDEX, utf8(Indices.write(c.officialsDefinition())));
        }
        for (int i = 0; i < c.questionnaires().size(); i++) {
            files.put(questionnairePaths.get(i), utf8(Questionnaires.write(c.questionnaires().get(i))));
        }
        if (designPath != null) {
            files.put(designPath, utf8(c.sampleDesignJson()));
        }
        c.scorecards().forEach(s -> files.put(scorecardPaths.get(s.id()), utf8(Scorecards.write(s))));
        files.put(GROUPS, c.groupRule().clone());
        if (survey) {
            StringWriter aggregates = new StringWriter();
            SurveyAggregates.write(c.definition(), c.survey(), aggregates);
            files.put(AGGREGATES, utf8(aggregates.toString()));
        }
        if (officials) {
            StringWriter aggregates = new StringWriter();
            SurveyAggregates.write(c.officialsDefinition(), c.officials(), aggregates);
            files.put(OFFICIALS_AGGREGATES, utf8(aggregates.toString()));
        }
        files.put(UNITS, utf8(units(c.units())));
        files.put(POINTS, utf8(points(c.units())));
        files.put(RESULTS, utf8(results(Recomputation.compute(inputs(manifest, files)))));
        StringBuilder sums = new StringBuilder();
        files.forEach((path, bytes) -> sums.append(sha256(bytes)).append("  ").append(path).append('\n'));
        files.put(CHECKSUMS, utf8(sums.toString()));
        return files;
    }

    /** Reads an unzipped package: every checksum first (a changed file is refused), then the inputs. */
    public static Recomputation.Inputs read(Path directory) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] sums = file(directory, CHECKSUMS);
        try (BufferedReader lines = new BufferedReader(new StringReader(new String(sums, StandardCharsets.UTF_8)))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-f]{64}")
                        || !line.startsWith("  ", 64)) {
                    throw new PackageRefused("replication.badFile", CHECKSUMS, line);
                }
                String path = line.substring(66);
                byte[] bytes = file(directory, path);
                if (!sha256(bytes).equals(line.substring(0, 64))) {
                    throw new PackageRefused("replication.badChecksum", path);
                }
                files.put(path, bytes);
            }
        } catch (IOException e) {
            throw new PackageRefused("replication.badFile", CHECKSUMS, String.valueOf(e));
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(required(files, MANIFEST), Manifest.class);
        } catch (IOException e) {
            throw new PackageRefused("replication.badFile", MANIFEST, String.valueOf(e.getMessage()));
        }
        return inputs(manifest, files);
    }

    /** The recomputed numbers as the published CSV, ordered by unit and measure. */
    public static String results(List<PublishedNumber> numbers) {
        List<PublishedNumber> sorted = new ArrayList<>(numbers);
        sorted.sort((a, b) -> a.unitId().equals(b.unitId()) ? a.measure().compareTo(b.measure())
                : a.unitId().compareTo(b.unitId()));
        StringBuilder out = new StringBuilder(PackageCsv.PUBLISHED_HEADER).append('\n');
        sorted.forEach(n -> out.append(PackageCsv.line(n)).append('\n'));
        return out.toString();
    }

    private static Recomputation.Inputs inputs(Manifest manifest, Map<String, byte[]> files) {
        List<Questionnaire> questionnaires = new ArrayList<>();
        for (String path : manifest.questionnaires() == null ? List.<String>of() : manifest.questionnaires()) {
            try {
                questionnaires.add(Questionnaires.parse(text(files, path)));
            } catch (RuntimeException e) {
                throw new PackageRefused("replication.badFile", path, String.valueOf(e.getMessage()));
            }
        }
        IndexDefinition definition = definition(files, INDEX, questionnaires);
        IndexDefinition officialsDefinition = manifest.officialsSurvey()
                ? definition(files, OFFICIALS_INDEX, questionnaires) : null;
        Map<String, Scorecard> scorecards = new LinkedHashMap<>();
        manifest.scorecards().forEach((id, path) -> {
            try {
                scorecards.put(id, Scorecards.parse(text(files, path)));
            } catch (RuntimeException e) {
                throw new PackageRefused("replication.badFile", path, String.valueOf(e.getMessage()));
            }
        });
        SurveyData survey = manifest.survey() ? aggregates(files, AGGREGATES, definition) : null;
        SurveyData officials = manifest.officialsSurvey()
                ? aggregates(files, OFFICIALS_AGGREGATES, officialsDefinition) : null;
        List<UnitInput> units = readUnits(text(files, UNITS), text(files, POINTS));
        return new Recomputation.Inputs(definition, survey, units, scorecards,
                GroupTable.read(GROUPS, required(files, GROUPS)), manifest.replicates(), manifest.seed(),
                officialsDefinition, officials);
    }

    private static IndexDefinition definition(Map<String, byte[]> files, String path,
                                              List<Questionnaire> questionnaires) {
        try {
            return Indices.parse(text(files, path), QuestionnaireCatalogue.of(questionnaires));
        } catch (IndexInvalid e) {
            throw new PackageRefused("replication.badFile", path, e.message(Locale.ENGLISH));
        }
    }

    private static SurveyData aggregates(Map<String, byte[]> files, String path, IndexDefinition definition) {
        try {
            return SurveyAggregates.read(definition, new StringReader(text(files, path)));
        } catch (PackageRefused e) {
            throw e;
        } catch (ResponsesRefused e) {
            throw new PackageRefused("replication.badFile", path, e.message(Locale.ENGLISH));
        }
    }

    private static String units(List<UnitInput> units) {
        StringBuilder out = new StringBuilder(PackageCsv.UNITS_HEADER).append('\n');
        for (UnitInput u : units) {
            out.append(String.join(",", PackageCsv.text(u.unitId()), PackageCsv.text(u.name()),
                    PackageCsv.text(u.kind()), PackageCsv.text(u.scorecardId()),
                    PackageCsv.text(u.assessmentState()))).append('\n');
        }
        return out.toString();
    }

    private static String points(List<UnitInput> units) {
        StringBuilder out = new StringBuilder(PackageCsv.POINTS_HEADER).append('\n');
        for (UnitInput u : units) {
            for (UnitInput.Points p : u.points()) {
                out.append(String.join(",", PackageCsv.text(u.unitId()), PackageCsv.text(p.code()),
                        plain(p.self()), plain(p.appraised()), plain(p.finalPoints()))).append('\n');
            }
        }
        return out.toString();
    }

    /** Points exactly as stored (their scale kept): the sums must come out as the application's. */
    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static List<UnitInput> readUnits(String unitsCsv, String pointsCsv) {
        Map<String, List<UnitInput.Points>> points = new LinkedHashMap<>();
        List<String> pointLines = pointsCsv.lines().toList();
        header(pointLines, PackageCsv.POINTS_HEADER, POINTS);
        for (int i = 1; i < pointLines.size(); i++) {
            List<String> f = PackageCsv.fields(pointLines.get(i), i + 1, POINTS);
            if (f.size() != 5) {
                throw new PackageRefused("replication.badFile", POINTS, "line " + (i + 1) + ": 5 fields expected");
            }
            points.computeIfAbsent(f.get(0), k -> new ArrayList<>()).add(new UnitInput.Points(f.get(1),
                    PackageCsv.decimal(f.get(2), i + 1, POINTS), PackageCsv.decimal(f.get(3), i + 1, POINTS),
                    PackageCsv.decimal(f.get(4), i + 1, POINTS)));
        }
        List<String> unitLines = unitsCsv.lines().toList();
        header(unitLines, PackageCsv.UNITS_HEADER, UNITS);
        List<UnitInput> units = new ArrayList<>();
        for (int i = 1; i < unitLines.size(); i++) {
            List<String> f = PackageCsv.fields(unitLines.get(i), i + 1, UNITS);
            if (f.size() != 5 || f.get(0).isEmpty() || f.get(2).isEmpty()) {
                throw new PackageRefused("replication.badFile", UNITS, "line " + (i + 1)
                        + ": 5 fields expected, unit_id and unit_kind not empty");
            }
            units.add(new UnitInput(f.get(0), f.get(1), f.get(2), blank(f.get(3)), blank(f.get(4)),
                    points.getOrDefault(f.get(0), List.of())));
        }
        return units;
    }

    private static void header(List<String> lines, String expected, String file) {
        if (lines.isEmpty() || !lines.get(0).equals(expected)) {
            throw new PackageRefused("replication.badFile", file, "the header must be " + expected);
        }
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    private static byte[] file(Path directory, String path) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.length() > 200) {
            throw new PackageRefused("replication.badFile", CHECKSUMS, "path " + path);
        }
        Path file = directory.resolve(path).normalize();
        try {
            if (!file.startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
                throw new PackageRefused("replication.missingFile", path);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PackageRefused("replication.badFile", path, "larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PackageRefused("replication.missingFile", path);
        }
    }

    private static byte[] required(Map<String, byte[]> files, String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new PackageRefused("replication.missingFile", path);
        }
        return bytes;
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(required(files, path), StandardCharsets.UTF_8);
    }

    private static String safe(String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("Not a definition reference: " + reference);
        }
        return reference;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Manifest manifest) {
        try {
            return JSON.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
