package se.fou.oj.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The setting that chooses where the actuator's endpoints other than health are reachable. */
class ManagementExposureTest {

    @Test
    void byDefaultTheEndpointsAreOnTheAppsPortForAdministrators() {
        assertThat(ManagementExposure.of(null, null, 8080)).isEqualTo(ManagementExposure.ADMIN);
        assertThat(ManagementExposure.of(" ", null, 8080)).isEqualTo(ManagementExposure.ADMIN);
        assertThat(ManagementExposure.of("admin", null, 8080).requiresAdministrator()).isTrue();
        // The management port set to the app's own port is no port of its own
        assertThat(ManagementExposure.of("Admin", 8080, 8080)).isEqualTo(ManagementExposure.ADMIN);
    }

    @Test
    void onAPortOfTheirOwnTheyNeedNoLogin() {
        ManagementExposure exposure = ManagementExposure.of("port", 8081, 8080);
        assertThat(exposure).isEqualTo(ManagementExposure.PORT);
        assertThat(exposure.requiresAdministrator()).isFalse();
    }

    @Test
    void portWithoutAPortOfItsOwnIsRefused() {
        assertThatThrownBy(() -> ManagementExposure.of("port", null, 8080))
                .hasMessageContaining("management.server.port");
        assertThatThrownBy(() -> ManagementExposure.of("port", 8080, 8080))
                .hasMessageContaining("management.server.port");
    }

    @Test
    void aManagementPortWithoutSayingPortIsRefusedRatherThanLeftOpen() {
        assertThatThrownBy(() -> ManagementExposure.of("admin", 8081, 8080))
                .hasMessageContaining("app.management.exposure=port");
    }

    @Test
    void anUnknownSettingIsRefused() {
        assertThatThrownBy(() -> ManagementExposure.of("open", null, 8080)).hasMessageContaining("'open'");
    }
}
