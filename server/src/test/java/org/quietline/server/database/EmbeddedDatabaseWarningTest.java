package org.quietline.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseWarningTest {

    @Test
    void anH2UrlIsEmbedded() {
        assertThat(EmbeddedDatabaseWarning.embedded("jdbc:h2:file:/srv/ql/data/quietline;MODE=PostgreSQL")).isTrue();
    }

    @Test
    void aPostgresqlUrlIsNot() {
        assertThat(EmbeddedDatabaseWarning.embedded("jdbc:postgresql://127.0.0.1:5432/quietline")).isFalse();
    }

    @Test
    void theWarningNamesTheFileWithoutTheSettings() {
        assertThat(EmbeddedDatabaseWarning.where("jdbc:h2:file:/srv/ql/data/quietline;MODE=PostgreSQL;X=1"))
                .isEqualTo("file:/srv/ql/data/quietline");
    }
}
