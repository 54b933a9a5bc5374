package se.fou.oj.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditFilter;
import se.fou.oj.base.audit.AuditService;

/** The administrator's settings of the region (municipalities, areas) in the audit log, each field before and after. */
class RegionAuditIT extends IntegrationTest {

    @Autowired
    RegionService service;

    @Autowired
    AuditService audit;

    private List<AuditEntry> entries(String type, long id) {
        loginAs("fou");
        return audit.page(new AuditFilter(null, type, String.valueOf(id), null, null, null), 0, 10);
    }

    @Test
    void aChangedMunicipalityAndAreaShowTheirFieldsBeforeAndAfter() {
        loginAs("admin");
        Municipality municipality = service.saveMunicipality(null, "9981", "Provkommun", true);
        service.saveMunicipality(municipality.id(), "9982", "Provkommun", false);
        Area area = service.saveArea(null, "Provområde", true);
        loginAs("admin");
        service.saveArea(area.id(), "Provområdet", true);

        assertThat(entries("municipality", municipality.id()).get(0).changes()).containsExactly(
                new AuditChanges.Change("code", "9981", "9982", null, false),
                new AuditChanges.Change("active", "true", "false", "audit.value.active.", false));
        assertThat(entries("area", area.id()).get(0).changes()).containsExactly(
                new AuditChanges.Change("name", "Provområde", "Provområdet", null, false));
    }
}
