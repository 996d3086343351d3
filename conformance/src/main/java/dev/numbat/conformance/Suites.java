package dev.numbat.conformance;

import java.util.List;

/** The registered {@link Suite}s, run after the spec'd ops in this order. One line per suite. */
public final class Suites {
  private Suites() {}

  public static final List<Suite> ALL = List.of(
      new ShapeArgsSuite(),
      new dev.numbat.conformance.suites.IndexingSuite(),
      new dev.numbat.conformance.suites.IndexUpdateSuite(),
      new QuantileSuite(),
      new LinalgSuite(),
      new IoSuite(),
      new RandomSuite(),
      new dev.numbat.conformance.suites.HistogramSuite(),
      new GradSuite());
}
