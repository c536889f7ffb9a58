package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;
import org.quietline.smpp.text.Gsm7;

/**
 * An SMSC that slows down: the firewall keeps at most its window in flight and answers the rest
 * ESME_RTHROTTLED at once instead of queueing them; what it accepted is exactly what the SMSC got.
 */
class ThrottlingTest {

    @Test
    void aSlowSmscMakesTheFirewallThrottleRatherThanQueue() throws Exception {
        TestSmsc smsc = TestSmsc.start();
        FirewallSettings settings = Loopback.settings(smsc.port);
        settings = FirewallSettings.of(0, settings.smsc().withLinks(1, 4)).withBindAddress("127.0.0.1");
        try (Loopback loop = new Loopback(smsc, settings, FailurePolicy.always(FailMode.CLOSED));
             TestEsme esme = TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX)) {
            smsc.delayMillis.set(300);
            List<Future<Integer>> statuses = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 30; i++) {
                    String text = "slow " + i;
                    statuses.add(pool.submit(() -> esme.status("1069012301", "+8613900002000", TestEsme.gsm(),
                            Gsm7.encode(text))));
                }
            }
            long accepted = 0;
            long throttled = 0;
            for (Future<Integer> f : statuses) {
                int status = f.get();
                accepted += status == 0 ? 1 : 0;
                throttled += status == StatusTable.THROTTLED ? 1 : 0;
            }
            assertThat(accepted + throttled).isEqualTo(30);
            assertThat(throttled).isPositive();
            assertThat(accepted).isPositive();
            long forwarded = smsc.accepted.stream().filter(sm -> sm.getDestAddress().equals("+8613900002000")).count();
            assertThat(forwarded).isEqualTo(accepted);
        }
    }
}
