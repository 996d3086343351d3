package dev.numbat.core;

import dev.numbat.DType;
import dev.numbat.autodiff.GradRule;
import dev.numbat.backend.cpu.Reduction;

/**
 * A primitive of the reduction family, {@code (x, axis, keepdims, dtype)}: its {@link Reduction.Def}
 * (loop table, kernel per loop, identity) is the CPU implementation; batching shifts {@code axis}.
 */
public final class ReductionOp extends Op {
  public final Reduction.Def def;

  public ReductionOp(Reduction.Def def, String spec, GradRule grad, String batch, String gpuKernel) {
    super(def.name, Role.PRIMITIVE, "reduction", spec, grad, false, false, batch, gpuKernel, null);
    this.def = def;
  }

  @Override
  public Object impl(Object[] a) {
    return Reduction.call(def, a[0], (int[]) a[1], (Boolean) a[2], (DType) a[3]);
  }
}
