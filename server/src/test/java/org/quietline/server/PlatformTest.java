package org.quietline.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole platform on a random port over a private H2 in-memory database, with a known admin key.
 * Test classes that use exactly this annotation share one application context (Spring's test context
 * cache), so prefer it to a {@code @SpringBootTest} of your own; talk to the platform through {@link TestApi}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = QuietlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:platform-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "quietline.bootstrap-api-key=" + PlatformTest.ADMIN_KEY,
            "quietline.privacy.pseudonym-key=test-pseudonym-key-0123456789abcdef",
            "quietline.api.max-body-size=64KB"
        })
public @interface PlatformTest {

    /** The bootstrap (ADMIN) key of the test platform. */
    String ADMIN_KEY = "test-bootstrap-admin-key-0123456789";
}
