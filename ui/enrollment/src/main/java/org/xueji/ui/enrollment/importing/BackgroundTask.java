package org.xueji.ui.enrollment.importing;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long service call (import, export) on its own thread, so that the page stays responsive.
 * The console has no server push: while a task runs the page polls every 500 ms, which
 * carries the progress updates made through {@link #access}; the last task to finish stops
 * the polling. The work must not use the Vaadin session: capture the {@code Actor} first.
 */
public final class BackgroundTask {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);
    private static final int POLL_MILLIS = 500;
    /** UI data key: how many tasks of this UI are running. */
    private static final String RUNNING = BackgroundTask.class.getName() + ".running";

    /**
     * Starts the work. Called in the UI thread.
     *
     * @param done   in the UI thread with the result
     * @param failed in the UI thread with what the work threw
     * @param gone   in the task's thread when the page closed meanwhile (to delete files)
     */
    public static <T> void start(UI ui, String threadName, Callable<T> work, Consumer<T> done,
                                 Consumer<Exception> failed, Runnable gone) {
        changeRunning(ui, +1);
        Thread thread = new Thread(() -> {
            T result = null;
            Exception error = null;
            try {
                result = work.call();
            } catch (Exception e) {
                error = e;
            } finally {
                T r = result;
                Exception x = error;
                boolean delivered = access(ui, () -> {
                    changeRunning(ui, -1);
                    if (x == null) {
                        done.accept(r);
                    } else {
                        failed.accept(x);
                    }
                });
                if (!delivered) {
                    gone.run();
                }
            }
        }, threadName);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("background task {} failed", t.getName(), e));
        thread.start();
    }

    /**
     * Runs a UI change from a background thread; nothing happens when the page is gone.
     *
     * @return whether the change was queued for the page
     */
    public static boolean access(UI ui, Command command) {
        if (ui.isClosing() || !ui.isAttached()) {
            return false;
        }
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException e) {
            LOG.debug("page closed before a background update", e);
            return false;
        }
    }

    private static void changeRunning(UI ui, int delta) {
        Integer running = (Integer) ComponentUtil.getData(ui, RUNNING);
        int now = Math.max(0, (running == null ? 0 : running) + delta);
        ComponentUtil.setData(ui, RUNNING, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }

    private BackgroundTask() {
    }
}
