package se.fou.oj.submission;

import java.util.Locale;
import se.fou.oj.base.i18n.Messages;
import se.fou.oj.base.pdf.PdfReport;

/** A request's written answers in the reports (short analysis, follow-up): question by question, each municipality. */
public final class AnswersPdf {

    private AnswersPdf() {
    }

    /**
     * Only a submitted answer is an answer: a municipality that has not submitted is reported by its status, never by
     * its draft's text, and one that submitted without answering this question says so.
     */
    public static void byQuestion(PdfReport pdf, CompiledAnswers compiled, Messages messages) {
        for (Request.Question question : compiled.request().questions()) {
            pdf.paragraph(question.position() + ". " + question.text());
            for (Submission submission : compiled.submissions()) {
                String text = compiled.counted(submission) ? submission.answers().get(question.id()) : null;
                String shown = text != null && !text.isBlank() ? text : compiled.counted(submission)
                        ? messages.get("analysis.pdf.noAnswer")
                        : messages.get(submission.status().labelKey()).toLowerCase(Locale.ROOT);
                pdf.note(submission.municipalityName() + ": " + shown);
            }
        }
    }
}
