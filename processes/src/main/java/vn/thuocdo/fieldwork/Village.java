package vn.thuocdo.fieldwork;

import vn.thuocdo.forms.Text;

import java.util.List;

/**
 * A village on an enumerator's list: the households to visit, and the replacement households in the order they are
 * used, with the rule that says when and how.
 */
public record Village(String unitId, String communeCode, String communeName, String villageName,
                      List<Household> toVisit, List<Household> replacements, Text replacementRule) {

    public Village {
        toVisit = List.copyOf(toVisit);
        replacements = List.copyOf(replacements);
    }
}
