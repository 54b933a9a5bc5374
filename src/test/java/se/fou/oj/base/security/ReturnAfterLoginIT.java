package se.fou.oj.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import se.fou.oj.IntegrationTest;

/**
 * When a session has ended (idle timeout), the next request of the page goes to the login page, and logging in returns
 * the user to the page she was on, not to the start page.
 */
class ReturnAfterLoginIT extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;

    /** The login form's POST, in the given session (as the browser's cookie would carry it). */
    private static RequestBuilder login(MockHttpSession session) {
        return post("/login").param("username", "fou").param("password", "demo1234").with(csrf()).session(session);
    }

    @Test
    void afterTheSessionHasEndedLoggingInReturnsToThePageSheWasOn() throws Exception {
        String page = "/cycles/" + testData.demoCycle().id() + "/meetings";
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(30 * 60); // as server.servlet.session.timeout sets it in the container
        mockMvc.perform(login(session)).andExpect(authenticated());
        assertThat(mockMvc.perform(get(page).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        // Heartbeats do not keep an idle login alive; the last real request was longer ago than the timeout
        mockMvc.perform(get("/").queryParam("v-r", "heartbeat").session(session));
        session.setAttribute(IdleSessionFilter.LAST_ACTIVITY,
                System.currentTimeMillis() - session.getMaxInactiveInterval() * 1000L - 1000);
        MvcResult refused = mockMvc.perform(get(page).session(session)).andReturn();
        assertThat(session.isInvalid()).isTrue();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login");

        MockHttpSession fresh = (MockHttpSession) refused.getRequest().getSession(false);
        MvcResult login = mockMvc.perform(login(fresh))
                .andExpect(authenticated()).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isNotNull().contains(page);
    }

    @Test
    void aLoginInUseStaysLoggedIn() throws Exception {
        String page = "/cycles/" + testData.demoCycle().id() + "/meetings";
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval(30 * 60); // as server.servlet.session.timeout sets it in the container
        mockMvc.perform(login(session)).andExpect(authenticated());
        session.setAttribute(IdleSessionFilter.LAST_ACTIVITY,
                System.currentTimeMillis() - session.getMaxInactiveInterval() * 1000L + 60_000);
        assertThat(mockMvc.perform(get(page).session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aLoginWithoutAPageBeforeGoesToTheStartPage() throws Exception {
        MvcResult login = mockMvc.perform(login(new MockHttpSession()))
                .andExpect(authenticated()).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
