package nl.kring.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The application's executor: all background work on one worker thread, in the order it was started (the vault has
 * one connection, see decision 3), never on the FX thread; results and errors come back on the FX thread. The idle
 * thread ends after a while and a new one starts with the next task, still one at a time.
 */
public final class WorkerExecutor implements TaskExecutor {
    private final ThreadPoolExecutor worker;

    public WorkerExecutor() {
        worker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "kring-worker");
            t.setDaemon(true);
            return t;
        });
        worker.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> Future<T> execute(Tasks.Builder<T> b) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return b.work().run((f, m) -> {
                    updateProgress(f, 1.0);
                    if (m != null) {
                        updateMessage(m);
                    }
                });
            }
        };
        Runnable begin = () -> {
            if (b.busy() != null) {
                b.busy().set(true);
            }
            if (b.progress() != null) {
                b.progress().bind(task.progressProperty());
                b.message().bind(task.messageProperty());
            }
        };
        Runnable end = () -> {
            if (b.busy() != null) {
                b.busy().set(false);
            }
            if (b.progress() != null) {
                b.progress().unbind();
                b.message().unbind();
            }
        };
        task.setOnSucceeded(e -> {
            end.run();
            b.succeeded(task.getValue());
        });
        task.setOnFailed(e -> {
            end.run();
            b.failed(task.getException());
        });
        if (Platform.isFxApplicationThread()) {
            begin.run();
        } else {
            Platform.runLater(begin);
        }
        worker.execute(task);
        return task;
    }
}
