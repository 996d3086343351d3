package dev.numbat.backend.gpu;

import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.DeviceStorage;
import dev.numbat.core.Op;
import dev.numbat.device.Device;
import dev.numbat.device.Placement;
import dev.numbat.gpu.GpuRuntime;

/**
 * The CUDA backend behind {@link Placement}: GPU arrays ({@link GpuBuffer}), the copies to and
 * from the host, and the ops that have GPU kernels ({@link GpuKernels}); every other op runs on
 * the host by Placement's soft placement. Installed at start-up when {@link GpuRuntime#get()}
 * has devices.
 */
public final class GpuBackend implements Placement.Gpu {
  private final GpuRuntime runtime;
  private final GpuKernels kernels;
  private final GpuRegions regions;

  /** {@code launch}: whether ops run GPU kernels (false: only copies, every op on the host). */
  public GpuBackend(GpuRuntime runtime, boolean launch) {
    this.runtime = runtime;
    this.kernels = launch ? new GpuKernels(this) : null;
    this.regions = launch ? new GpuRegions(this) : null;
  }

  GpuRuntime runtime() {
    return runtime;
  }

  @Override
  public Object run(Op op, Object[] args, Device target) {
    return kernels == null ? Placement.NO_KERNEL : kernels.run(op, args, target);
  }

  @Override
  public NDArray upload(NDArray x, Device to) {
    NDArray c = Copy.contiguous(DeviceStorage.heapView(x));
    int length = c.size() * (c.dtype().isComplex() ? 2 : 1);
    GpuRuntime.DeviceMemory m = runtime.allocate(to.index(), Math.max(1, c.nbytes()));
    if (length > 0) {
      runtime.copyToDevice(DeviceStorage.storage(c), c.offset() * (c.dtype().isComplex() ? 2 : 1), length, m, 0);
    }
    NDArray placed = DeviceStorage.placed(c, new GpuBuffer(runtime, to, m, c.dtype(), length));
    return x.isWeak() ? placed.asWeak() : placed;
  }

  /** A new C-contiguous GPU array of {@code dtype} and {@code shape} on {@code d}, contents undefined. */
  NDArray allocate(dev.numbat.DType dtype, int[] shape, Device d) {
    int n = dev.numbat.backend.cpu.Shapes.checkedSize(shape);
    int length = n * (dtype.isComplex() ? 2 : 1);
    GpuRuntime.DeviceMemory m = runtime.allocate(d.index(), Math.max(1, (long) n * dtype.itemsize()));
    return new NDArray(dtype, shape, dev.numbat.backend.cpu.Shapes.cStrides(shape), 0,
        new GpuBuffer(runtime, d, m, dtype, length), false);
  }

  @Override
  public NDArray[] fused(Object kernel, NDArray[] inputs, int[] shape, dev.numbat.DType[] outputs, String reduction,
      dev.numbat.DType reducedType, int[] reducedShape, Device target) {
    if (regions == null || !(kernel instanceof dev.numbat.gpu.source.KernelSource k)) {
      return null;
    }
    return regions.run(k, inputs, shape, outputs, reduction, reducedType, reducedShape, target);
  }

  @Override
  public NDArray download(NDArray x) {
    return DeviceStorage.heapView(x);
  }
}
