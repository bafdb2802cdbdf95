package vn.thuocdo.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuocdo.shared.Rejected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The type of a file from its bytes alone (the capability test covers the refusals through attach). */
class ContentInspectionTest {

    @TempDir Path dir;

    @Test
    void imagesAreKnownByTheirSignatures() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0};
        assertThat(inspect(png)).isEqualTo(EvidenceType.PNG);
        assertThat(inspect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})).isEqualTo(EvidenceType.JPEG);
        assertThat(inspect("GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(EvidenceType.GIF);
        assertThat(inspect("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(EvidenceType.WEBP);
    }

    @Test
    void aPngSignatureWithoutItsHeaderChunkIsNotAnImage() {
        byte[] fake = Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 20);
        assertThatThrownBy(() -> inspect(fake)).hasFieldOrPropertyWithValue("key", "evidence.unknownType");
    }

    @Test
    void aZipCutBeforeItsCentralDirectoryIsNotAnOfficeDocument() {
        byte[] docx = EvidenceSamples.docx();
        byte[] cut = Arrays.copyOf(docx, docx.length - 30);
        assertThatThrownBy(() -> inspect(cut)).isInstanceOf(Rejected.class)
                .hasFieldOrPropertyWithValue("key", "evidence.zipNotOffice");
    }

    @Test
    void aZipWithBothWordAndExcelPartsIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> inspect(EvidenceSamples.zip("[Content_Types].xml", "word/document.xml",
                "xl/workbook.xml"))).hasFieldOrPropertyWithValue("key", "evidence.zipNotOffice");
    }

    @Test
    void aJavaClassAndAMacProgramAreProgramsNotDocuments() {
        assertThatThrownBy(() -> inspect(new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61}))
                .hasFieldOrPropertyWithValue("key", "evidence.executable");
        assertThatThrownBy(() -> inspect(new byte[]{(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE, 7, 0, 0, 1}))
                .hasFieldOrPropertyWithValue("key", "evidence.executable");
    }

    private EvidenceType inspect(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "x", ".bin");
        Files.write(file, content);
        return ContentInspection.inspect(file);
    }
}
