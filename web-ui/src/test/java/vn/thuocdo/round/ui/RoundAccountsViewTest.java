package vn.thuocdo.round.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.directory.Accounts;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundAccountsViewTest extends KaribuTest {

    @Autowired Rounds rounds;
    @Autowired Accounts accounts;

    @Test
    void withBuiltInAccountsThePageExplainsThatNothingCanBeCreatedHere() {
        Round round = rounds.launchNew(new NewRound(2095, "Đợt tài khoản", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-79"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        signIn("dieuphoi");
        navigate("rounds/accounts/" + round.id());
        RoundAccountsView view = _get(RoundAccountsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("built-in-note")).getElement().getTextRecursively())
                .startsWith("Đang chạy với tài khoản dùng thử cài sẵn");
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.createGroups.isEnabled()).isFalse();
        assertThat(view.invite.isEnabled()).isFalse();
        assertThat(accounts.unitsWithGroup(accounts.unitsOf(round.participants()), TestActors.COORDINATOR))
                .containsExactly("T34-31");
        assertThatThrownBy(() -> accounts.createMissingGroups(accounts.unitsOf(round.participants()), TestActors.COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("accounts.builtIn"));
    }
}
