package org.quietline.bench.smpp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * jSMPP's {@code SMPPServerSimulator} in a child JVM of the benchmark (one process tree), so that its CPU
 * time is measured apart from the generator's and the proxy's. It dies with the benchmark.
 */
final class SmscChild implements AutoCloseable {

    static final String SYSTEM_ID = "j";
    static final String PASSWORD = "jpwd";

    private final Process process;
    private final int port;

    private SmscChild(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the simulator on {@code port} with the benchmark's own classpath and waits until it listens. */
    static SmscChild start(int port) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx512m", "-Djsmpp.simulator.port=" + port,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-Dorg.slf4j.simpleLogger.log.org.jsmpp=error", "-cp", System.getProperty("java.class.path"),
                "org.jsmpp.examples.SMPPServerSimulator")
                .redirectErrorStream(true).start();
        Thread.ofPlatform().daemon().name("smsc-child-output").start(() -> drain(p));
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!listening(port)) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("the SMSC simulator did not start on port " + port);
            }
            Thread.sleep(50);
        }
        return new SmscChild(p, port);
    }

    /**
     * Whether the simulator takes binds. It accepts one connection at a time: it waits for the bind, then
     * sends a greeting deliver_sm and waits for its response before accepting the next, so the probe stays
     * until its reader has answered the greeting.
     */
    private static boolean listening(int port) throws InterruptedException {
        try (LoadGenerator probe = new LoadGenerator(port, SYSTEM_ID, PASSWORD, List.of(), 0)) {
            Thread.sleep(300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void drain(Process p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while (r.readLine() != null) {
                // the simulator's log, kept out of the benchmark's output
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    int port() {
        return port;
    }

    /** CPU time the child has used so far (user and system). */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
