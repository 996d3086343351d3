package dev.numbat.gpu.runtime;

import dev.numbat.errors.MemoryError;
import dev.numbat.errors.RuntimeError;
import dev.numbat.gpu.GpuRuntime.DeviceMemory;
import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The device memory allocator of one device: blocks come from {@link RawMemory} (cuMemAlloc) and
 * go back to a cache, never to the driver, so a steady-state program allocates without a driver
 * call (a cuMemAlloc/cuMemFree pair costs tens of microseconds and cuMemFree synchronises the
 * device).
 *
 * <p><b>Size classes.</b> Requests are rounded up as PyTorch's CUDA caching allocator rounds them
 * ({@code c10/cuda/CUDACachingAllocator.cpp}): to a multiple of 512 bytes up to 1 MiB
 * ({@code kMinBlockSize}, its small pool), to a multiple of 2 MiB above ({@code kRoundLarge}).
 * Unlike PyTorch, blocks are never split or merged: a cached block serves only a request of its
 * own size class. That keeps the bookkeeping a map of free lists and the reuse exact, at the price
 * of at most 2 MiB (or 511 bytes) of slack per block; the out-of-memory path below recovers memory
 * that a different mix of sizes left in the cache.
 *
 * <p><b>Streams.</b> Free lists are per stream: a block freed on stream S may still be read by
 * work queued on S, and only work queued later on S is ordered after that, so only S may reuse it
 * without a synchronisation (PyTorch's rule, without its cross-stream event recording).
 *
 * <p><b>Release.</b> A handle returns its block to the cache when it is closed (idempotent) or,
 * failing that, when it becomes unreachable (a {@link Cleaner}). Use after close raises.
 *
 * <p><b>Out of memory.</b> When {@link RawMemory#malloc} finds no memory: the cache is released
 * to the driver, then {@code System.gc()} and a short wait let the Cleaner return blocks of
 * unreachable handles, the cache is released again, and the allocation is tried once more; then
 * {@link MemoryError} names the bytes asked, in use and cached.
 *
 * <p>Thread-safe: the Cleaner's thread returns blocks concurrently with allocations.
 */
public final class CachingAllocator {
  /** The driver's allocation functions (a fake in tests). */
  public interface RawMemory {
    /** A fresh block of exactly {@code bytes}, or 0 when the device has no memory for it; other failures throw. */
    long malloc(long bytes);

    /** Gives a block back to the driver. */
    void free(long address);

    /** Waits for queued work that may still use cached blocks; called before the cache is released. */
    default void synchronize() {}
  }

  static final long SMALL_LIMIT = 1L << 20;
  static final long SMALL_ROUND = 512;
  static final long LARGE_ROUND = 2L << 20;

  /** How long the out-of-memory path waits for the Cleaner after {@code System.gc()}. */
  private static final long GC_WAIT_MILLIS = 200;

  private static final Cleaner CLEANER = Cleaner.create();

  private final int device;
  private final RawMemory raw;
  private final Object lock = new Object();
  /** stream -> size class -> free blocks (addresses). */
  private final Map<Long, Map<Long, ArrayDeque<Long>>> free = new HashMap<>();
  private long inUse;
  private long cached;
  private long peak;
  /** Blocks returned so far; the out-of-memory path watches it to see the Cleaner at work. */
  private long returns;

  public CachingAllocator(int device, RawMemory raw) {
    this.device = device;
    this.raw = raw;
  }

  /** The size class of a request: the bytes a block for it holds. */
  public static long sizeClass(long nbytes) {
    if (nbytes < 0) throw new IllegalArgumentException("negative allocation size " + nbytes);
    long n = Math.max(nbytes, 1);
    long round = n <= SMALL_LIMIT ? SMALL_ROUND : LARGE_ROUND;
    return Math.ceilDiv(n, round) * round;
  }

  /** A block of at least {@code nbytes} for work on {@code stream}. */
  public DeviceMemory allocate(long nbytes, long stream) {
    long size = sizeClass(nbytes);
    long address = takeCached(size, stream);
    if (address == 0) address = raw.malloc(size);
    if (address == 0) address = afterReleasing(size);
    synchronized (lock) {
      inUse += size;
      peak = Math.max(peak, inUse);
    }
    return new Block(this, device, nbytes, size, address, stream);
  }

  /** The out-of-memory path: release the cache, let the Cleaner work, release again, retry once. */
  private long afterReleasing(long size) {
    emptyCache();
    long seen;
    synchronized (lock) {
      seen = returns;
    }
    System.gc();
    long deadline = System.nanoTime() + GC_WAIT_MILLIS * 1_000_000;
    while (System.nanoTime() < deadline) {
      synchronized (lock) {
        if (returns != seen) break;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    // one more moment for the Cleaner to finish a burst of returns it has begun
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    raw.synchronize(); // a returned block of another stream is free once the device is idle
    long address = takeAnyCached(size);
    if (address != 0) return address;
    emptyCache();
    address = raw.malloc(size);
    if (address != 0) return address;
    long[] s = stats();
    throw new MemoryError(String.format(
        "CUDA out of memory on device %d: tried to allocate %s (%d bytes, size class %d); %s (%d bytes) in use, "
            + "%s (%d bytes) cached by the allocator, after releasing the cache and a GC cycle",
        device, human(size), size, size, human(s[0]), s[0], human(s[1]), s[1]));
  }

  private long takeCached(long size, long stream) {
    synchronized (lock) {
      Map<Long, ArrayDeque<Long>> lists = free.get(stream);
      ArrayDeque<Long> list = lists == null ? null : lists.get(size);
      if (list == null || list.isEmpty()) return 0;
      cached -= size;
      return list.pop();
    }
  }

  /** A cached block of this size from any stream; the caller has synchronised the device. */
  private long takeAnyCached(long size) {
    synchronized (lock) {
      for (Map<Long, ArrayDeque<Long>> lists : free.values()) {
        ArrayDeque<Long> list = lists.get(size);
        if (list != null && !list.isEmpty()) {
          cached -= size;
          return list.pop();
        }
      }
      return 0;
    }
  }

  private void giveBack(long address, long size, long stream) {
    synchronized (lock) {
      inUse -= size;
      cached += size;
      returns++;
      free.computeIfAbsent(stream, s -> new HashMap<>()).computeIfAbsent(size, s -> new ArrayDeque<>()).push(address);
    }
  }

  /** Gives every cached block back to the driver (after the device's queued work). */
  public void emptyCache() {
    ArrayDeque<Long> blocks = new ArrayDeque<>();
    synchronized (lock) {
      for (Map<Long, ArrayDeque<Long>> lists : free.values()) {
        for (ArrayDeque<Long> list : lists.values()) blocks.addAll(list);
      }
      free.clear();
      cached = 0;
    }
    if (blocks.isEmpty()) return;
    raw.synchronize();
    for (long address : blocks) raw.free(address);
  }

  /** Bytes in use (size classes of live blocks), cached, and the peak of in use. */
  public long[] stats() {
    synchronized (lock) {
      return new long[] {inUse, cached, peak};
    }
  }

  static String human(long bytes) {
    if (bytes < 1024) return bytes + " bytes";
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format("%.2f %s", v, units[u]);
  }

  /**
   * The state a Cleaner may act on: everything but the handle itself, so that the handle can
   * become unreachable. {@code run} is called at most once (Cleanable's contract).
   */
  private record Release(CachingAllocator owner, long address, long size, long stream) implements Runnable {
    @Override
    public void run() {
      owner.giveBack(address, size, stream);
    }
  }

  /** A live block: the handle users hold. */
  static final class Block implements DeviceMemory {
    private final int device;
    private final long bytes;
    private final long address;
    private final Cleaner.Cleanable cleanable;
    private volatile boolean closed;

    Block(CachingAllocator owner, int device, long bytes, long size, long address, long stream) {
      this.device = device;
      this.bytes = bytes;
      this.address = address;
      this.cleanable = CLEANER.register(this, new Release(owner, address, size, stream));
    }

    @Override
    public int device() {
      return device;
    }

    @Override
    public long bytes() {
      return bytes;
    }

    /** The device address; raises after {@link #close()}. */
    @Override
    public long address() {
      if (closed) throw new RuntimeError("device memory used after close (" + bytes + " bytes on device " + device + ")");
      return address;
    }

    @Override
    public void close() {
      closed = true;
      cleanable.clean();
    }

    @Override
    public String toString() {
      return "DeviceMemory[device " + device + ", " + bytes + " bytes at 0x" + Long.toHexString(address)
          + (closed ? ", closed]" : "]");
    }
  }
}
