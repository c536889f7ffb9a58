package org.quietline.screening.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which hosts imitate which protected brand. */
class LookalikesTest {

    private final Lookalikes lookalikes = new Lookalikes(Map.of(
            "icbc", List.of("icbc.com.cn", "icbc.com"),
            "paypal", List.of("paypal.com"),
            "apple", List.of("apple.com"),
            "12306", List.of("12306.cn"),
            "cmb", List.of("cmbchina.com"),
            "cmbchina", List.of("cmbchina.com"),
            "cgbchina", List.of("cgbchina.com.cn")), new Homoglyphs(Map.of('а', 'a', 'р', 'p')));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "icbc-cn.com.xx|icbc",
            "icbc.com.cn.verify.top|icbc",
            "www.icbc.com.cn|''",
            "icbc.com|''",
            "paypa1.com|paypal",
            "paypall.com|paypal",
            "secure-paypal.com.evil.ru|paypal",
            "paypal.com|''",
            "раypal.com|paypal",
            "applebees.com|''",
            "apple-id.top|apple",
            "12306-cn.com|12306",
            "12306.cn|''",
            "example.com|''",
            "cmb-secure-verify.top|cmb",
            "cmbchina.com|''",
            "www.cmbchina.com|''",
            "cmbchina-verify.top|cmbchina",
            "cgbchlna.top|cgbchina",
    })
    void tellsTheImitatedBrand(String host, String brand) {
        assertThat(lookalikes.imitated(host).map(Lookalikes.Brand::token).orElse("")).isEqualTo(brand);
    }
}
