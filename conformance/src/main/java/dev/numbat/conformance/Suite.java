package dev.numbat.conformance;

import java.util.List;

/**
 * Conformance cases that do not come from one op spec's {@code test:} block: indexing tables,
 * decomposition invariants, gradient checks, random streams, file round trips. Each case pairs a
 * NumPy expression with the Numbat code that must give the same answer ({@link Case#of}); the
 * matrix runs, judges and reports them like spec cases, one report row per {@link #name()} (or per
 * {@code Case.op} when a suite uses several groups). Register a suite in {@link Suites#ALL}.
 */
public interface Suite {
  /** The suite's name, selectable with {@code -Dnumbat.ops=NAME}; its cases' groups start with it. */
  String name();

  /** Every case, skipped ones included (set {@link Case#skip} with the reason). */
  List<Case> cases();
}
