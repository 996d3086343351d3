package dev.numbat.gpu.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numbat.errors.TypeError;
import dev.numbat.gpu.GpuRuntime.Arg;
import dev.numbat.gpu.GpuRuntime.DeviceMemory;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Parameter packing with a fake address for the value slots: no GPU, no native code. */
class LaunchParamsTest {
  static final long BASE = 0x7f00_0000_1000L;

  record FakeMemory(long address) implements DeviceMemory {
    public int device() { return 0; }
    public long bytes() { return 1 << 20; }
    public void close() {}
  }

  @Test
  void everyKindIsPackedInItsSlotAndPointersAddressTheSlots() {
    LaunchParams p = new LaunchParams(b -> BASE, 4);
    ByteBuffer ptrs = p.pack(new Object[] {Arg.ptr(new FakeMemory(0xdead_0000L), 64), 7, -3L, 1.5f, 2.25});
    ByteBuffer v = p.values();
    assertEquals(0xdead_0000L + 64, v.getLong(0));
    assertEquals(7, v.getInt(8));
    assertEquals(-3L, v.getLong(16));
    assertEquals(1.5f, v.getFloat(24));
    assertEquals(2.25, v.getDouble(32));
    for (int i = 0; i < 5; i++) assertEquals(BASE + 8L * i, ptrs.getLong(8 * i), "pointer to slot " + i);
  }

  @Test
  void buffersAreReusedUntilALaunchNeedsMoreSlots() {
    int[] made = {0};
    LaunchParams p = new LaunchParams(b -> { made[0]++; return BASE; }, 2);
    ByteBuffer first = p.pack(new Object[] {1, 2});
    assertSame(first, p.pack(new Object[] {3}));
    assertEquals(1, made[0]);
    ByteBuffer grown = p.pack(new Object[] {1, 2, 3});
    assertEquals(2, made[0]);
    assertSame(grown, p.pack(new Object[] {1, 2, 3, 4}));
  }

  @Test
  void otherTypesRaiseTypeError() {
    LaunchParams p = new LaunchParams(b -> BASE, 2);
    assertThrows(TypeError.class, () -> p.pack(new Object[] {"x"}));
    assertThrows(TypeError.class, () -> p.pack(new Object[] {(short) 1}));
    assertThrows(TypeError.class, () -> p.pack(new Object[] {null}));
  }
}
