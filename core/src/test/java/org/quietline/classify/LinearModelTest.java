package org.quietline.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LinearModelTest {

    private static final int BITS = 10;
    /** The largest weight of {@link #randomModel} is 2, which becomes 127. */
    private static final float SCALE = 2f / Byte.MAX_VALUE;

    @Test
    void aModelReadsBackAsItWasWritten() throws IOException {
        LinearModel model = randomModel(3);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(bytes(model)));
        assertThat(bytes(back)).isEqualTo(bytes(model));
        float[] a = new float[LinearModel.OUTPUTS];
        float[] b = new float[LinearModel.OUTPUTS];
        int[] features = {1, 5, 5, 1023, 0};
        model.score(features, features.length, a);
        back.score(features, features.length, b);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void scoringAddsTheRoundedWeightsOfEveryFeature() {
        LinearModel model = randomModel(4);
        int[] features = new int[700];
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < features.length; k++) {
            features[k] = random.nextInt(1 << BITS);
        }
        float[] logits = new float[LinearModel.OUTPUTS];
        model.score(features, features.length, logits);
        for (int o = 0; o < LinearModel.OUTPUTS; o++) {
            int output = o;
            long sum = Arrays.stream(features).map(f -> model.weight(f, output)).sum();
            assertThat(logits[o]).isCloseTo(0.25f + sum * SCALE / (float) Math.sqrt(700),
                    offset(1e-4f));
        }
    }

    @Test
    void aFileThatIsNotAModelIsRefusedByName() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Quietline classifier model");
    }

    @Test
    void aTruncatedModelIsRefused() throws IOException {
        byte[] whole = bytes(randomModel(6));
        assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2))))
                .isInstanceOf(IOException.class);
    }

    private static LinearModel randomModel(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] weights = new float[(1 << BITS) * LinearModel.OUTPUTS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextDouble(-2, 2);
        }
        weights[0] = 2;
        float[] bias = new float[LinearModel.OUTPUTS];
        Arrays.fill(bias, 0.25f);
        return LinearModel.quantise(BITS, bias, weights);
    }

    private static byte[] bytes(LinearModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.writeTo(out);
        return out.toByteArray();
    }
}
