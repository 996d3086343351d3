package dev.numbat.backend.gpu;

import dev.numbat.core.Op;
import dev.numbat.device.Device;
import dev.numbat.device.Placement;

/** The ops with GPU kernels, and how each launches; anything else is {@link Placement#NO_KERNEL}. */
final class GpuKernels {
  private final GpuBackend backend;

  GpuKernels(GpuBackend backend) {
    this.backend = backend;
  }

  Object run(Op op, Object[] args, Device target) {
    return Placement.NO_KERNEL;
  }
}
