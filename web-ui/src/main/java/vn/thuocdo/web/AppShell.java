package vn.thuocdo.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every view: title, description, our small stylesheet (served as is, no bundling). The document's
 * {@code lang} is set per request by {@link Languages}, as it follows the person's choice.
 */
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Thước Đo");
        settings.addMetaTag("description", "Đánh giá Chỉ số CCHC và Chỉ số hài lòng SIPAS");
        settings.addLink("stylesheet", "styles/thuocdo.css");
    }
}
