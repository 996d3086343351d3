package dev.numbat.conformance;

import dev.numbat.conformance.suites.FftSuite;
import dev.numbat.conformance.suites.HistogramSuite;
import dev.numbat.conformance.suites.IndexUpdateSuite;
import dev.numbat.conformance.suites.IndexingSuite;
import dev.numbat.conformance.suites.Issue11Suite;
import dev.numbat.conformance.suites.IoSuite;
import dev.numbat.conformance.suites.LinalgSuite;
import dev.numbat.conformance.suites.QuantileSuite;
import dev.numbat.conformance.suites.RandomSuite;
import dev.numbat.conformance.suites.ShapeArgsSuite;
import dev.numbat.conformance.suites.grad.GradSuite;
import java.util.List;

/** The registered {@link Suite}s, run after the spec'd ops in this order. One line per suite. */
public final class Suites {
  private Suites() {}

  public static final List<Suite> ALL = List.of(
      new ShapeArgsSuite(),
      new IndexingSuite(),
      new IndexUpdateSuite(),
      new QuantileSuite(),
      new LinalgSuite(),
      new IoSuite(),
      new RandomSuite(),
      new HistogramSuite(),
      new FftSuite(),
      new Issue11Suite(),
      new GradSuite());
}
