package org.quietline.server.smpp;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.InstantSource;
import org.quietline.optout.Mo;
import org.quietline.optout.OptOutDesk;
import org.quietline.screening.ScreeningEngine;
import org.quietline.server.audit.Pseudonyms;
import org.quietline.server.audit.ScreeningAudit;
import org.quietline.smpp.FailurePolicy;
import org.quietline.smpp.Firewall;
import org.quietline.smpp.SubscriberReplies;
import org.quietline.smpp.platform.InMemoryPlatformRegistry;
import org.quietline.smpp.platform.PlatformRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMPP firewall beside the HTTP API, when {@code QUIETLINE_SMPP_PORT} is set: ESMEs bind to it, and it
 * screens with the platform's one engine, hands subscribers' replies to the opt-out desk (when the platform
 * has one), records every verdict in the audit log (channel {@code smpp}, in batches: {@link QueuedVerdictLog})
 * and reports Micrometer metrics
 * ({@code quietline.smpp.*}, docs/smpp.md). Platforms come from the registry; for now the in-memory one
 * holds the bootstrap ESME ({@code QUIETLINE_BOOTSTRAP_ESME}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${quietline.smpp.port:}'.isBlank()")
class SmppConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SmppConfiguration.class);
    /** Verdicts that may wait for the audit log: 4 s of the load benchmark's rate. */
    private static final int AUDIT_QUEUE = 200_000;

    @Bean
    SmppEnvironment smppEnvironment(@Value("${quietline.smpp.port:}") String port,
            @Value("${quietline.smpp.smsc:}") String smsc,
            @Value("${quietline.smpp.smsc-system-id:}") String systemId,
            @Value("${quietline.smpp.smsc-password:}") String password,
            @Value("${quietline.smpp.bootstrap-esme:}") String bootstrap,
            @Value("${quietline.smpp.smsc-id-form:}") String idForm,
            @Value("${quietline.smpp.message-ids:}") String messageIds,
            @Value("${quietline.smpp.message-id-journal:off}") String journal) {
        return SmppEnvironment.read(port, smsc, systemId, password, bootstrap, idForm, messageIds, journal);
    }

    @Bean
    PlatformRegistry smppPlatforms(SmppEnvironment environment) {
        InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry();
        environment.bootstrap().ifPresentOrElse(registry::put,
                () -> LOG.warn("QUIETLINE_BOOTSTRAP_ESME is not set: no ESME can bind to the SMPP firewall"));
        return registry;
    }

    @Bean(destroyMethod = "close")
    Firewall firewall(SmppEnvironment environment, PlatformRegistry smppPlatforms, ScreeningEngine screener,
            ObjectProvider<OptOutDesk> desk, QueuedVerdictLog smppVerdicts, MeterRegistry meters,
            ObjectProvider<InstantSource> clock) {
        InstantSource time = clock.getIfAvailable(InstantSource::system);
        Firewall firewall = Firewall.start(environment.settings(), new Firewall.Parts(smppPlatforms, screener,
                FailurePolicy.defaults(screener), replies(desk), smppVerdicts,
                meters, time));
        LOG.info("SMPP firewall listening on port {}, relaying to {}:{}", firewall.port(), environment.smsc().host(),
                environment.smsc().port());
        return firewall;
    }

    private static SubscriberReplies replies(ObjectProvider<OptOutDesk> desk) {
        OptOutDesk d = desk.getIfAvailable();
        if (d == null) {
            LOG.warn("no opt-out desk in this platform: subscribers' replies over SMPP are relayed but not acted on");
            return SubscriberReplies.ignored();
        }
        return reply -> d.receive(new Mo(reply.subscriber(), reply.to(), reply.text(), reply.at()));
    }

    /** Closed after the firewall, which depends on it: the verdicts of its last submits are written too. */
    @Bean(destroyMethod = "close")
    QueuedVerdictLog smppVerdicts(ScreeningAudit audit, Pseudonyms pseudonyms, MeterRegistry meters,
            ObjectProvider<InstantSource> clock) {
        return new QueuedVerdictLog(audit, pseudonyms, clock.getIfAvailable(InstantSource::system), AUDIT_QUEUE, meters);
    }
}
