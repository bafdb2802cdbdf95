package vn.thuocdo.survey.invitation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Prints one commune's invitation letters and the code list Vietnam Post delivers them with. The codes reach this
 * port in plain text only for the time of printing (see {@link IssuedCode}); the adapter keeps none of them.
 */
public interface InvitationLetters {

    /** The commune's letters as one PDF: one A4 page per household slot, in the order given. */
    void letters(LetterBatch batch, OutputStream out) throws IOException;

    /** The commune's code list as a workbook: commune, village, position, code and address of every letter. */
    void codeList(LetterBatch batch, OutputStream out) throws IOException;

    /**
     * What one letter says to its household. {@code code} is the display form ({@code XXXX-XXXX-XXX});
     * {@code surveyUrl} opens the survey with the code filled in (the QR code), {@code entryAddress} is the short
     * address where the code is typed by hand.
     */
    record Letter(String code, String surveyUrl, String entryAddress, String provinceName, String communeName,
                  String villageName, long householdPosition, String roundName, int year, LocalDate closesOn) {
    }

    /** One commune's letters: what the post office of that commune receives together. */
    record LetterBatch(String communeCode, String communeName, List<Letter> letters) {
    }
}
