package se.fou.oj.followup;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One follow-up of a decided improvement area: what it covers (FoU's proposal to the heads of department), the
 * follow-up meeting, the request through which the municipalities supply their data, and FoU's compiled report.
 *
 * @param sections FoU's text per report section; a section not yet written is absent
 */
public record FollowUp(long id, long developmentAreaId, String title, String covers, Long meetingId, Long requestId,
                       String createdBy, LocalDateTime createdAt, Map<Section, String> sections) {

    /** The sections funders and steering groups expect of a follow-up report, in their order. */
    public enum Section {
        SUMMARY, WAY_OF_WORKING, RESULTS, EQUALITY_AND_CHILD_RIGHTS, CONCLUSIONS, SUCCESS_FACTORS, CHALLENGES, PLAN_AHEAD;

        public String labelKey() {
            return "followUp.section." + name();
        }
    }
}
