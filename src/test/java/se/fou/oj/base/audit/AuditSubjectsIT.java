package se.fou.oj.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.fou.oj.IntegrationTest;

/**
 * Each module names the things the audit log records, as the log showed them before it kept the names itself: a
 * cycle and its compilation by area and year, a report by its cycle, a proposal by its area, an answer by request and
 * municipality; a kind no module names keeps its id, and a thing that is gone has no name.
 */
class AuditSubjectsIT extends IntegrationTest {

    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    private String id(String sql) {
        return String.valueOf(jdbc.queryForObject(sql, Long.class));
    }

    private String text(String sql) {
        return jdbc.queryForObject(sql, String.class);
    }

    @Test
    void everyModuleNamesItsOwnThings() {
        // A change is recorded in the request of the user who made it
        loginAs("fou");
        String cycle = id("select c.id from cycle c join area a on a.id = c.area_id where a.name = 'Ekonomiskt bistånd' and c.cycle_year = 2018");
        assertThat(audit.subjectName("cycle", cycle)).isEqualTo("Ekonomiskt bistånd 2018");
        assertThat(audit.subjectName("compilation", cycle)).isEqualTo("Ekonomiskt bistånd 2018");
        assertThat(audit.subjectName("analysisReport", id("select min(id) from analysis_report where cycle_id = " + cycle)))
                .isEqualTo("Ekonomiskt bistånd 2018");

        String proposal = id("select min(id) from analysis_proposal");
        assertThat(audit.subjectName("proposal", proposal)).isEqualTo(text(
                "select d.title from analysis_proposal p join development_area d on d.id = p.development_area_id where p.id = " + proposal));
        String meeting = id("select min(id) from meeting");
        assertThat(audit.subjectName("meeting", meeting)).isEqualTo(text("select title from meeting where id = " + meeting));
        String request = id("select min(id) from request");
        String requestTitle = text("select title from request where id = " + request);
        assertThat(audit.subjectName("request", request)).isEqualTo(requestTitle);
        assertThat(audit.subjectName("submission", request + "/0125")).isEqualTo(requestTitle + " – Ekerö");
        assertThat(audit.subjectName("user", id("select id from app_user where username = 'ekero'"))).isEqualTo("Eva Kontaktperson");
        assertThat(audit.subjectName("municipality", id("select id from municipality where code = '0125'"))).isEqualTo("Ekerö");
        assertThat(audit.subjectName("area", id("select id from area where name = 'Ekonomiskt bistånd'"))).isEqualTo("Ekonomiskt bistånd");
        String area = id("select min(id) from development_area");
        assertThat(audit.subjectName("developmentArea", area)).isEqualTo(text("select title from development_area where id = " + area));
    }

    @Test
    void aKindNoModuleNamesKeepsItsIdAndAThingThatIsGoneHasNoName() {
        assertThat(audit.subjectName("interpretation", "3.1")).isEqualTo("3.1");
        assertThat(audit.subjectName("meeting", "999999999")).isNull();
        assertThat(audit.subjectName("meeting", "inte-ett-nummer")).isNull();
    }
}
