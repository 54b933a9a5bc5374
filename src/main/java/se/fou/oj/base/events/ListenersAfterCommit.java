package se.fou.oj.base.events;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where a module's event listener runs: on the publishing thread, right after the publishing transaction committed,
 * in a transaction of its own ({@code @ApplicationModuleListener}), and without the publisher's login, as on any
 * other thread. Spring Modulith would otherwise hand listeners to a thread pool. Here the listeners are a few quick
 * writes (notifications), and running them at once means that the person who acted sees their effect on the page
 * that follows, that the demo's story dates them by its clock, and that tests see them when the call returns. A
 * listener that fails is logged and its publication stays in the registry for {@link EventRetryJob}; the change that
 * published it stands.
 */
@Configuration(proxyBeanMethods = false)
class ListenersAfterCommit implements AsyncConfigurer {

    @Override
    public Executor getAsyncExecutor() {
        return task -> {
            SecurityContext caller = SecurityContextHolder.getContext();
            SecurityContextHolder.clearContext();
            try {
                task.run();
            } finally {
                SecurityContextHolder.setContext(caller);
            }
        };
    }
}
