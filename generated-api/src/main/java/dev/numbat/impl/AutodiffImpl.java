package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.StridedViews;

/** Implementations of the ops in {@code op-specs/ops/autodiff.yaml}. */
public final class AutodiffImpl {
  private AutodiffImpl() {}

  /**
   * A new array object over the same storage: tapes track arrays by identity, and this one was
   * produced by no recorded op, so it is a constant to them.
   */
  public static NDArray stopGradient(Object x) {
    NDArray a = Convert.asarray(x, null);
    return StridedViews.view(a, a.shape(), a.strides(), a.offset());
  }
}
