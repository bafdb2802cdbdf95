package vn.thuocdo.testing;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capabilities on H2, the embedded default's database: one context and one in-memory database for every test
 * that proves its SQL runs there too (each keeps to its own round years, as on PostgreSQL). The council's members
 * are built-in accounts; the evidence files go to a directory of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProcessesTestApplication.class, properties = {"camunda.bpm.job-execution.enabled=false",
        "spring.main.banner-mode=off", "logging.level.org.camunda=WARN",
        "spring.datasource.url=jdbc:h2:mem:embedded;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "spring.datasource.password=", "thuocdo.evidence.directory=target/evidence-h2",
        "thuocdo.identity.demo-accounts[0].username=hoidong",
        "thuocdo.identity.demo-accounts[0].display-name=Vũ Thị Lan",
        "thuocdo.identity.demo-accounts[0].unit=BO-BNV",
        "thuocdo.identity.demo-accounts[0].roles[0]=council-member",
        "thuocdo.identity.demo-accounts[1].username=hoidong.binh",
        "thuocdo.identity.demo-accounts[1].display-name=Ngô Thanh Bình",
        "thuocdo.identity.demo-accounts[1].unit=BO-BNV",
        "thuocdo.identity.demo-accounts[1].roles[0]=council-member",
        "thuocdo.identity.demo-accounts[2].username=hoidong.huong",
        "thuocdo.identity.demo-accounts[2].display-name=Lý Thu Hương",
        "thuocdo.identity.demo-accounts[2].unit=BO-BNV",
        "thuocdo.identity.demo-accounts[2].roles[0]=council-member"})
public @interface OnH2 {
}
