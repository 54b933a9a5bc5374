package se.fou.oj.actionplan;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.decision.ProposalDecided;

/**
 * Lays out the action plans of an improvement area once it is decided (right after the decision's commit, as the
 * system: seeding only writes down what the decision says). Areas decided before action plans existed get theirs at
 * start-up, and any area on first sight ({@link ActionPlanService#plans}); seeding is idempotent, so these overlap safely.
 */
@Component
class ActionPlanListeners {

    private final ActionPlanService service;

    ActionPlanListeners(ActionPlanService service) {
        this.service = service;
    }

    @ApplicationModuleListener
    void on(ProposalDecided decided) {
        if (decided.approved()) {
            SystemActor.run(() -> service.ensurePlans(decided.developmentAreaId()));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seedDecidedAreas() {
        SystemActor.run(service::ensureAllPlans);
    }
}
