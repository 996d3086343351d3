package dev.numbat.conformance;

import java.util.List;

/** The registered {@link Suite}s, run after the spec'd ops in this order. One line per suite. */
public final class Suites {
  private Suites() {}

  public static final List<Suite> ALL = List.of(
      new GradSuite()
  );
}
