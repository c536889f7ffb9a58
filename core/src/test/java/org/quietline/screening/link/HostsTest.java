package org.quietline.screening.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which runs of a folded text read as link hosts. */
class HostsTest {

    private final Hosts hosts = new Hosts(Set.of("com", "cn", "top"), new Homoglyphs(Map.of('а', 'a')));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "点击 t.cn/a6xyz 领取|t.cn",
            "登录icbc-cn.com.xx核实|icbc-cn.com.xx",
            "see https://example.org/path|example.org",
            "visit www.example.org.|www.example.org",
            "http://аpple.com-id.top/x|аpple.com-id.top",
            "go to shop.example:8080 now|shop.example",
            "全场3.5折|''",
            "快递单号sf1234567890。|''",
            "e.g. this|''",
            "version 1.2.3 released|''",
            "mr.smith called|''",
            "a..b.com|''",
    })
    void findsTheHost(String text, String expected) {
        assertThat(String.join(",", hosts.in(text))).isEqualTo(expected);
    }
}
