package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import se.fou.oj.base.security.IdleSessionFilter;

/**
 * WCAG 2.2.1: the warning before an idle session ends, and the way back after it has ended. The browser's own session
 * is shortened to 26 seconds in the container, so that the warning (20 seconds ahead) comes after 6 seconds.
 */
class SessionWarningIT extends BrowserTest {

    @Autowired
    WebServerApplicationContext server;

    /** The container's session behind the browser's cookie. */
    private HttpSession browserSession() throws IOException {
        String id = driver.manage().getCookieNamed("JSESSIONID").getValue();
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        return context.getManager().findSession(id).getSession();
    }

    @Test
    void warnsBeforeTheEndAndStayingLoggedInExtendsTheSession() throws IOException {
        String page = "/cycles/" + testData.demoCycle().id() + "/meetings";
        logIn("fou");
        open(page, "meetings-view");
        browserSession().setMaxInactiveInterval(26);
        driver.navigate().refresh();
        waitFor("meetings-view");

        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id(SessionWarning.ID)));
        screenshot("session-warning");
        assertThat(byId(SessionWarning.ID).getText()).contains("Du loggas snart ut", "loggas du ut om", "Fortsätt vara inloggad");
        int secondsLeft = Integer.parseInt(byId("session-countdown").getText());
        assertThat(secondsLeft).isBetween(1, 20);
        assertThat(byId("meetings-view").isDisplayed()).as("the page stays under the warning").isTrue();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus on the way to stay").isEqualTo("session-stay");
        Axe.check(driver, "session warning");

        long before = (Long) browserSession().getAttribute(IdleSessionFilter.LAST_ACTIVITY);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id(SessionWarning.ID)));
        waitUpTo(10).until(d -> {
            try {
                return (Long) browserSession().getAttribute(IdleSessionFilter.LAST_ACTIVITY) > before;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(driver.getCurrentUrl()).endsWith(page);
        assertThat(byId("meetings-view").isDisplayed()).isTrue();
    }

    @Test
    void afterTheSessionHasEndedLoggingInReturnsToThePage() throws IOException {
        String page = "/cycles/" + testData.demoCycle().id() + "/meetings";
        logIn("fou");
        open(page, "meetings-view");
        // Idle for longer than the timeout; the page reloads itself at the end (here: at once)
        HttpSession session = browserSession();
        session.setAttribute(IdleSessionFilter.LAST_ACTIVITY,
                System.currentTimeMillis() - session.getMaxInactiveInterval() * 1000L - 5000);
        driver.navigate().refresh();
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys("fou");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo1234", Keys.ENTER);
        waitFor("meetings-view");
        assertThat(driver.getCurrentUrl()).contains(page);
    }
}
