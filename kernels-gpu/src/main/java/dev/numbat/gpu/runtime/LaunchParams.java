package dev.numbat.gpu.runtime;

import dev.numbat.errors.TypeError;
import dev.numbat.gpu.GpuRuntime.Arg;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The {@code void** kernelParams} of cuLaunchKernel, packed without garbage: {@code values} holds
 * one 8-byte slot per parameter (each value at the start of its slot, so every type is naturally
 * aligned), {@code pointers} the address of each slot. Both are direct buffers made once and grown
 * when a launch has more parameters; cuLaunchKernel copies the values before it returns, so one
 * instance per thread serves every launch.
 *
 * <p>Parameter kinds: {@link Arg} (a device address plus byte offset, 8 bytes: a {@code T*}),
 * {@code Integer} (4 bytes: {@code int}), {@code Long} (8: {@code long long}), {@code Float} (4),
 * {@code Double} (8). Anything else raises {@link TypeError}.
 */
final class LaunchParams {
  static final int SLOT = 8;

  /** Native address of a direct buffer's first byte (JavaCPP in the runtime, a fake in tests). */
  interface Addresses {
    long of(ByteBuffer direct);
  }

  private final Addresses addresses;
  private ByteBuffer values;
  private ByteBuffer pointers;
  private long valuesBase;
  private int capacity;

  LaunchParams(Addresses addresses, int capacity) {
    this.addresses = addresses;
    grow(capacity);
  }

  private void grow(int slots) {
    capacity = slots;
    values = ByteBuffer.allocateDirect(slots * SLOT).order(ByteOrder.nativeOrder());
    pointers = ByteBuffer.allocateDirect(slots * SLOT).order(ByteOrder.nativeOrder());
    valuesBase = addresses.of(values);
    for (int i = 0; i < slots; i++) pointers.putLong(i * SLOT, valuesBase + (long) i * SLOT);
  }

  /** Packs {@code params}; returns the buffer whose address is the {@code void**} to pass. */
  ByteBuffer pack(Object[] params) {
    if (params.length > capacity) grow(Math.max(params.length, capacity * 2));
    ByteBuffer v = values;
    for (int i = 0; i < params.length; i++) {
      int at = i * SLOT;
      switch (params[i]) {
        case Arg a -> v.putLong(at, a.memory().address() + a.offset());
        case Integer x -> v.putInt(at, x);
        case Long x -> v.putLong(at, x);
        case Float x -> v.putFloat(at, x);
        case Double x -> v.putDouble(at, x);
        case null -> throw new TypeError("kernel parameter " + i + " is null");
        default -> throw new TypeError("kernel parameter " + i + " has type " + params[i].getClass().getName()
            + "; expected GpuRuntime.Arg, Integer, Long, Float or Double");
      }
    }
    return pointers;
  }

  /** The packed value slots (for tests). */
  ByteBuffer values() {
    return values;
  }

  long valuesBase() {
    return valuesBase;
  }
}
