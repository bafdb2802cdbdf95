package vn.thuocdo.forms.design;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import vn.thuocdo.forms.Text;

import java.math.BigDecimal;

/**
 * Paper forms typed twice (nhập liệu hai lần): the share of each enumerator's paper interviews that another person
 * of the branch types again, rounded up, so that typing errors show as differences. {@code label} says where the
 * figure comes from (the shipped one is an assumption of ours, marked [A]).
 */
public record DoubleEntryRule(@JsonDeserialize(using = StrictNumbers.Share.class) BigDecimal share, Text label) {
}
