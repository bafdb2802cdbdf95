package vn.thuocdo.publication.replication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thuocdo.compilation.CompilationInputs;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.replication.ReplicationPackage;
import vn.thuocdo.publication.FileKind;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublicationFile;
import vn.thuocdo.publication.PublicationFileSource;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.SampleVersion;
import vn.thuocdo.survey.Samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every publication's replication package, {@code tai-lap.zip} ({@link FileKind#REPLICATION}): the inputs of the
 * approved version read as the compilation reads them, written by {@link ReplicationPackage}, then checked: the
 * numbers the package recomputes must be the version's stored numbers, every one, or the publication fails (a package
 * that does not reproduce what is published is worse than none; it happens only when the data changed after the
 * version was computed, and the coordinator then recomputes). The zip's entries carry a fixed time, so the same
 * package always has the same SHA-256.
 */
@Component
class ReplicationFiles implements PublicationFileSource {

    static final String PATH = "tai-lap.zip";
    private static final Logger LOG = LoggerFactory.getLogger(ReplicationFiles.class);
    /** Zip entries need a time; a fixed one (as local time, whatever the server's zone) keeps the bytes the same. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final CompilationInputs compilation;
    private final Questionnaires questionnaires;
    private final Samples samples;
    private final SameNumbers check;

    ReplicationFiles(CompilationInputs compilation, Questionnaires questionnaires, Samples samples,
                     SameNumbers check) {
        this.compilation = compilation;
        this.questionnaires = questionnaires;
        this.samples = samples;
        this.check = check;
    }

    @Override
    public List<PublicationFile> files(PublicationDraft publication) {
        long started = System.nanoTime();
        if (!compilation.computedHere(publication.resultVersionId())) {
            return List.of(new PublicationFile(PATH, FileKind.REPLICATION, null, "application/zip",
                    zip(enteredNumbers(publication))));
        }
        CompilationInputs.Inputs in = compilation.of(publication.resultVersionId())
                .orElseThrow(() -> new IllegalStateException("No result version " + publication.resultVersionId()));
        Map<String, byte[]> files = ReplicationPackage.write(contents(publication, in));
        check.require(in.version().id(), new String(files.get(ReplicationPackage.RESULTS), StandardCharsets.UTF_8));
        byte[] zip = zip(files);
        LOG.info("Replication package of {}: {} files, {} bytes in {} ms", publication.code(), files.size(),
                zip.length, (System.nanoTime() - started) / 1_000_000);
        return List.of(new PublicationFile(PATH, FileKind.REPLICATION, null, "application/zip", zip));
    }

    /**
     * A version whose numbers were entered, not computed here: its package holds the numbers as published and a
     * README that says so, in both languages; there is nothing to recompute them from, and it does not pretend.
     */
    private Map<String, byte[]> enteredNumbers(PublicationDraft publication) {
        String readme = """
                # Gói tái lập %1$s

                Các số của lần công bố này được nhập như đã tổng hợp ở nơi khác (kết quả trước khi có Thước Đo, hoặc số
                liệu minh hoạ của bản chạy thử), không do Thước Đo tính từ phiếu khảo sát và điểm thẩm định. Vì vậy gói
                này chỉ gồm các số đã công bố (`ket-qua.csv`), không có dữ liệu đầu vào để tính lại.

                # Replication package %1$s

                The numbers of this publication were entered as compiled elsewhere (results from before Thước Đo, or the
                embedded default's illustrative data), not computed by Thước Đo from survey responses and appraised
                points. This package therefore holds the published numbers (`ket-qua.csv`) and no inputs to recompute
                them from.
                """.formatted(publication.code());
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(ReplicationPackage.README, readme.getBytes(StandardCharsets.UTF_8));
        files.put(ReplicationPackage.RESULTS, check.stored(publication.resultVersionId()).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    ReplicationPackage.Contents contents(PublicationDraft publication, CompilationInputs.Inputs in) {
        List<Questionnaire> used = new ArrayList<>();
        questionnaires.find(in.definition().questionnaire()).ifPresent(used::add);
        boolean officials = in.officials() != null && in.officials().rows() > 0;
        if (officials) {
            // The officials' definition is checked against its questionnaire when the package is read.
            questionnaires.find(in.officialsDefinition().questionnaire()).ifPresent(used::add);
        }
        Optional<SampleVersion> sample = samples.approved(publication.roundId());
        String designReference = sample.map(SampleVersion::design).orElse(null);
        String designJson = designReference == null ? null : design(designReference);
        return new ReplicationPackage.Contents(publication.roundId(), publication.roundName(), publication.year(),
                publication.code(), in.version().id(), in.version().number(), in.definition(), used,
                designReference, designJson, in.scorecards(), in.groupTable(), in.replicates(), in.seed(),
                in.survey(), in.units(), officials ? in.officialsDefinition() : null,
                officials ? in.officials() : null);
    }

    /** The shipped design's definition as JSON; null for a design the catalogue does not hold. */
    private static String design(String reference) {
        Optional<SampleDesign> design = SampleDesigns.load().find(reference);
        if (design.isEmpty()) {
            return null;
        }
        try {
            return new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(design.get()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry("tai-lap/" + file.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
