package se.fou.oj.base.pdf;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * Times every report from its first page to its last byte: the timer {@code oj.pdf.generation} tagged
 * {@code report=<name>}, the name taken from the class that makes the report ({@code CompilationPdf} →
 * {@code compilation}, {@code FollowUpPdf} → {@code follow-up}, {@code CompiledAnswersExport} →
 * {@code compiled-answers}), so a new report is measured without a line of its own.
 *
 * <p>A report is made with {@code new}, not by Spring, so the timer goes to Micrometer's global registry, to which
 * Spring Boot binds the application's registry ({@code management.metrics.use-global-registry}, on by default).
 * Without a Spring application (a plain unit test) the global registry records nothing.
 */
final class PdfGenerationTimer {

    static final String NAME = "oj.pdf.generation";

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final String report;
    private final Timer.Sample sample;

    private PdfGenerationTimer(String report) {
        this.report = report;
        this.sample = Timer.start(Metrics.globalRegistry);
    }

    /** Starts timing the report made by the caller of the caller of this method (the one calling {@code new PdfReport}). */
    static PdfGenerationTimer startForCallerOfCaller() {
        Class<?> maker = STACK.walk(frames -> frames.skip(2).findFirst())
                .<Class<?>>map(StackWalker.StackFrame::getDeclaringClass).orElse(PdfReport.class);
        return new PdfGenerationTimer(reportName(maker));
    }

    void stop() {
        sample.stop(Timer.builder(NAME).tag("report", report).description("Time to draw and write a PDF report")
                .register(Metrics.globalRegistry));
    }

    /** The report's name from its maker's class (an anonymous one's enclosing class) without "Pdf"/"Export", kebab case. */
    static String reportName(Class<?> maker) {
        Class<?> named = maker;
        while (named.isAnonymousClass() && named.getEnclosingClass() != null) {
            named = named.getEnclosingClass();
        }
        String name = named.getSimpleName();
        for (String suffix : new String[] {"Pdf", "Export"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
