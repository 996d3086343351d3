package dev.numbat.device;

import dev.numbat.NDArray;
import dev.numbat.core.Buffer;

/**
 * The buffer of an array on a CPU device that was placed there (a logical device {@code CPU:k},
 * or {@code CPU:0} committed by a scope): Java storage like the host's, tagged with its device.
 * Every CPU kernel reads it as it reads host storage; only placement decides where results go.
 */
final class HostDeviceBuffer extends Buffer implements Devices.Placed {
  private final Device device;
  private final Object storage;

  HostDeviceBuffer(Device device, Object storage) {
    this.device = device;
    this.storage = storage;
  }

  @Override
  public Device device() { return device; }

  @Override
  public String kind() { return "device"; }

  @Override
  public Object hostStorage(NDArray owner) { return storage; }

  @Override
  public String describe(NDArray owner) {
    return dev.numbat.backend.cpu.Format.repr(owner);
  }
}
