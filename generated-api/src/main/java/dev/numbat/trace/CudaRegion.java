package dev.numbat.trace;

import dev.numbat.DType;
import dev.numbat.gpu.source.KernelSource;
import dev.numbat.gpu.source.RegionSource;
import java.util.HashMap;
import java.util.Map;

/**
 * The CUDA C form of a fused region, built step by step beside its {@code FusedLoop} (the same
 * inputs, casts, loops, outputs and reduction tail, each step recorded under the CPU value's
 * number), so the GPU runs exactly the chain the CPU runs. {@link #build} gives the kernel source,
 * or, when a step has no GPU form (a complex transcendental, say), the reason as a String.
 *
 * <p>Inputs are classified by their abstract shapes as {@code FusedLoop} reads them at run time: the
 * region's shape (FULL), one element (SCALAR), a trailing part (TRAILING, index {@code i % period});
 * any other broadcast is materialised at the region's shape before the kernel runs (FULL).
 */
final class CudaRegion {
  private final RegionSource.Builder b = new RegionSource.Builder();
  private final int[] shape;
  private final Map<Integer, Integer> of = new HashMap<>();
  private String unsupported;

  CudaRegion(int[] shape) {
    this.shape = shape;
  }

  void input(int v, DType d, int[] inShape) {
    of.put(v, b.input(d.name(), mode(inShape)));
  }

  private RegionSource.Broadcast mode(int[] s) {
    long n = dev.numbat.backend.cpu.Shapes.size(s);
    if (java.util.Arrays.equals(s, shape) || n != 1 && !dev.numbat.backend.cpu.Shapes.isTrailingPart(s, shape)) {
      return RegionSource.Broadcast.FULL;
    }
    return n == 1 ? RegionSource.Broadcast.SCALAR : RegionSource.Broadcast.trailing(n);
  }

  void cast(int out, int in, DType to) {
    if (unsupported == null) {
      of.put(out, b.cast(of.get(in), to.name()));
    }
  }

  void apply(int out, String ufunc, DType loopIn, DType loopOut, int... in) {
    if (unsupported != null) {
      return;
    }
    int[] ops = new int[in.length];
    String[] types = new String[in.length];
    for (int i = 0; i < in.length; i++) {
      ops[i] = of.get(in[i]);
      types[i] = loopIn.name();
    }
    try {
      of.put(out, b.apply(ufunc, types, loopOut.name(), ops));
    } catch (UnsupportedOperationException e) {
      unsupported = e.getMessage();
    }
  }

  void output(int v) {
    if (unsupported == null) {
      b.output(of.get(v));
    }
  }

  void reduceAll(int v, String reduction, DType d) {
    if (unsupported != null) {
      return;
    }
    String kind = switch (reduction) {
      case "sum", "prod", "max", "min" -> reduction;
      case "amax" -> "max";
      case "amin" -> "min";
      default -> null;
    };
    if (kind == null) {
      unsupported = "the reduction " + reduction + " has no fused GPU form";
      return;
    }
    try {
      b.reduceAll(of.get(v), kind, d.name());
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      unsupported = e.getMessage();
    }
  }

  /** The kernel ({@code numbat_region_HASH}, named by its source so equal regions share a kernel), or why there is none. */
  Object build() {
    if (unsupported != null) {
      return unsupported;
    }
    try {
      String src = b.build("numbat_region").source();
      String name = "numbat_region_" + Integer.toHexString(src.hashCode());
      return new KernelSource(name, src.replace("numbat_region", name));
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
