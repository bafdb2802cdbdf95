package vn.thuocdo.forms.design;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.math.BigDecimal;
import java.util.List;

/**
 * Call-backs (phúc tra): the share of each enumerator's completed interviews a supervisor calls back, rounded up,
 * at least {@code minimumPerEnumerator} when the enumerator has any; {@code questions} are the key questions asked
 * again to see whether the household's answers match.
 */
public record CallBackRule(@JsonDeserialize(using = StrictNumbers.Share.class) BigDecimal share,
                           @JsonDeserialize(using = StrictNumbers.Whole.class) Integer minimumPerEnumerator,
                           List<String> questions) {

    public CallBackRule {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
