package dev.numbat.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidePlotsTest {
  @TempDir
  Path dir;

  private static void assertPng(Path p) throws IOException {
    byte[] head = Arrays.copyOf(Files.readAllBytes(p), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, p + " is not a PNG");
    BufferedImage img = ImageIO.read(p.toFile());
    assertNotNull(img, p + " does not decode");
    assertEquals(800, img.getWidth());
    assertEquals(500, img.getHeight());
    // a chart, not a blank canvas: many distinct colours
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 5) {
      for (int x = 0; x < img.getWidth(); x += 5) {
        colours.add(img.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 5, p + " looks blank (" + colours.size() + " colours)");
  }

  @Test
  void histogramPngHeadless() throws IOException {
    Path p = GuidePlots.histogramPlot(dir);
    assertEquals(dir.resolve("histogram.png"), p);
    assertPng(p);
  }

  @Test
  void sigmoidPngHeadless() throws IOException {
    Path p = GuidePlots.sigmoidBenchmarkPlot(dir, new int[] {0, 6, 12}, 0.01);
    assertEquals(dir.resolve("sigmoid-benchmark.png"), p);
    assertPng(p);
  }

  @Test
  void labelsLookLike15Plus2TimesStandardNormal() {
    double[] v = GuidePlots.labels().toDoubleArray();
    assertEquals(1000, v.length);
    double mean = Arrays.stream(v).average().orElseThrow();
    double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1);
    assertEquals(15, mean, 0.25);
    assertEquals(2, Math.sqrt(var), 0.2);
    GuidePlots.Histogram h = GuidePlots.histogram(v, 10);
    assertEquals(1000, Arrays.stream(h.counts()).sum());
  }

  /** The histogram's counts against NumPy's: same seed, same randn, np.histogram's binning. */
  @Test
  void histogramCountsMatchNumpy() throws Exception {
    // the launcher's reference interpreter (./numbat test passes it; ./numbat python prints it)
    String python = System.getProperty("numbat.python", System.getenv("NUMBAT_PYTHON"));
    Process probe;
    try {
      probe = python == null ? null : new ProcessBuilder(python, "-c", "import numpy").start();
    } catch (IOException e) {
      probe = null;
    }
    Assumptions.assumeTrue(probe != null && probe.waitFor() == 0,
        "NumPy (the reference) is not installed for " + python + ": the counts cannot be compared");
    Process p = new ProcessBuilder(python, "-c",
        "import numpy as np; np.random.seed(" + GuidePlots.SEED + "); x = 15 + 2 * np.random.randn(1, 1000);"
            + " c, e = np.histogram(x, 10); print(' '.join(map(str, c)))").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor());
    long[] want = Arrays.stream(out.split("\\s+")).mapToLong(Long::parseLong).toArray();
    long[] got = GuidePlots.histogram(GuidePlots.labels().toDoubleArray(), 10).counts();
    assertArrayEquals(want, got);
  }
}
