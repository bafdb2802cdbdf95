package vn.thuocdo.survey;

import vn.thuocdo.sampling.ApprovedFrame;
import vn.thuocdo.sampling.FrameRow;
import vn.thuocdo.survey.draw.CommuneFrame;
import vn.thuocdo.survey.draw.ProvinceFrame;
import vn.thuocdo.survey.draw.VillageFrame;
import vn.thuocdo.units.Unit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The approved frames of a round as the draw reads them, and their fingerprint: SHA-256 of a fixed text of every
 * province's villages in code and name order, without the spreadsheet's row numbers, so the same villages with the
 * same sizes give the same fingerprint however the file was ordered, and anything else does not.
 */
final class SampleFrames {

    private SampleFrames() {
    }

    static List<ProvinceFrame> provinces(List<ApprovedFrame> frames, Map<String, Unit> units) {
        List<ProvinceFrame> provinces = new ArrayList<>();
        for (ApprovedFrame frame : frames) {
            Map<String, List<FrameRow>> byCommune = new LinkedHashMap<>();
            for (FrameRow row : frame.rows()) {
                byCommune.computeIfAbsent(row.communeCode(), c -> new ArrayList<>()).add(row);
            }
            List<CommuneFrame> communes = byCommune.values().stream().map(rows -> new CommuneFrame(
                    rows.get(0).communeCode(), rows.get(0).communeName(), rows.stream().map(r -> new VillageFrame(
                    r.villageName(), r.households(), r.population())).toList())).toList();
            Unit unit = units.get(frame.unitId());
            provinces.add(new ProvinceFrame(unit.id(), unit.code(), unit.name(), communes));
        }
        return provinces;
    }

    static String fingerprint(List<ApprovedFrame> frames, Map<String, Unit> units) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        List<ApprovedFrame> ordered = frames.stream()
                .sorted(Comparator.comparing((ApprovedFrame f) -> units.get(f.unitId()).code())).toList();
        for (ApprovedFrame frame : ordered) {
            sha.update(("P|" + frame.unitId() + "|" + units.get(frame.unitId()).code() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            List<FrameRow> rows = frame.rows().stream().sorted(Comparator.comparing(FrameRow::communeCode)
                    .thenComparing(FrameRow::villageName)).toList();
            for (FrameRow r : rows) {
                sha.update(("V|" + r.communeCode() + "|" + r.communeName() + "|" + r.villageName() + "|"
                        + r.households() + "|" + r.population() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
