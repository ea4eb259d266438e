package nl.kring.bench;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the schema costs a new vault and every open, measured from outside as the CPU of a cold JVM per mode (issue 17,
 * round 5; run each mode as its own process under {@code /usr/bin/time}, paired). An encrypted H2 file as a vault has
 * (a fixed test key, no Argon2id, no Kring code), then:
 * <ul>
 *   <li>{@code none DIR}: only opened (the reference);</li>
 *   <li>{@code flyway DIR}: Flyway's migrations as {@code Vault.connect} runs them (on an empty DIR: all of them; on
 *   a migrated DIR: the validation every open pays);</li>
 *   <li>{@code dump DIR FILE}: migrated, then its schema written to FILE ({@code SCRIPT NODATA});</li>
 *   <li>{@code script DIR FILE}: the schema created from FILE in one script, without Flyway (what a baseline script
 *   for new vaults would cost).</li>
 * </ul>
 * DIR must be empty or hold a probe database; nothing is asserted.
 */
public final class SchemaFloor {
    private SchemaFloor() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("probe").toAbsolutePath()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("kring");
        ds.setPassword("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef kring");
        long start = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            switch (mode) {
                case "none" -> {
                }
                case "flyway", "dump" -> {
                    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
                    if (mode.equals("dump")) {
                        st.execute("SCRIPT NODATA TO '" + Path.of(args[2]).toAbsolutePath() + "'");
                    }
                }
                case "script" -> st.execute("RUNSCRIPT FROM '" + Path.of(args[2]).toAbsolutePath() + "'");
                default -> throw new IllegalArgumentException("mode: none, flyway, dump or script");
            }
        }
        System.out.println(mode + " " + (System.nanoTime() - start) / 1_000_000 + " ms (wall, inside the JVM)");
    }
}
