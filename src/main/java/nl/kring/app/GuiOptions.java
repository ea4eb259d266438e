package nl.kring.app;

import java.nio.file.Path;

/** How the GUI was asked to start: {@code --demo}, {@code --smoke}, {@code --vault DIR}. */
public record GuiOptions(boolean demo, boolean smoke, Path vault) {
}
