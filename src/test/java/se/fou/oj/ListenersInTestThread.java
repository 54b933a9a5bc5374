package se.fou.oj;

import java.util.concurrent.Executor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In the application, a module's event listener runs on another thread after the commit (Spring Modulith's
 * {@code @ApplicationModuleListener} is asynchronous). In tests it runs on the test's thread, right after the commit,
 * so that a test sees the listener's effect as soon as the service call returns. It still runs without the caller's
 * login, exactly as on the other thread, so a listener that wrongly relies on the signed-in user fails here too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ListenersInTestThread implements AsyncConfigurer {

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
