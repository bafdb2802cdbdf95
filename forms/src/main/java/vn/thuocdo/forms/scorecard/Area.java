package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Text;

import java.math.BigDecimal;
import java.util.List;

/** An area of reform (lĩnh vực), e.g. "1 Công tác chỉ đạo, điều hành cải cách hành chính": its criteria and points. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "title", "maxPoints", "criteria"})
public record Area(String code, Text title, BigDecimal maxPoints, List<Criterion> criteria) implements Scorecard.Node {

    public Area {
        maxPoints = Decimals.canonical(maxPoints);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    @JsonIgnore
    public int level() {
        return 1;
    }
}
