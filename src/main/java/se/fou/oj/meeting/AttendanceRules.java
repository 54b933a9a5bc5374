package se.fou.oj.meeting;

import java.util.ArrayList;
import java.util.List;
import se.fou.oj.region.Municipality;

/**
 * Who a result meeting needs: from each municipality its head of department (or equivalent) and at least one more
 * person; from FoU the area specialist, a follow-up coordinator and a minute-taker. Other kinds need nothing fixed.
 */
final class AttendanceRules {

    static final List<JobFunction> FOU_NEEDED = List.of(JobFunction.AREA_SPECIALIST, JobFunction.FOLLOW_UP_COORDINATOR,
            JobFunction.MINUTE_TAKER);

    /**
     * @param municipality null for FoU
     * @param function the missing function; null means "a second person" of the municipality
     */
    record Missing(String municipality, JobFunction function) {
    }

    private AttendanceRules() {
    }

    static List<Missing> missing(Meeting meeting, List<Municipality> region) {
        List<Missing> missing = new ArrayList<>();
        if (meeting.kind() != MeetingKind.RESULT_MEETING) {
            return missing;
        }
        List<Meeting.Attendance> present = meeting.attendance().stream().filter(Meeting.Attendance::present).toList();
        for (Municipality municipality : region) {
            List<Meeting.Attendance> theirs = present.stream()
                    .filter(a -> a.municipalityId() != null && a.municipalityId() == municipality.id()).toList();
            if (theirs.stream().noneMatch(a -> a.function() == JobFunction.HEAD_OF_DEPARTMENT)) {
                missing.add(new Missing(municipality.name(), JobFunction.HEAD_OF_DEPARTMENT));
            }
            if (theirs.size() < 2) {
                missing.add(new Missing(municipality.name(), null));
            }
        }
        for (JobFunction function : FOU_NEEDED) {
            if (present.stream().noneMatch(a -> a.municipalityId() == null && a.function() == function)) {
                missing.add(new Missing(null, function));
            }
        }
        return missing;
    }
}
