package nl.kring.ui;

import nl.kring.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base of the screen tests that show one view over a fresh vault ({@link ScreenFixture}), opened and closed per test. */
public abstract class OneScreenTest {
    @TempDir
    protected Path dir;
    protected ScreenFixture screen;
    protected Store store;

    @BeforeEach
    void openScreen() throws Exception {
        screen = ScreenFixture.open(dir);
        store = screen.store;
    }

    @AfterEach
    void closeScreen() throws Exception {
        screen.close();
    }
}
