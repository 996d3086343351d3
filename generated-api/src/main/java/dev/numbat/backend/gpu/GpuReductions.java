package dev.numbat.backend.gpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Reduction;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.core.ReductionOp;
import dev.numbat.device.Device;
import dev.numbat.device.Devices;
import dev.numbat.device.Placement;
import dev.numbat.gpu.GpuRuntime;
import dev.numbat.gpu.GpuRuntime.Arg;
import dev.numbat.gpu.source.HandWritten;

/**
 * sum, prod, max, min, any and all of a real GPU array over any axes, through the hand-written
 * reductions ({@code nb_KIND_DTYPE_all} over every element in one launch; else the reduced axes
 * moved last by one strided copy and {@code nb_KIND_DTYPE_rows}, one block per output element).
 * Float sums are compensated per thread and tree-summed: at least as accurate as NumPy's pairwise
 * sum, not bit-identical to it. The loop is the CPU's ({@link Reduction.Def#loopFor}); a loop whose
 * output the kernels do not produce, an empty array, complex, or invalid axes take soft placement
 * (the host raises NumPy's errors).
 */
final class GpuReductions {
  private static final int BLOCK = 256;
  private static final int MAX_GRID = 1024;

  private final GpuBackend backend;
  private final GpuKernels kernels;
  private final GpuRuntime runtime;

  GpuReductions(GpuBackend backend, GpuKernels kernels) {
    this.backend = backend;
    this.kernels = kernels;
    this.runtime = backend.runtime();
  }

  Object run(ReductionOp op, Object[] args, Device target) {
    Reduction.Def d = op.def;
    String kind = switch (d.name) {
      case "sum", "prod", "any", "all" -> d.name;
      case "max", "amax" -> "max";
      case "min", "amin" -> "min";
      default -> null;
    };
    NDArray x = Scalars.operand(args[0]);
    if (kind == null || x.dtype().isComplex() || x.size() == 0 || Devices.committed(x) != target) {
      return Placement.NO_KERNEL;
    }
    DType requested = (DType) args[3];
    if (requested != null && !d.dtypeArg) {
      return Placement.NO_KERNEL;
    }
    int l = d.loopFor(x.dtype(), requested);
    DType in = d.loopIn[l];
    DType out = d.loopOut[l];
    if (in.isComplex() || out != kernelOutput(kind, in)) {
      return Placement.NO_KERNEL;
    }
    int nd = x.ndim();
    int[] axis = (int[]) args[1];
    boolean[] reduced = new boolean[nd];
    if (axis == null) {
      java.util.Arrays.fill(reduced, true);
    } else {
      for (int a : axis) {
        int n = a < 0 ? a + nd : a;
        if (n < 0 || n >= nd || reduced[n]) {
          return Placement.NO_KERNEL;
        }
        reduced[n] = true;
      }
    }
    boolean keepdims = (Boolean) args[2];
    int[] perm = new int[nd];
    int k = 0;
    int outer = 1;
    int len = 1;
    int[] resultShape = new int[keepdims ? nd : nd - count(reduced)];
    int r = 0;
    for (int i = 0; i < nd; i++) {
      if (!reduced[i]) {
        perm[k++] = i;
        outer *= x.shape(i);
        resultShape[r++] = x.shape(i);
      } else if (keepdims) {
        resultShape[r++] = 1;
      }
    }
    for (int i = 0; i < nd; i++) {
      if (reduced[i]) {
        perm[k++] = i;
        len *= x.shape(i);
      }
    }
    String all = HandWritten.source("reductions").source();
    NDArray result = backend.allocate(out, resultShape, target);
    if (outer == 1) {
      NDArray c = x.isContiguous() && x.dtype() == in ? x : kernels.contiguous(x, in, target);
      GpuRuntime.DeviceMemory partials = runtime.allocate(target.index(), (long) MAX_GRID * Long.BYTES);
      GpuRuntime.DeviceMemory counter = runtime.allocate(target.index(), Integer.BYTES);
      runtime.copyToDevice(new int[1], 0, 1, counter, 0);
      int grid = (int) Math.min((len + BLOCK - 1L) / BLOCK, MAX_GRID);
      runtime.launch(kernels.kernel(target, "nb_" + kind + "_" + in.name() + "_all", all), grid, BLOCK,
          GpuKernels.pointer(c), GpuKernels.pointer(result), (long) len, Arg.ptr(partials, 0), Arg.ptr(counter, 0));
      return result;
    }
    NDArray c = kernels.contiguous(permuted(x, perm), in, target);
    runtime.launch(kernels.kernel(target, "nb_" + kind + "_" + in.name() + "_rows", all), Math.min(outer, 1 << 16), BLOCK,
        GpuKernels.pointer(c), GpuKernels.pointer(result), (long) outer, (long) len);
    return result;
  }

  /** What the kernels write for {@code kind} over {@code in}: sums and products of integers widen, as NumPy's loops do. */
  private static DType kernelOutput(String kind, DType in) {
    return switch (kind) {
      case "any", "all" -> DType.BOOL;
      case "max", "min" -> in;
      default -> in == DType.BOOL || in.isInteger() && !in.isUnsigned() ? DType.INT64 : in.isUnsigned() ? DType.UINT64 : in;
    };
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean v : b) {
      n += v ? 1 : 0;
    }
    return n;
  }

  /** The view of {@code x} with its axes in {@code perm} order (no copy). */
  private static NDArray permuted(NDArray x, int[] perm) {
    int[] s = new int[perm.length];
    int[] st = new int[perm.length];
    for (int i = 0; i < perm.length; i++) {
      s[i] = x.shape(perm[i]);
      st[i] = x.stridesRef()[perm[i]];
    }
    return new NDArray(x.dtype(), s, st, x.offset(), x.buffer(), x.isWeak());
  }
}
