package se.fou.oj.base.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.decision.DecisionService;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.submission.RequestService;

/**
 * axe over the main views of the demo cycle as each role sees them. Every view is checked before the test fails, so
 * that one run lists all the serious and critical violations.
 */
class AccessibilitySweepIT extends BrowserTest {

    @Autowired
    MeetingService meetingService;

    @Autowired
    RequestService requestService;
    @Autowired
    DecisionService decisionService;

    private long cycle;
    private long meeting;
    private long request;
    private Long improvementArea;

    private void demoIds() {
        cycle = testData.demoCycle().id();
        SystemActor.run(() -> {
            meeting = meetingService.meetingsOfCycle(cycle).get(0).id();
            request = requestService.requests(cycle).get(0).id();
            improvementArea = decisionService.improvementAreas(cycle).stream().findFirst()
                    .map(a -> a.developmentAreaId()).orElse(null);
        });
    }

    @Test
    void fouViews() {
        demoIds();
        Map<String, String> views = cycleViews();
        views.put("/meetings/" + meeting, "meeting-view");
        views.put("/requests/" + request + "/compiled", "compiled-answers-view");
        views.put("/overview", "overview-view");
        sweep("fou", views);
    }

    @Test
    void municipalContactViews() {
        demoIds();
        Map<String, String> views = cycleViews();
        views.put("/meetings/" + meeting, "meeting-view");
        views.put("/requests/" + request + "/submissions/0125", "submission-view");
        views.put("/overview", "overview-view");
        sweep("ekero", views);
    }

    @Test
    void socialChiefViews() {
        demoIds();
        Map<String, String> views = new LinkedHashMap<>();
        views.put("/", "start-view");
        views.put("/cycles/" + cycle + "/analysis", "analysis-view");
        views.put("/cycles/" + cycle + "/development-areas", "development-areas-view");
        views.put("/knowledge", "knowledge-view");
        views.put("/overview", "overview-view");
        if (improvementArea != null) {
            views.put("/improvement-areas/" + improvementArea + "/follow-up", "follow-up-view");
        }
        sweep("socialchef-ekero", views);
    }

    @Test
    void adminViews() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("/", "start-view");
        views.put("/admin/users", "users-view");
        views.put("/admin/municipalities", "municipalities-view");
        views.put("/admin/areas", "areas-view");
        views.put("/log", "activity-log-view");
        sweep("admin", views);
    }

    @Test
    void pagesWithoutLogin() {
        driver.manage().deleteAllCookies();
        List<String> failures = new ArrayList<>();
        for (String[] view : new String[][] {{"/login", "login-view"}, {"/" + AccessibilityStatementView.ROUTE, "accessibility-statement"}}) {
            check(view[0], view[1], "anonymous", failures);
        }
        report(failures);
    }

    private Map<String, String> cycleViews() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("/", "start-view");
        views.put("/cycles/" + cycle + "/results", "results-view");
        views.put("/cycles/" + cycle + "/compilation", "compilation-view");
        views.put("/cycles/" + cycle + "/interpretations", "interpretations-view");
        views.put("/cycles/" + cycle + "/meetings", "meetings-view");
        views.put("/cycles/" + cycle + "/development-areas", "development-areas-view");
        views.put("/cycles/" + cycle + "/requests", "requests-view");
        views.put("/cycles/" + cycle + "/analysis", "analysis-view");
        if (improvementArea != null) {
            views.put("/improvement-areas/" + improvementArea + "/follow-up", "follow-up-view");
        }
        views.put("/knowledge", "knowledge-view");
        return views;
    }

    private void sweep(String user, Map<String, String> views) {
        logIn(user);
        List<String> failures = new ArrayList<>();
        views.forEach((path, id) -> check(path, id, user, failures));
        report(failures);
    }

    private void check(String path, String id, String user, List<String> failures) {
        try {
            open(path, id);
            axe(user + " " + path);
        } catch (AssertionError | RuntimeException e) {
            failures.add(e.getMessage());
            try {
                screenshot("failed/axe-" + user + path.replaceAll("[^a-z0-9]+", "-"));
            } catch (IOException | RuntimeException ignored) {
                // the failure is reported anyway
            }
        }
    }

    private static void report(List<String> failures) {
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }
}
