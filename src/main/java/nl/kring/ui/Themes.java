package nl.kring.ui;

import javafx.scene.Scene;

/** Light and dark stylesheets; sizes are in em so 200 % scaling stays proportional. */
public final class Themes {
    private Themes() {
    }

    public static void apply(Scene scene, Settings.Theme theme) {
        scene.getStylesheets().setAll(
                Themes.class.getResource("kring.css").toExternalForm(),
                Themes.class.getResource(theme == Settings.Theme.DARK ? "dark.css" : "light.css").toExternalForm());
    }
}
