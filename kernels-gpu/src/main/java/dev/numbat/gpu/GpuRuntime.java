package dev.numbat.gpu;

/**
 * The CUDA runtime as the library sees it: devices, memory, copies, compiled kernels, launches and
 * cuBLAS. One implementation over {@code org.bytedeco:cuda} ({@code dev.numbat.gpu.runtime}) and
 * {@link Unavailable}, chosen once by {@link #get()} (Lucene's {@code VectorizationProvider}
 * pattern): a machine without the bindings, the driver or a device gets {@code Unavailable}, whose
 * {@link #reason()} says which, and every array stays on the CPU.
 *
 * <p>Element offsets and lengths are in bytes unless a parameter says elements. Launches are
 * asynchronous on the device's stream; copies to the host synchronise it.
 */
public interface GpuRuntime {
  /** Devices this process can use; 0 when unavailable. */
  int deviceCount();

  /** The device's name as the driver reports it ("NVIDIA H100 80GB HBM3"). */
  String deviceName(int device);

  /** Compute capability as major*10+minor (90 for sm_90). */
  int computeCapability(int device);

  /** Why there is no GPU (no bindings, no driver, no device), or null when available. */
  String reason();

  /**
   * {@code nbytes} of device memory from the caching allocator; the block returns to the cache
   * when the handle becomes unreachable (a Cleaner) or is closed. Out of memory: one GC cycle and a
   * retry, then {@link dev.numbat.errors.MemoryError} with the sizes asked, in use and cached.
   */
  DeviceMemory allocate(int device, long nbytes);

  /** Copies {@code count} elements of Java array {@code host} from element {@code hostOffset} to {@code dst} at byte {@code dstOffset}. */
  void copyToDevice(Object host, int hostOffset, int count, DeviceMemory dst, long dstOffset);

  /** Copies {@code count} elements from {@code src} at byte {@code srcOffset} into Java array {@code host} from element {@code hostOffset}; synchronises. */
  void copyToHost(DeviceMemory src, long srcOffset, Object host, int hostOffset, int count);

  /** Device-to-device copy of {@code nbytes} (also between devices). */
  void copy(DeviceMemory src, long srcOffset, DeviceMemory dst, long dstOffset, long nbytes);

  /**
   * The kernel {@code name} of CUDA C {@code source}, compiled with NVRTC for the device's
   * architecture at first use and cached in memory and on disk (keyed by source, options and
   * architecture).
   */
  Kernel kernel(int device, String source, String name);

  /**
   * Launches {@code k} with a 1-d grid; {@code params} in the kernel's order: {@link Arg#ptr}
   * (a device pointer at a byte offset), or boxed {@code Integer}, {@code Long}, {@code Float},
   * {@code Double}.
   */
  void launch(Kernel k, int gridX, int blockX, Object... params);

  /**
   * Row-major batched matrix product through cuBLAS: for each of {@code batch} problems,
   * {@code c = a @ b} with {@code a} m×k, {@code b} k×n, {@code c} m×n, all C-contiguous, batch
   * strides in elements; {@code dtype} "float32" or "float64" (also "float16" and "bfloat16" with
   * float32 accumulation where cuBLAS has them).
   */
  void matmul(String dtype, int batch, int m, int n, int k, Arg a, long strideA, Arg b, long strideB, Arg c, long strideC);

  /** Waits for the device's stream. */
  void synchronize(int device);

  /** Allocator counters: bytes in use, cached, and the peak. */
  long[] memoryStats(int device);

  /** A device pointer at a byte offset, as a kernel parameter or a cuBLAS operand. */
  record Arg(DeviceMemory memory, long offset) {
    public static Arg ptr(DeviceMemory memory, long offset) { return new Arg(memory, offset); }
  }

  /** A block of device memory. */
  interface DeviceMemory extends AutoCloseable {
    int device();

    long bytes();

    /** The raw device address (for logs and tests). */
    long address();

    /** Returns the block to the allocator's cache now; later use is an error. */
    @Override
    void close();
  }

  /** A compiled kernel of one device. */
  interface Kernel {
    String name();

    int device();
  }

  /** The runtime of this process, chosen once. */
  static GpuRuntime get() {
    return Holder.RUNTIME;
  }

  /** No GPU: every call but the queries raises {@link UnsupportedOperationException} with the reason. */
  record Unavailable(String reason) implements GpuRuntime {
    @Override public int deviceCount() { return 0; }
    @Override public String deviceName(int device) { throw fail(); }
    @Override public int computeCapability(int device) { throw fail(); }
    @Override public DeviceMemory allocate(int device, long nbytes) { throw fail(); }
    @Override public void copyToDevice(Object host, int hostOffset, int count, DeviceMemory dst, long dstOffset) { throw fail(); }
    @Override public void copyToHost(DeviceMemory src, long srcOffset, Object host, int hostOffset, int count) { throw fail(); }
    @Override public void copy(DeviceMemory src, long srcOffset, DeviceMemory dst, long dstOffset, long nbytes) { throw fail(); }
    @Override public Kernel kernel(int device, String source, String name) { throw fail(); }
    @Override public void launch(Kernel k, int gridX, int blockX, Object... params) { throw fail(); }
    @Override public void matmul(String dtype, int batch, int m, int n, int k, Arg a, long strideA, Arg b, long strideB, Arg c, long strideC) { throw fail(); }
    @Override public void synchronize(int device) { throw fail(); }
    @Override public long[] memoryStats(int device) { return new long[3]; }

    private UnsupportedOperationException fail() {
      return new UnsupportedOperationException("no CUDA device: " + reason);
    }
  }

  /** Loads the CUDA implementation once; reflection only here, never on a call path. */
  final class Holder {
    private Holder() {}

    static final GpuRuntime RUNTIME = load();

    private static GpuRuntime load() {
      if (Boolean.getBoolean("numbat.gpu.disable")) {
        return new Unavailable("disabled by -Dnumbat.gpu.disable=true");
      }
      try {
        Class.forName("org.bytedeco.cuda.global.cudart", false, GpuRuntime.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        return new Unavailable("org.bytedeco:cuda is not on the class path (README \"GPU\" says how to add it)");
      }
      try {
        return (GpuRuntime) Class.forName("dev.numbat.gpu.runtime.CudaRuntime")
            .getMethod("open").invoke(null);
      } catch (java.lang.reflect.InvocationTargetException e) {
        Throwable c = e.getCause();
        // open() states its reasons as IllegalStateException messages; anything else is unexpected
        return new Unavailable(c instanceof IllegalStateException && c.getMessage() != null
            ? c.getMessage() : c.getClass().getSimpleName() + ": " + c.getMessage());
      } catch (ReflectiveOperationException | LinkageError e) {
        return new Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
