package se.fou.oj.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The splitter cuts mariadb-dump's output exactly where the mariadb client would. */
class SqlScriptSplitterTest {

    @Test
    void semicolonsAndQuotesInsideValuesDoNotEndAStatement() {
        List<String> statements = SqlScriptSplitter.split("""
                INSERT INTO `note` VALUES (1,'a; b','it\\'s; \\\\'),(2,'dubbel''citat; här',"dq \\" ;");
                INSERT INTO `x;y` VALUES (3,'-- not a comment','/* nor this */ # nor this');
                """);

        assertThat(statements).containsExactly(
                "INSERT INTO `note` VALUES (1,'a; b','it\\'s; \\\\'),(2,'dubbel''citat; här',\"dq \\\" ;\")",
                "INSERT INTO `x;y` VALUES (3,'-- not a comment','/* nor this */ # nor this')");
    }

    @Test
    void commentsAreLeftOutAndConditionalCommentsAreSent() {
        List<String> statements = SqlScriptSplitter.split("""
                /*M!999999\\- enable the sandbox mode */
                -- MariaDB dump 10.19  Distrib 10.11.5-MariaDB
                --
                # a hash comment; with a semicolon
                /* a plain comment; with a semicolon */
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                /*!40103 SET TIME_ZONE='+00:00' */;
                --
                -- Dump completed on 2026-12-03 18:00:00
                """);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).startsWith("/*M!999999\\- enable the sandbox mode */")
                .endsWith("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */")
                .doesNotContain("MariaDB dump", "hash comment", "plain comment");
        assertThat(statements.get(1)).isEqualTo("/*!40103 SET TIME_ZONE='+00:00' */");
    }

    @Test
    void hexBlobsAndMultiLineCreateTableStayWhole() {
        List<String> statements = SqlScriptSplitter.split("""
                DROP TABLE IF EXISTS `meeting_paper`;
                /*!40101 SET @saved_cs_client     = @@character_set_client */;
                CREATE TABLE `meeting_paper` (
                  `id` bigint(20) NOT NULL AUTO_INCREMENT,
                  `title` varchar(300) NOT NULL DEFAULT 'a;b',
                  `content` longblob DEFAULT NULL, -- trailing comment; here
                  PRIMARY KEY (`id`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_swedish_ci;
                INSERT INTO `meeting_paper` VALUES (1,'x',0x255044462D3B0027225C),(2,'y',NULL);
                """);

        assertThat(statements).hasSize(4);
        assertThat(statements.get(2)).startsWith("CREATE TABLE `meeting_paper` (\n  `id` bigint(20)")
                .contains("DEFAULT 'a;b'").doesNotContain("trailing comment")
                .endsWith("COLLATE=utf8mb4_swedish_ci");
        assertThat(statements.get(3)).isEqualTo(
                "INSERT INTO `meeting_paper` VALUES (1,'x',0x255044462D3B0027225C),(2,'y',NULL)");
    }

    @Test
    void aTriggerBetweenDelimiterLinesIsOneStatement() {
        List<String> statements = SqlScriptSplitter.split("""
                /*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
                DELIMITER ;;
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER audit_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
                BEGIN
                  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no; never */ here';
                  SET @x = 1;
                END */;;
                DELIMITER ;
                /*!50003 SET sql_mode              = @saved_sql_mode */ ;
                """);

        assertThat(statements).containsExactly(
                "/*!50003 SET @saved_sql_mode       = @@sql_mode */",
                "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER audit_no_update BEFORE UPDATE"
                        + " ON audit_entry FOR EACH ROW\nBEGIN\n  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no; never */ here';\n"
                        + "  SET @x = 1;\nEND */",
                "/*!50003 SET sql_mode              = @saved_sql_mode */");
    }

    @Test
    void aLastStatementWithoutDelimiterIsStillSent() {
        assertThat(SqlScriptSplitter.split("SELECT 1;\nSELECT 'end'\n")).containsExactly("SELECT 1", "SELECT 'end'");
        assertThat(SqlScriptSplitter.split("-- nothing\n\n")).isEmpty();
    }
}
