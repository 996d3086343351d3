package dev.numbat.gpu.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.MemoryError;
import dev.numbat.errors.RuntimeError;
import dev.numbat.gpu.GpuRuntime.DeviceMemory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The allocator over a fake device of fixed capacity: no GPU needed. */
class CachingAllocatorTest {
  /** A device with {@code capacity} bytes that hands out increasing addresses and counts driver calls. */
  static final class FakeDevice implements CachingAllocator.RawMemory {
    final long capacity;
    long used;
    long next = 0x10000;
    int mallocs;
    int frees;
    int syncs;
    final java.util.Map<Long, Long> live = new java.util.HashMap<>();

    FakeDevice(long capacity) {
      this.capacity = capacity;
    }

    @Override
    public synchronized long malloc(long bytes) {
      mallocs++;
      if (used + bytes > capacity) return 0;
      used += bytes;
      long a = next;
      next += bytes;
      live.put(a, bytes);
      return a;
    }

    @Override
    public synchronized void free(long address) {
      frees++;
      Long b = live.remove(address);
      if (b == null) throw new AssertionError("double free of " + address);
      used -= b;
    }

    @Override
    public synchronized void synchronize() {
      syncs++;
    }
  }

  @Test
  void sizeClassesRoundTo512BelowOneMiBAnd2MiBAbove() {
    assertEquals(512, CachingAllocator.sizeClass(0));
    assertEquals(512, CachingAllocator.sizeClass(1));
    assertEquals(512, CachingAllocator.sizeClass(512));
    assertEquals(1024, CachingAllocator.sizeClass(513));
    assertEquals(1L << 20, CachingAllocator.sizeClass((1L << 20) - 1));
    assertEquals(1L << 20, CachingAllocator.sizeClass(1L << 20));
    assertEquals(2L << 20, CachingAllocator.sizeClass((1L << 20) + 1));
    assertEquals(4L << 20, CachingAllocator.sizeClass((2L << 20) + 1));
    assertEquals(1L << 30, CachingAllocator.sizeClass(1L << 30));
    assertThrows(IllegalArgumentException.class, () -> CachingAllocator.sizeClass(-1));
  }

  @Test
  void closedBlockIsReusedForTheSameSizeClassAndStream() {
    FakeDevice dev = new FakeDevice(1L << 30);
    CachingAllocator a = new CachingAllocator(0, dev);
    DeviceMemory m = a.allocate(1000, 1);
    long address = m.address();
    m.close();
    DeviceMemory again = a.allocate(600, 1); // also size class 1024
    assertEquals(address, again.address());
    assertEquals(1, dev.mallocs, "the second allocation came from the cache");
    DeviceMemory other = a.allocate(2000, 1); // another size class: a fresh block
    assertNotEquals(address, other.address());
    assertEquals(2, dev.mallocs);
  }

  @Test
  void freeListsArePerStream() {
    FakeDevice dev = new FakeDevice(1L << 30);
    CachingAllocator a = new CachingAllocator(0, dev);
    DeviceMemory m = a.allocate(1000, 1);
    long address = m.address();
    m.close();
    DeviceMemory s2 = a.allocate(1000, 2);
    assertNotEquals(address, s2.address(), "a block freed on stream 1 is not handed to stream 2");
    assertEquals(address, a.allocate(1000, 1).address());
  }

  @Test
  void statsCountInUseCachedAndPeak() {
    CachingAllocator a = new CachingAllocator(0, new FakeDevice(1L << 30));
    DeviceMemory x = a.allocate(100, 1);
    DeviceMemory y = a.allocate(3L << 20, 1);
    assertArrayEquals(new long[] {512 + (4L << 20), 0, 512 + (4L << 20)}, a.stats());
    y.close();
    assertArrayEquals(new long[] {512, 4L << 20, 512 + (4L << 20)}, a.stats());
    a.emptyCache();
    assertArrayEquals(new long[] {512, 0, 512 + (4L << 20)}, a.stats());
    x.close();
    assertArrayEquals(new long[] {0, 512, 512 + (4L << 20)}, a.stats());
  }

