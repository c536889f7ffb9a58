package org.quietline.server.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.quietline.server.QuietlineApplication;
import org.quietline.server.cli.Command;
import org.quietline.server.cli.UsageException;
import org.quietline.server.security.ApiKeys;
import org.quietline.server.security.IssuedKey;
import org.quietline.server.security.Role;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quietline demo [--exit] [--port N]}: starts the platform on a fresh embedded H2 file database
 * ({@code $QUIETLINE_HOME/data/demo}), creates its own API key, plays every {@link Scene} through the HTTP
 * API, then keeps serving until Ctrl-C (or, with {@code --exit}, stops: for scripts and tests; the exit
 * code is 1 when a scene's expectation was missed).
 */
public final class DemoCommand implements Command {

    private final Path home;

    /** With the home the launcher exports ({@code QUIETLINE_HOME}), else the working directory. */
    public DemoCommand() {
        this(Path.of(System.getenv().getOrDefault("QUIETLINE_HOME", ".")));
    }

    /** With the database under {@code home}/data. */
    public DemoCommand(Path home) {
        this.home = home;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run the platform on the embedded database and replay the cases [--exit] [--port N]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        boolean exit = false;
        int port = Integer.parseInt(System.getenv().getOrDefault("SERVER_PORT", "8080"));
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--exit" -> exit = true;
                case "--port" -> port = portArgument(args, ++i);
                default -> throw new UsageException("unknown option '" + args.get(i) + "'; usage: demo [--exit] [--port N]");
            }
        }
        Path data = home.resolve("data");
        fresh(data);
        err.println("quietline demo: starting the platform on the embedded database " + data.resolve("demo") + " …");
        ConfigurableApplicationContext context = QuietlineApplication.start(settings(data, port));
        try {
            int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            IssuedKey key = context.getBean(ApiKeys.class).issue("demo", Role.ADMIN);
            String base = "http://localhost:" + actualPort;
            Stage stage = new Stage(out, context.getBean(JsonMapper.class), base, key.secret());
            play(context.getBeansOfType(Scene.class).values().stream()
                    .sorted(Comparator.comparingInt(Scene::order)).toList(), stage);
            if (exit) {
                return stage.missed().isEmpty() ? 0 : 1;
            }
            serve(context, out, base, key.secret());
            return 0;
        } finally {
            context.close();
        }
    }

    private static int portArgument(List<String> args, int i) {
        try {
            return Integer.parseInt(args.get(i));
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new UsageException("--port takes a number (0 picks a free port)");
        }
    }

    /** The demo's database starts empty every time, so the replay is the same every time. */
    private static void fresh(Path data) throws IOException {
        Files.createDirectories(data);
        for (String f : List.of("demo.mv.db", "demo.trace.db")) {
            Files.deleteIfExists(data.resolve(f));
        }
    }

    private static Map<String, Object> settings(Path data, int port) {
        Map<String, Object> s = new HashMap<>();
        s.put("spring.datasource.url", "jdbc:h2:file:" + data.toAbsolutePath().resolve("demo")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        s.put("spring.datasource.username", "sa");
        s.put("spring.datasource.password", "");
        s.put("server.port", port);
        // The narration is the demo's output; the platform's own log speaks only when something is wrong
        // (and for the embedded-database warning).
        s.put("logging.level.root", "WARN");
        return s;
    }

    private static void play(List<Scene> scenes, Stage stage) throws Exception {
        PrintStream out = stage.out();
        out.println();
        out.println("Quietline 演示 · Quietline demo — 每条短信一个结论，并说明理由 · one verdict per message, with its reasons");
        int n = 1;
        for (Scene scene : scenes) {
            out.println();
            out.println("━━ 场景 " + n + " · Scene " + n + " ━━ " + scene.title());
            scene.play(stage);
            n++;
        }
        out.println();
        List<String> missed = stage.missed();
        out.println(missed.isEmpty() ? "全部如预期 · Every scene went as expected."
                : "✘ " + missed.size() + " 处出乎意料 · unexpected: " + missed);
    }

    private static void serve(ConfigurableApplicationContext context, PrintStream out, String base, String key)
            throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        out.println();
        out.println("Quietline 正在运行 · is running at " + base + "   (Ctrl-C 停止 · stops it)");
        out.println("  API key:  " + key);
        out.println("  试一试 Try:  curl -s " + base + "/api/v1/screenings -H 'Authorization: Bearer " + key + "' \\");
        out.println("      -H 'Content-Type: application/json' -d '{\"sender\":\"1069012345\",\"recipient\":\"13912345678\",\"text\":\"【招商银行】您的验证码为 123456\"}'");
        out.println("  OpenAPI: " + base + "/v3/api-docs    health: " + base + "/actuator/health");
        closed.await();
    }
}
