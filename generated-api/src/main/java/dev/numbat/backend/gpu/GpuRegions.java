package dev.numbat.backend.gpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.device.Device;
import dev.numbat.device.Devices;
import dev.numbat.gpu.GpuRuntime;
import dev.numbat.gpu.GpuRuntime.Arg;
import dev.numbat.gpu.source.HandWritten;
import dev.numbat.gpu.source.KernelSource;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compiled function's fused region on the GPU: one launch of its CUDA kernel ({@code
 * trace.CudaRegion}'s source, parameters: inputs, outputs, [partials,] {@code long long n}); a
 * reduction tail writes one partial per block, combined by a second launch of the hand-written
 * {@code nb_KIND_DTYPE_rows} over those partials. Inputs are made what the kernel reads: on the
 * device, C-contiguous, and of the region's size, one element, or a contiguous trailing part (the
 * compile-time classification; anything else is broadcast and copied first, as the CPU plan does).
 */
final class GpuRegions {
  /** Threads per block: a power of two, as the reduction tail needs. */
  private static final int BLOCK = 256;
  /** Blocks at most for a region with a reduction tail: its partials are one row of the combine. */
  private static final int MAX_REDUCE_GRID = 1024;
  private static final int MAX_GRID = 1 << 16;

  private final GpuBackend backend;
  private final GpuRuntime runtime;
  private final ConcurrentHashMap<String, GpuRuntime.Kernel> kernels = new ConcurrentHashMap<>();

  GpuRegions(GpuBackend backend) {
    this.backend = backend;
    this.runtime = backend.runtime();
  }

  NDArray[] run(KernelSource k, NDArray[] inputs, int[] shape, DType[] outputs, String reduction, DType reducedType,
      int[] reducedShape, Device target) {
    int n = dev.numbat.backend.cpu.Shapes.size(shape);
    if (n == 0) {
      return null; // nothing to launch: the equations give the empty results and the reductions' identities
    }
    NDArray[] in = new NDArray[inputs.length];
    for (int i = 0; i < in.length; i++) {
      in[i] = readable(inputs[i], shape, target);
    }
    NDArray[] out = new NDArray[outputs.length + (reduction == null ? 0 : 1)];
    for (int i = 0; i < outputs.length; i++) {
      out[i] = backend.allocate(outputs[i], shape, target);
    }
    int grid = (int) Math.min((n + BLOCK - 1L) / BLOCK, reduction == null ? MAX_GRID : MAX_REDUCE_GRID);
    NDArray partials = reduction == null ? null : backend.allocate(reducedType, new int[] {grid}, target);
    Object[] params = new Object[in.length + outputs.length + (partials == null ? 1 : 2)];
    int p = 0;
    for (NDArray x : in) {
      params[p++] = GpuKernels.pointer(x);
    }
    for (int i = 0; i < outputs.length; i++) {
      params[p++] = GpuKernels.pointer(out[i]);
    }
    if (partials != null) {
      params[p++] = GpuKernels.pointer(partials);
    }
    params[p] = (long) n;
    runtime.launch(kernel(target, k.name(), k.source()), grid, BLOCK, params);
    if (reduction != null) {
      NDArray r = backend.allocate(reducedType, reducedShape, target);
      KernelSource all = HandWritten.source("reductions");
      String kind = switch (reduction) {
        case "amax" -> "max";
        case "amin" -> "min";
        default -> reduction;
      };
      String name = "nb_" + kind + "_" + reducedType.name() + "_rows";
      runtime.launch(kernel(target, name, all.source()), 1, BLOCK, GpuKernels.pointer(partials), GpuKernels.pointer(r), 1L,
          (long) grid);
      out[outputs.length] = r;
    }
    return out;
  }

  /** {@code x} on the device, C-contiguous, and either of the region's shape, one element, or a trailing part. */
  private static NDArray readable(NDArray x, int[] shape, Device target) {
    if (Devices.committed(x) != target) {
      x = x.to(target);
    }
    boolean trailing = x.size() == 1 || Arrays.equals(x.shapeRef(), shape) || dev.numbat.backend.cpu.Shapes.isTrailingPart(x.shapeRef(), shape);
    if (!trailing) {
      x = Np.broadcastTo(x, shape);
    }
    return x.isContiguous() ? x : Np.ascontiguousarray(x);
  }

  private GpuRuntime.Kernel kernel(Device target, String name, String source) {
    return kernels.computeIfAbsent(target.index() + "/" + name, key -> runtime.kernel(target.index(), source, name));
  }
}
