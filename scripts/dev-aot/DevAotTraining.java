import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training run of the development start's AOT cache (scripts/dev-aot.sh). Run as a source file, so that the
 * training JVM has an EMPTY class path: the JDK writes an AOT cache only when every class-path entry is a jar, and
 * `./mvnw javafx:run` puts the folder target/classes first. Kring's classes and the jars beside them are loaded here
 * by a class loader of our own (their classes do not go into the cache); what the cache holds is what they make the
 * JDK and the JavaFX modules (the module path, the same as javafx:run's) load and link up to the first frame. At run
 * time the class path of javafx:run only extends the empty one of the training, so the cache fits it.
 *
 * Arguments: the main class, then its arguments. The class path comes in the property kring.training.classpath.
 */
public final class DevAotTraining {
    private DevAotTraining() {
    }

    public static void main(String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("kring.training.classpath").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getSystemClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        String[] mainArgs = Arrays.copyOfRange(args, 1, args.length);
        loader.loadClass(args[0]).getMethod("main", String[].class).invoke(null, (Object) mainArgs);
    }
}
