package org.quietline.screening.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.screening.Folding;
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

    /**
     * Hosts are read from the text folded character by character as it is scanned; the answer must be the
     * one for the text folded whole first (upper case, full-width forms, ideographic spaces anywhere).
     */
    @Test
    void readingFoldsAsFoldingTheWholeTextFirst() {
        String[] pieces = {"点击", "t.cn/a6xyz", "Ｔ．ＣＮ／Ａ６", "WWW.Example.ORG", "icbc-cn.com.xx", "ＩＣＢＣ－ＣＮ．ＣＯＭ", "://", "：／／",
                "http", "HTTPS", "3.5折", "e.g.", " ", "\u3000", ".", "．", "-", "－", "а", "apple", "COM", "top", "/", "?", ":", "x", "1",
                "【店】", "..", "mr.", "Smith", "ｗｗｗ．"};
        SplittableRandom random = new SplittableRandom(20261123);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(1, 10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(hosts.in(t)).as(t).isEqualTo(hosts.in(Folding.fold(t)));
        }
    }
}
