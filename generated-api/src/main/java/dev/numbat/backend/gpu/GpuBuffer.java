package dev.numbat.backend.gpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Storage;
import dev.numbat.core.Buffer;
import dev.numbat.device.Device;
import dev.numbat.device.Devices;
import dev.numbat.device.Transfers;
import dev.numbat.gpu.GpuRuntime;

/**
 * An array's elements in GPU memory: one block of the caching allocator holding {@code length}
 * storage elements in the host storage's layout (bool and the integers as their bytes, float16 and
 * bfloat16 as their bits, complex as interleaved parts), so a copy either way is a plain memcpy.
 * Views of a GPU array share its buffer through their strides and offset, as on the host.
 *
 * <p>Reading values (printing, {@code item()}, {@code toArray()}, an op run on the host) copies
 * the whole block down once, a logged transfer; the arrays are immutable, so that host copy stays
 * valid and is kept.
 */
final class GpuBuffer extends Buffer implements Devices.Placed {
  final GpuRuntime runtime;
  final Device device;
  final GpuRuntime.DeviceMemory memory;
  final DType dtype;
  /** Storage elements (twice the elements for complex). */
  final int length;
  private volatile Object host;

  GpuBuffer(GpuRuntime runtime, Device device, GpuRuntime.DeviceMemory memory, DType dtype, int length) {
    this.runtime = runtime;
    this.device = device;
    this.memory = memory;
    this.dtype = dtype;
    this.length = length;
  }

  @Override
  public Device device() { return device; }

  @Override
  public String kind() { return "device"; }

  @Override
  public Object hostStorage(NDArray owner) {
    Object h = host;
    if (h == null) {
      synchronized (this) {
        h = host;
        if (h == null) {
          Transfers.record(owner, device, Device.host(), "reading values");
          h = Storage.allocate(dtype, dtype.isComplex() ? length / 2 : length);
          if (length > 0) {
            runtime.copyToHost(memory, 0, h, 0, length);
          }
          host = h;
        }
      }
    }
    return h;
  }

  @Override
  public String describe(NDArray owner) {
    return dev.numbat.backend.cpu.Format.repr(owner);
  }
}
