package vn.thuocdo.evidence;

import vn.thuocdo.shared.Rejected;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a received file is, from its bytes: the magic at its start and, for a zip, the names in its central
 * directory. The name a person gave it is only checked against the result. An Office file is recognised without
 * inflating anything: its central directory lists {@code [Content_Types].xml} and the {@code word/} or {@code xl/}
 * parts; any other zip (an archive, a JAR, an APK) is refused, and so is a macro-carrying one.
 */
final class ContentInspection {

    /** A real .docx or .xlsx has a few dozen to a few thousand entries. */
    static final int MAX_ZIP_ENTRIES = 20_000;
    /** The central directory of MAX_ZIP_ENTRIES entries with long names stays well under this. */
    static final int MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;
    private static final int EOCD_MIN = 22;
    private static final int EOCD_SEARCH = EOCD_MIN + 65_535;

    private ContentInspection() {
    }

    static EvidenceType inspect(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(16);
            channel.read(head, 0);
            byte[] b = java.util.Arrays.copyOf(head.array(), head.position());
            if (b.length == 0) {
                throw new Rejected("evidence.empty");
            }
            if (starts(b, "%PDF-")) {
                return EvidenceType.PDF;
            }
            if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A) && b.length >= 16
                    && new String(b, 12, 4, StandardCharsets.ISO_8859_1).equals("IHDR")) {
                return EvidenceType.PNG;
            }
            if (starts(b, 0xFF, 0xD8, 0xFF)) {
                return EvidenceType.JPEG;
            }
            if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
                return EvidenceType.GIF;
            }
            if (starts(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
                return EvidenceType.WEBP;
            }
            if (starts(b, 'P', 'K', 3, 4)) {
                return office(channel);
            }
            String program = program(b);
            if (program != null) {
                throw new Rejected("evidence.executable", program);
            }
            throw new Rejected("evidence.unknownType");
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** Executables and scripts, named for the message: a person renaming one learns what it really is. */
    private static String program(byte[] b) {
        if (starts(b, 'M', 'Z')) {
            return "Windows EXE/DLL (MZ)";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "Linux ELF";
        }
        if (starts(b, '#', '!')) {
            return "script (#!)";
        }
        if (starts(b, 0xFE, 0xED, 0xFA, 0xCE) || starts(b, 0xFE, 0xED, 0xFA, 0xCF) || starts(b, 0xCF, 0xFA, 0xED, 0xFE)
                || starts(b, 0xCE, 0xFA, 0xED, 0xFE) || starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "Mach-O / Java class";
        }
        return null;
    }

    /** Reads the zip's central directory (bounded) and decides DOCX, XLSX or a refusal. */
    private static EvidenceType office(FileChannel channel) throws IOException {
        long size = channel.size();
        int tailLength = (int) Math.min(size, EOCD_SEARCH);
        ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(tail, size - tailLength);
        int eocd = -1;
        for (int i = tailLength - EOCD_MIN; i >= 0; i--) {
            if (tail.getInt(i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new Rejected("evidence.zipNotOffice", "?");
        }
        int entries = Short.toUnsignedInt(tail.getShort(eocd + 10));
        long cdSize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
        long cdOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
        if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL || entries > MAX_ZIP_ENTRIES || cdSize > MAX_CENTRAL_DIRECTORY
                || cdOffset + cdSize > size) {
            // Zip64 or a directory larger than any Office file's: not something a person saved from Word or Excel.
            throw new Rejected("evidence.zipNotOffice", "?");
        }
        ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(cd, cdOffset);
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        boolean macros = false;
        String firstOther = null;
        int at = 0;
        for (int n = 0; n < entries; n++) {
            if (at + 46 > cdSize || cd.getInt(at) != 0x02014b50) {
                throw new Rejected("evidence.zipNotOffice", "?");
            }
            int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(cd.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(cd.getShort(at + 32));
            if (at + 46 + nameLength > cdSize) {
                throw new Rejected("evidence.zipNotOffice", "?");
            }
            String name = new String(cd.array(), at + 46, nameLength, StandardCharsets.UTF_8);
            contentTypes |= name.equals("[Content_Types].xml");
            word |= name.equals("word/document.xml");
            excel |= name.equals("xl/workbook.xml");
            macros |= name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin");
            if (firstOther == null && !name.startsWith("word/") && !name.startsWith("xl/")
                    && !name.startsWith("docProps/") && !name.startsWith("_rels/") && !name.startsWith("customXml/")
                    && !name.equals("[Content_Types].xml")) {
                firstOther = name;
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        if (macros) {
            throw new Rejected("evidence.macros");
        }
        if (contentTypes && word && !excel) {
            return EvidenceType.DOCX;
        }
        if (contentTypes && excel && !word) {
            return EvidenceType.XLSX;
        }
        throw new Rejected("evidence.zipNotOffice", shown(firstOther));
    }

    /** An entry name as the message shows it: printable, short. */
    private static String shown(String name) {
        if (name == null) {
            return "?";
        }
        String clean = name.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    private static boolean starts(byte[] b, String text) {
        return starts(b, text.chars().toArray());
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
