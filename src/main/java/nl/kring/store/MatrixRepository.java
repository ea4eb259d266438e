package nl.kring.store;

import nl.kring.domain.LifeDomain;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import org.jooq.DSLContext;

import static nl.kring.schema.Tables.MATRIX_CELL;

/** The chair's edits of the relevance matrix, stored as differences from the default. */
public final class MatrixRepository {
    private final DSLContext dsl;

    MatrixRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public RelevanceMatrix load() {
        RelevanceMatrix m = RelevanceMatrix.defaults();
        for (var r : dsl.selectFrom(MATRIX_CELL).fetch()) {
            m = m.with(Role.valueOf(r.getRole()), LifeDomain.valueOf(r.getDomain()), Visibility.valueOf(r.getVisibility()));
        }
        return m;
    }

    public void set(Role role, LifeDomain domain, Visibility visibility) {
        if (RelevanceMatrix.defaults().get(role, domain) == visibility) {
            dsl.deleteFrom(MATRIX_CELL).where(MATRIX_CELL.ROLE.eq(role.name())).and(MATRIX_CELL.DOMAIN.eq(domain.name())).execute();
        } else {
            dsl.insertInto(MATRIX_CELL).values(role.name(), domain.name(), visibility.name())
                    .onDuplicateKeyUpdate().set(MATRIX_CELL.VISIBILITY, visibility.name()).execute();
        }
    }

    public void resetToDefault() {
        dsl.deleteFrom(MATRIX_CELL).execute();
    }
}