  @Test
  void closeIsIdempotentAndUseAfterCloseRaises() {
    FakeDevice dev = new FakeDevice(1L << 30);
    CachingAllocator a = new CachingAllocator(0, dev);
    DeviceMemory m = a.allocate(100, 1);
    m.close();
    m.close();
    assertArrayEquals(new long[] {0, 512, 512}, a.stats(), "a second close returns nothing twice");
    RuntimeError e = assertThrows(RuntimeError.class, m::address);
    assertTrue(e.getMessage().contains("after close"), e.getMessage());
    // the block went back once: two allocations get two different blocks
    assertNotEquals(a.allocate(100, 1).address(), a.allocate(100, 1).address());
  }

  @Test
  void emptyCacheSynchronisesThenFreesEveryCachedBlock() {
    FakeDevice dev = new FakeDevice(1L << 30);
    CachingAllocator a = new CachingAllocator(0, dev);
    a.allocate(100, 1).close();
    a.allocate(5L << 20, 2).close();
    a.emptyCache();
    assertEquals(1, dev.syncs);
    assertEquals(2, dev.frees);
    assertEquals(0, dev.used);
  }

  @Test
  void cleanerReturnsTheBlockOfAnUnreachableHandle() throws InterruptedException {
    CachingAllocator a = new CachingAllocator(0, new FakeDevice(1L << 30));
    allocateAndDrop(a);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (a.stats()[0] != 0 && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(10);
    }
    assertArrayEquals(new long[] {0, 1024, 1024}, a.stats(), "the Cleaner returned the block to the cache");
  }

  private static void allocateAndDrop(CachingAllocator a) {
    a.allocate(1000, 1);
  }

  @Test
  void outOfMemoryReleasesTheCacheAndRetries() {
    FakeDevice dev = new FakeDevice(8L << 20);
    CachingAllocator a = new CachingAllocator(0, dev);
    a.allocate(4L << 20, 1).close(); // cached, of another size class than the next request
    a.allocate(2L << 20, 1).close();
    DeviceMemory big = a.allocate(8L << 20, 1); // fits only once the cache is given back
    assertEquals(8L << 20, big.bytes());
    assertEquals(2, dev.frees);
  }

  @Test
  void outOfMemoryWaitsForTheCleanerOfUnreachableHandles() {
    FakeDevice dev = new FakeDevice(8L << 20);
    CachingAllocator a = new CachingAllocator(0, dev);
    for (int i = 0; i < 4; i++) allocate2MiBAndDrop(a); // the device is full of unreachable blocks
    DeviceMemory big = a.allocate(8L << 20, 1);
    assertEquals(8L << 20, big.bytes(), "the GC cycle freed the unreachable handles' blocks");
  }

  private static void allocate2MiBAndDrop(CachingAllocator a) {
    a.allocate(2L << 20, 1);
  }

  @Test
  void outOfMemoryRaisesMemoryErrorWithTheSizes() {
    FakeDevice dev = new FakeDevice(8L << 20);
    CachingAllocator a = new CachingAllocator(3, dev);
    List<DeviceMemory> held = new ArrayList<>();
    held.add(a.allocate(6L << 20, 1));
    a.allocate(1000, 1).close(); // 1 KiB stays cached until the OOM path releases it
    MemoryError e = assertThrows(MemoryError.class, () -> a.allocate(4L << 20, 1));
    String msg = e.getMessage();
    assertTrue(msg.contains("device 3"), msg);
    assertTrue(msg.contains("4.00 MiB (4194304 bytes"), msg);
    assertTrue(msg.contains("6.00 MiB (6291456 bytes) in use"), msg);
    assertTrue(msg.contains("0 bytes (0 bytes) cached"), msg);
    assertEquals(1, held.size());
    Set<String> seen = new HashSet<>();
    seen.add(msg);
  }

  @Test
  void humanSizes() {
    assertEquals("0 bytes", CachingAllocator.human(0));
    assertEquals("1.00 KiB", CachingAllocator.human(1024));
    assertEquals("1.50 GiB", CachingAllocator.human(3L << 29));
  }
}
