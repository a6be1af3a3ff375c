package org.cytosis.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium}, headless, driven through Debian's {@code chromium-driver}: both named
 * by path, so that Selenium Manager never tries to download a browser (the network is closed).
 * {@code .ci/run} installs them and sets {@value #REQUIRED}, under which a machine without them
 * fails the test with the command to run; elsewhere the browser test is skipped, saying why, so
 * that the README's test command passes with Java and Maven alone.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BROWSER =
      Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

  /**
   * The system property ({@code -Dcytosis.browser.required=true}) under which a missing browser
   * fails.
   */
  static final String REQUIRED = "cytosis.browser.required";

  /** Only so that a broken page fails the test instead of hanging the build. */
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  final ChromeDriver driver;

  /** Where files the page offers for download are saved. */
  final Path downloads;

  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.downloads = profile.resolve("downloads");
  }

  /** What is missing to run the browser test, with how to install it; null when nothing is. */
  static String missing() {
    for (Path needed : new Path[] {BROWSER, DRIVER}) {
      if (!Files.isExecutable(needed)) {
        return "The browser test needs Debian's chromium and chromium-driver, and "
            + needed
            + " is missing: apt-get install -y chromium chromium-driver (or set CHROMIUM_BIN and "
            + "CHROMEDRIVER_BIN to where they are)";
      }
    }
    return null;
  }

  /** Whether the run asked for the browser test to run, not be skipped ({@code .ci/run} does). */
  static boolean required() {
    return Boolean.getBoolean(REQUIRED);
  }

  /**
   * @throws IllegalStateException with the install command when chromium is not installed
   */
  static HeadlessChromium start() throws IOException {
    String missing = missing();
    if (missing != null) {
      throw new IllegalStateException(missing);
    }
    Path profile = Files.createTempDirectory("cytosis-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start. The rest keep a
    // headless browser from reaching for the (closed) network on its own.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=1280,1400",
        "--lang=en-GB");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            profile.resolve("downloads").toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  /** The file the page saved under {@code name}, once it is whole. */
  Path downloaded(String name) {
    Path file = downloads.resolve(name);
    waiting()
        .until(
            d ->
                Files.isRegularFile(file)
                    && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, GIVE_UP);
  }

  /** What the window shows now, as PNG, to the given file. */
  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
