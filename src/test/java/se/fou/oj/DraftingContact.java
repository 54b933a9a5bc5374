package se.fou.oj;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** For {@link CrashAndSeveralServersIT}: a contact saving her own draft through the API, each save numbered. */
record DraftingContact(String user, long requestId, long questionId, String code) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What a contact has had acknowledged, and sent, of her numbered saves. */
    static final class Progress {
        volatile int acknowledged;
        volatile int sent;
        volatile String failure;
        volatile int refused;
    }

    String path() {
        return "/api/v1/requests/" + requestId + "/submissions/" + code;
    }

    String body(int version, String text) throws IOException {
        return JSON.writeValueAsString(Map.of("version", version,
                "answers", List.of(Map.of("questionId", questionId, "text", text))));
    }

    void saveUntilTheServerIsGone(AppProcess app, Progress progress, AtomicInteger acknowledged) {
        int version = 0;
        try {
            for (int save = 1; ; save++) {
                progress.sent = save;
                HttpResponse<String> response = app.put(user, path(), body(version, "Utkast nummer " + save));
                if (response.statusCode() == 409) {
                    // Refused, nothing written (two saves deadlocked and the database rolled this one back): read
                    // the version again and go on, as the form does
                    progress.refused++;
                    version = JSON.readTree(app.get(user, path()).body()).path("version").asInt();
                    continue;
                }
                if (response.statusCode() != 200) {
                    progress.failure = "save " + save + ": " + response.statusCode() + " " + response.body();
                    return;
                }
                version = JSON.readTree(response.body()).path("version").asInt();
                progress.acknowledged = save;
                acknowledged.incrementAndGet();
            }
        } catch (IOException e) {
            // The server is gone: the save in flight may or may not have been committed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The number of the save the server has, 0 for none. */
    int storedSave(AppProcess app) throws IOException, InterruptedException {
        HttpResponse<String> response = app.get(user, path());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answers = JSON.readTree(response.body()).path("answers");
        if (answers.isEmpty() || answers.get(0).path("text").asText().isEmpty()) {
            return 0;
        }
        return Integer.parseInt(answers.get(0).path("text").asText().replace("Utkast nummer ", ""));
    }
}
