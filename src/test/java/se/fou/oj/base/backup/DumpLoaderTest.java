package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dump's definitions are loaded without their definer, in both forms mariadb-dump writes; rows are untouched. */
class DumpLoaderTest {

    @Test
    void aTriggerLosesItsDefinerWithOrWithoutAHost() {
        String external = "/*!50003 CREATE*/ /*!50017 DEFINER=`fou`@`10.0.0.%`*/ /*!50003 TRIGGER t BEFORE UPDATE ON a"
                + " FOR EACH ROW SIGNAL SQLSTATE '45000' */";
        // The embedded server runs without grant tables: its dump names an empty definer, no host
        String embedded = "/*!50003 CREATE*/ /*!50017 DEFINER=``*/ /*!50003 TRIGGER t BEFORE UPDATE ON a"
                + " FOR EACH ROW SIGNAL SQLSTATE '45000' */";

        assertThat(DumpLoader.withoutDefiner(external)).doesNotContain("DEFINER")
                .startsWith("/*!50003 CREATE*/  /*!50003 TRIGGER t BEFORE UPDATE ON a");
        assertThat(DumpLoader.withoutDefiner(embedded)).doesNotContain("DEFINER")
                .startsWith("/*!50003 CREATE*/  /*!50003 TRIGGER t BEFORE UPDATE ON a");
    }

    @Test
    void rowsKeepTheWordWhereverItStands() {
        String insert = "INSERT INTO `meeting_paper` VALUES (1,'DEFINER=`x`@`y` and DEFINER=``')";

        assertThat(DumpLoader.withoutDefiner(insert)).isEqualTo(insert);
    }
}
