package nl.kring.store;

import org.jooq.DSLContext;

import java.util.Optional;

import static nl.kring.schema.Tables.SETTING;

/** Settings that belong to one vault (such as the evaluation interval), stored encrypted with it. */
public final class SettingRepository {
    private final DSLContext dsl;

    SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name))
                .fetchOne(SETTING.SETTING_VALUE));
    }

    public void put(String name, String value) {
        dsl.insertInto(SETTING).values(name, value).onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, value).execute();
    }
}
