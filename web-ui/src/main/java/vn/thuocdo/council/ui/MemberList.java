package vn.thuocdo.council.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.council.Member;

import java.util.List;

/** The council's members, the chair first and marked. */
class MemberList extends VerticalLayout {

    MemberList(List<Member> members) {
        setPadding(false);
        setId("council-members");
        add(new H3(getTranslation("council.members.title", members.size())));
        UnorderedList list = new UnorderedList();
        for (Member member : members) {
            list.add(new ListItem(member.displayName()
                    + (member.chair() ? " · " + getTranslation("council.members.chair") : "")));
        }
        add(list);
    }
}
