package org.quietline.server.demo;

/**
 * One scene of {@code quietline demo}: a short story told through the platform's HTTP API, with what
 * the audience should see checked by {@link Stage#expect}. Scenes are Spring beans (annotate yours with
 * {@code @Component} anywhere under {@code org.quietline.server}); the demo plays every scene it finds in
 * {@link #order()} order, so a feature adds its scene without editing anyone else's.
 *
 * <p>Order ranges: 0–99 set-up (merchants), 100–399 screening (marketing, service messages, fraud),
 * 400–499 opt-out and consent, 500–599 call shield, 600–699 SMPP firewall, 900+ closing remarks.
 */
public interface Scene {

    /** Where this scene plays; lower first. */
    int order();

    /** The title, Chinese then English: {@code 店铺营销 · A shop's marketing}. */
    String title();

    /** Plays the scene on {@code stage}. */
    void play(Stage stage) throws Exception;
}
