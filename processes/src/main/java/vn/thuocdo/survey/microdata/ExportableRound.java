package vn.thuocdo.survey.microdata;

/** A round with an online survey plan, and how many final responses each questionnaire has so far. */
public record ExportableRound(String roundId, int year, String name, long citizenResponses, long officialResponses) {
}
