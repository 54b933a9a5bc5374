package se.fou.oj;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.fou.oj.base.backup.BackupCommand;

/** FoU:s arbetsmodell kring Öppna jämförelser: entry point and Vaadin app shell. */
@SpringBootApplication
@EnableScheduling
@Theme("fou")
@Meta(name = "description", content = "FoU:s arbete med Öppna jämförelser")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // Every time the product stores or shows is Swedish wall-clock time, whatever zone the server runs in
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Stockholm"));
        if (BackupCommand.requested(args)) {
            // A command, not the app: no web server, no second embedded database
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
