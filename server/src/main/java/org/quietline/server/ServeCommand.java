package org.quietline.server;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.quietline.server.cli.Command;
import org.quietline.server.cli.UsageException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code quietline serve}: runs the platform until it is stopped (Ctrl-C, SIGTERM). The port comes from
 * {@code SERVER_PORT} (default 8080), the database from {@code QUIETLINE_DB_URL} (default: the embedded
 * H2 file database), the first admin key from {@code QUIETLINE_BOOTSTRAP_API_KEY}; docs/server.md has all.
 */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the platform (HTTP API on SERVER_PORT, default 8080) until stopped";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        if (!args.isEmpty()) {
            throw new UsageException("serve takes no arguments; configure it with environment variables"
                    + " (SERVER_PORT, QUIETLINE_DB_URL, QUIETLINE_BOOTSTRAP_API_KEY …), see docs/server.md");
        }
        ConfigurableApplicationContext context = QuietlineApplication.start(Map.of());
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        out.println("Quietline is serving on http://localhost:" + port(context) + "  (Ctrl-C stops it)");
        closed.await();
        return 0;
    }

    static int port(ConfigurableApplicationContext context) {
        return context instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
    }
}
