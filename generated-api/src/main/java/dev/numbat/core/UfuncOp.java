package dev.numbat.core;

import dev.numbat.NDArray;
import dev.numbat.autodiff.GradRule;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.Ufunc;

/**
 * A primitive of the element-wise family: its {@link Ufunc.Def} (the ordered loop table and a
 * kernel per loop) is both the CPU implementation and the fusible description of its body (a
 * fused region runs the same 1-d kernels over blocks). Abstract evaluation is NumPy's: the loop
 * resolved from the operands' dtypes and weak flags, the broadcast shape.
 */
public final class UfuncOp extends Op {
  public final Ufunc.Def def;

  public UfuncOp(Ufunc.Def def, String spec, GradRule grad, String batch, String gpuKernel) {
    super(def.name, Role.PRIMITIVE, "ufunc", spec, grad, false, false, batch, gpuKernel, null);
    this.def = def;
  }

  @Override
  public Object impl(Object[] a) {
    return switch (def.nin) {
      case 1 -> Ufunc.call1(def, a[0]);
      case 2 -> Ufunc.call2(def, a[0], a[1]);
      default -> Ufunc.call3(def, a[0], a[1], a[2]);
    };
  }

  /** The loop resolved on one-element stand-ins (NumPy's dtype errors included), the shapes broadcast. */
  @Override
  public AbstractValue[] abstractEval(Object[] args) {
    Object[] scalars = new Object[args.length];
    int[][] shapes = new int[args.length][];
    for (int i = 0; i < args.length; i++) {
      AbstractValue a = args[i] instanceof AbstractValue v ? v : AbstractValue.of(dev.numbat.backend.cpu.Scalars.operand(args[i]));
      scalars[i] = new AbstractValue(a.dtype(), Shapes.SCALAR, a.weak()).standIn();
      shapes[i] = a.shape();
    }
    int[] shape = Shapes.broadcast(shapes);
    NDArray r = (NDArray) dev.numbat.FloatErrors.quietly(() -> impl(scalars));
    return new AbstractValue[] {new AbstractValue(r.dtype(), shape, false)};
  }
}
