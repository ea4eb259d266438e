package nl.kring.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Runs the work on the calling thread and then, before returning, its success or error handler (JabRef's
 * {@code CurrentThreadTaskExecutor}). For ViewModel tests: a test that calls {@code vm.save()} on the FX thread finds
 * the result in the ViewModel when the call returns, without waiting or polling. Not for the application: there the
 * FX thread must never touch the vault.
 */
public final class SameThreadExecutor implements TaskExecutor {

    @Override
    public <T> Future<T> execute(Tasks.Builder<T> b) {
        if (b.busy() != null) {
            b.busy().set(true);
        }
        T result;
        try {
            result = b.work().run((f, m) -> {
                if (b.progress() != null) {
                    b.progress().set(f);
                    if (m != null) {
                        b.message().set(m);
                    }
                }
            });
        } catch (Exception | Error e) {
            end(b);
            b.failed(e);
            return CompletableFuture.failedFuture(e);
        }
        end(b);
        b.succeeded(result);
        return CompletableFuture.completedFuture(result);
    }

    private static void end(Tasks.Builder<?> b) {
        if (b.busy() != null) {
            b.busy().set(false);
        }
    }
}
