package vn.thuocdo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Thước Đo: the annual evaluation of public administration (PAR INDEX and SIPAS). */
@SpringBootApplication
@Modulithic(systemName = "Thước Đo", sharedModules = "shared")
public class ThuocDoApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThuocDoApplication.class, args);
    }
}
