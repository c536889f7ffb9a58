package org.quietline.smpp;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.quietline.number.Sender;
import org.quietline.smpp.platform.InMemoryPlatformRegistry;
import org.quietline.smpp.platform.PasswordHash;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.SenderGrant;

/** SMSC simulator ← firewall ← ESMEs, all on loopback, with the scripted screener. */
final class Loopback implements AutoCloseable {

    static final String PLATFORM = "shop";
    static final String PASSWORD = "pw";
    static final String PORT = "10690123";
    static final String SUBSCRIBER = "+8613912345678";

    final TestSmsc smsc;
    final ScriptedScreener screener = new ScriptedScreener();
    final InMemoryPlatformRegistry platforms = new InMemoryPlatformRegistry();
    final Firewall firewall;

    Loopback(TestSmsc smsc, FirewallSettings settings, FailurePolicy failures) {
        this.smsc = smsc;
        platforms.put(new Platform(PLATFORM, PasswordHash.of(PASSWORD), 10_000,
                List.of(new SenderGrant("Shop Ltd", Sender.parse(PORT))), false));
        firewall = Firewall.start(settings, Firewall.Parts.of(platforms, screener).withReplies(screener)
                .withFailures(failures));
        await(firewall::smscBound, "the firewall binds to the SMSC");
    }

    static FirewallSettings settings(int smscPort) {
        SmscSettings smsc = SmscSettings.of("127.0.0.1", smscPort, TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD)
                .withIdForm(SmscIdForm.HEX_THEN_DECIMAL)
                .withTimings(Duration.ofMillis(20), Duration.ofSeconds(3), Duration.ofMillis(50), Duration.ofMillis(400));
        return FirewallSettings.of(0, smsc).withBindAddress("127.0.0.1");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }

    @Override
    public void close() {
        firewall.close();
    }
}
