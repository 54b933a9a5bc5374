package se.fou.oj.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.CycleService;
import se.fou.oj.region.RegionService;
import se.fou.oj.user.UserAccount;
import se.fou.oj.user.UserService;

/**
 * What a meeting shows from other modules, which meeting keeps only as ids: the cycle's title, people and
 * municipalities. The services pass it to {@link MeetingRepository}, which asks once per kind for all the ids of a
 * meeting (never once per row).
 */
@Component
class MeetingNames {

    private final CycleService cycleService;
    private final UserService userService;
    private final RegionService regionService;

    MeetingNames(CycleService cycleService, UserService userService, RegionService regionService) {
        this.cycleService = cycleService;
        this.userService = userService;
        this.regionService = regionService;
    }

    String cycleTitle(long cycleId) {
        return cycleService.cycle(cycleId).title();
    }

    Map<Long, UserAccount> users(Collection<Long> ids) {
        return userService.accounts(ids);
    }

    Map<Long, String> municipalities(Collection<Long> ids) {
        return regionService.municipalityNames(ids);
    }

    /** Every active municipal contact, for a meeting that invites them all. */
    List<Long> activeContactIds() {
        return userService.activeUserIds(List.of(Role.MUNICIPAL_CONTACT));
    }
}
