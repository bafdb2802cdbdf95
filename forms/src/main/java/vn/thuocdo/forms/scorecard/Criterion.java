package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Text;

import java.math.BigDecimal;
import java.util.List;

/** A criterion (tiêu chí), e.g. "1.2": its sub-criteria, whose points add up to its own. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "title", "maxPoints", "guidance", "subCriteria"})
public record Criterion(String code, Text title, BigDecimal maxPoints, Text guidance, List<SubCriterion> subCriteria)
        implements Scorecard.Node {

    public Criterion {
        maxPoints = Decimals.canonical(maxPoints);
        subCriteria = subCriteria == null ? List.of() : List.copyOf(subCriteria);
    }

    @JsonIgnore
    public int level() {
        return 2;
    }
}
