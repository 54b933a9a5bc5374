package se.fou.oj.meeting;

import java.time.LocalDateTime;

/**
 * A paper of a meeting: the cycle's published compilation (a version), earlier approved minutes, or an uploaded file.
 *
 * @param referenceId the cycle (compilation) or meeting (minutes) it points at; null for a file
 */
public record Paper(long id, long meetingId, Kind kind, String title, Long referenceId, Integer referenceVersion,
                    String fileName, String contentType, Integer sizeBytes, String addedBy, LocalDateTime addedAt) {

    public enum Kind {
        COMPILATION, MINUTES, FILE
    }
}
