package org.quietline.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No log line holds message text or a whole number (STYLE rule 9): requests with known numbers and
 * texts run, good ones and every kind of bad one, with the platform's and Spring MVC's loggers at DEBUG,
 * while every log event is captured.
 */
@PlatformTest
class LogPrivacyTest {

    private static final String PATH = "/api/v1/screenings";
    private static final List<String> NUMBERS = List.of("13912345678", "139-1234-5678", "139 1234 5678",
            "13800138000", "13700001111", "1391234567899");
    private static final List<String> TEXTS = List.of("机密文本甲乙丙", "SECRETTEXTALPHA", "验证码是734921", "tracking-zeta-42");

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Map<String, Level> levels = new HashMap<>();

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : List.of("org.quietline", "org.springframework.web", "org.springframework.security")) {
            Logger logger = context.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        captured.setContext(context);
        captured.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    }

    @AfterEach
    void release() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void neitherTextNorWholeNumbersReachTheLog() {
        TestApi api = new TestApi(port);
        String key = api.issueKey("PLATFORM");
        api.post(PATH, key, json("106900001234", "13912345678", TEXTS.get(0)));
        api.post(PATH, key, json("13800138000", "+86 139-1234-5678", TEXTS.get(1) + " http://t.cn/abc"));
        api.post(PATH, key, json("95588", "139 1234 5678", TEXTS.get(2)));
        api.post(PATH, key, json("106900001234", "1391234567899", TEXTS.get(3)));
        api.post(PATH, key, json("13700001111", "13912345678", TEXTS.get(0).repeat(9_000)));
        api.post(PATH, key, "{\"sender\":\"13800138000\",\"recipient\":\"13912345678\",\"text\":" + TEXTS.get(1) + "}");
        api.post(PATH, key, "{\"13912345678\":\"" + TEXTS.get(2) + "\"}");
        byte[] broken = json("13800138000", "13912345678", TEXTS.get(3)).getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 3] = (byte) 0xC3;
        api.post(PATH, key, broken);
        api.post(PATH, null, json("13800138000", "13912345678", TEXTS.get(0)));
        api.post(PATH, "ql_wrong", json("13800138000", "13912345678", TEXTS.get(0)));

        List<String> lines = captured.list.stream().map(LogPrivacyTest::line).toList();
        // the screenings were logged (masked), so the check below looked at real lines
        assertThat(lines).anyMatch(line -> line.contains("139****5678"));
        assertThat(lines).allSatisfy(line -> {
            for (String n : NUMBERS) {
                assertThat(line).doesNotContain(n);
            }
            for (String t : TEXTS) {
                assertThat(line).doesNotContain(t);
            }
            assertThat(line).doesNotContain("+8613912345678", "8613912345678");
        });
    }

    private static String json(String sender, String recipient, String text) {
        return "{\"sender\":\"" + sender + "\",\"recipient\":\"" + recipient + "\",\"text\":\"" + text + "\"}";
    }

    private static String line(ILoggingEvent e) {
        String thrown = e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy());
        return e.getFormattedMessage() + " " + e.getMDCPropertyMap() + " " + thrown;
    }
}
