package se.fou.oj.submission;

import java.util.LinkedHashMap;
import java.util.Map;

/** A draft's answers as the service takes them: the request's questions in order, each with its text. */
final class RequestAnswers {

    private RequestAnswers() {
    }

    static Map<Long, String> answers(Request request, String... texts) {
        Map<Long, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            answers.put(request.questions().get(i).id(), texts[i]);
        }
        return answers;
    }
}
