package vn.thuocdo.fieldwork;

import vn.thuocdo.shared.Rejected;

import java.util.Map;

/** The device's paradata, bounded: a section name, a number of seconds and a device name each have a ceiling. */
final class ParadataCheck {

    static final int MAX_DEVICE = 100;
    static final int MAX_SECTIONS = 100;
    static final int MAX_SECTION = 64;
    /** A day: no section of a household interview takes longer. */
    static final int MAX_SECONDS = 86_400;

    Paradata check(Paradata paradata) {
        if (paradata == null) {
            return Paradata.NONE;
        }
        if (paradata.startedAt() != null && paradata.endedAt() != null
                && paradata.endedAt().isBefore(paradata.startedAt())) {
            throw new Rejected("fieldwork.paradataEndBeforeStart");
        }
        if (paradata.sectionSeconds().size() > MAX_SECTIONS) {
            throw new Rejected("fieldwork.paradataInvalid");
        }
        for (Map.Entry<String, Integer> section : paradata.sectionSeconds().entrySet()) {
            if (section.getKey().isEmpty() || section.getKey().length() > MAX_SECTION || section.getValue() == null
                    || section.getValue() < 0 || section.getValue() > MAX_SECONDS) {
                throw new Rejected("fieldwork.paradataInvalid");
            }
        }
        String device = Bounded.optional(paradata.device(), MAX_DEVICE, "fieldwork.paradataInvalid");
        return new Paradata(paradata.startedAt(), paradata.endedAt(), paradata.sectionSeconds(), device);
    }
}
