package se.fou.oj.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Every report is timed under a name taken from the class that makes it. */
class PdfGenerationTimerTest {

    static class CompilationPdf {
    }

    static class CompiledAnswersExport {
    }

    static class FollowUpPdf {
        static Object anonymousPart() {
            return new Object() {
            };
        }
    }

    @Test
    void theReportIsNamedByItsMaker() {
        assertThat(PdfGenerationTimer.reportName(CompilationPdf.class)).isEqualTo("compilation");
        assertThat(PdfGenerationTimer.reportName(CompiledAnswersExport.class)).isEqualTo("compiled-answers");
        assertThat(PdfGenerationTimer.reportName(FollowUpPdf.class)).isEqualTo("follow-up");
        assertThat(PdfGenerationTimer.reportName(FollowUpPdf.anonymousPart().getClass())).isEqualTo("follow-up");
        assertThat(PdfGenerationTimer.reportName(PdfReport.class)).isEqualTo("pdf-report");
    }

    @Test
    void aWrittenReportIsTimedUnderTheNameOfTheClassThatMadeIt() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            try (PdfReport report = new PdfReport("Titel", "Ämne", "FoU", "Sidfot", null)) {
                report.heading(1, "Rubrik");
                report.toBytes();
            }
            assertThat(registry.get(PdfGenerationTimer.NAME).tag("report", "pdf-generation-timer-test").timer().count())
                    .isEqualTo(1);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }
}
