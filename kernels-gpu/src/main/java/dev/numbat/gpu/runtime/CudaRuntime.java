package dev.numbat.gpu.runtime;

import static dev.numbat.gpu.runtime.Cuda.check;
import static org.bytedeco.cuda.global.cublas.CUBLAS_COMPUTE_32F;
import static org.bytedeco.cuda.global.cublas.CUBLAS_GEMM_DEFAULT;
import static org.bytedeco.cuda.global.cublas.CUBLAS_OP_N;
import static org.bytedeco.cuda.global.cublas.CUBLAS_STATUS_SUCCESS;
import static org.bytedeco.cuda.global.cublas.cublasDgemmStridedBatched;
import static org.bytedeco.cuda.global.cublas.cublasGemmStridedBatchedEx;
import static org.bytedeco.cuda.global.cublas.cublasSgemmStridedBatched;
import static org.bytedeco.cuda.global.cudart.CUDA_ERROR_NOT_FOUND;
import static org.bytedeco.cuda.global.cudart.CUDA_R_16BF;
import static org.bytedeco.cuda.global.cudart.CUDA_R_16F;
import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetCount;
import static org.bytedeco.cuda.global.cudart.cuInit;
import static org.bytedeco.cuda.global.cudart.cuLaunchKernel;
import static org.bytedeco.cuda.global.cudart.cuMemcpyDtoDAsync;
import static org.bytedeco.cuda.global.cudart.cuMemcpyPeerAsync;
import static org.bytedeco.cuda.global.cudart.cuModuleGetFunction;
import static org.bytedeco.cuda.global.cudart.cuModuleLoadData;

import dev.numbat.errors.IndexError;
import dev.numbat.errors.RuntimeError;
import dev.numbat.errors.ValueError;
import dev.numbat.gpu.GpuRuntime;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.cuda.cudart.CUfunc_st;
import org.bytedeco.cuda.cudart.CUmod_st;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * {@link GpuRuntime} over {@code org.bytedeco:cuda}'s driver API, NVRTC and cuBLAS. One primary
 * context and one stream per device ({@link CudaDevice}); everything of a device is queued on its
 * stream, so launches, device copies and matrix products run in call order, and copies to the host
 * wait for what came before. Made once, by {@link GpuRuntime#get()}'s loader through {@link #open()}.
 */
public final class CudaRuntime implements GpuRuntime {
  private final CudaDevice[] devices;
  private final ConcurrentHashMap<ModuleKey, CUmod_st> modules = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<KernelKey, CudaKernel> kernels = new ConcurrentHashMap<>();
  private final ThreadLocal<ThreadLaunch> launches = ThreadLocal.withInitial(ThreadLaunch::new);
  private volatile Nvrtc nvrtc;
  // cuBLAS's alpha and beta, host memory read at each call (CUBLAS_POINTER_MODE_HOST, the default)
  private final FloatPointer oneF = new FloatPointer(1f);
  private final FloatPointer zeroF = new FloatPointer(0f);
  private final DoublePointer oneD = new DoublePointer(1d);
  private final DoublePointer zeroD = new DoublePointer(0d);

  private CudaRuntime(int count) {
    devices = new CudaDevice[count];
    for (int i = 0; i < count; i++) devices[i] = new CudaDevice(i);
  }

  /**
   * Initialises the driver and every device. Raises {@link IllegalStateException} with the cause
   * in words when the native libraries do not load (naming the missing one: libcuda.so.1 is the
   * NVIDIA driver, the others CUDA 13's libraries), cuInit fails, or there is no device.
   */
  public static GpuRuntime open() {
    try {
      int rc = cuInit(0);
      if (rc != CUDA_SUCCESS) throw new IllegalStateException("no CUDA device: cuInit failed: " + Cuda.describe(rc));
      int[] count = new int[1];
      check(cuDeviceGetCount(count), "cuDeviceGetCount");
      if (count[0] == 0) throw new IllegalStateException("no CUDA device: the driver reports 0 devices");
      return new CudaRuntime(count[0]);
    } catch (LinkageError e) {
      throw new IllegalStateException(LinkFailure.describe(e), e);
    }
  }

  private CudaDevice dev(int device) {
    if (device < 0 || device >= devices.length) {
      throw new IndexError("device " + device + " is out of range for " + devices.length + " CUDA device(s)");
    }
    return devices[device];
  }

  @Override
  public int deviceCount() {
    return devices.length;
  }

  @Override
  public String deviceName(int device) {
    return dev(device).name;
  }

  @Override
  public int computeCapability(int device) {
    return dev(device).computeCapability;
  }

  @Override
  public String reason() {
    return null;
  }

  @Override
  public DeviceMemory allocate(int device, long nbytes) {
    CudaDevice d = dev(device);
    return d.allocator.allocate(nbytes, d.streamId());
  }

  private static void checkRange(DeviceMemory m, long offset, long bytes, String what) {
    if (offset < 0 || bytes < 0 || offset > m.bytes() - bytes) {
      throw new ValueError(what + ": " + bytes + " bytes at offset " + offset + " do not fit in a block of " + m.bytes() + " bytes");
    }
  }

  @Override
  public void copyToDevice(Object host, int hostOffset, int count, DeviceMemory dst, long dstOffset) {
    Objects.checkFromIndexSize(hostOffset, count, HostCopies.length(host));
    checkRange(dst, dstOffset, (long) count * HostCopies.elementSize(host), "copyToDevice");
    if (count == 0) return;
    dev(dst.device()).copies.toDevice(host, hostOffset, count, dst.address() + dstOffset);
    Reference.reachabilityFence(dst);
  }

  @Override
  public void copyToHost(DeviceMemory src, long srcOffset, Object host, int hostOffset, int count) {
    Objects.checkFromIndexSize(hostOffset, count, HostCopies.length(host));
    checkRange(src, srcOffset, (long) count * HostCopies.elementSize(host), "copyToHost");
    if (count == 0) return;
    dev(src.device()).copies.toHost(src.address() + srcOffset, host, hostOffset, count);
    Reference.reachabilityFence(src);
  }

  @Override
  public void copy(DeviceMemory src, long srcOffset, DeviceMemory dst, long dstOffset, long nbytes) {
    checkRange(src, srcOffset, nbytes, "copy source");
    checkRange(dst, dstOffset, nbytes, "copy destination");
    if (nbytes == 0) return;
    CudaDevice s = dev(src.device());
    CudaDevice d = dev(dst.device());
    if (s == d) {
      d.makeCurrent();
      check(cuMemcpyDtoDAsync(dst.address() + dstOffset, src.address() + srcOffset, nbytes, d.stream), "cuMemcpyDtoDAsync");
    } else {
      // two streams: the source's pending writes first, and the copy done before either side moves on
      s.synchronize();
      d.makeCurrent();
      check(cuMemcpyPeerAsync(dst.address() + dstOffset, d.context, src.address() + srcOffset, s.context, nbytes, d.stream),
          "cuMemcpyPeerAsync");
      d.synchronize();
    }
    Reference.reachabilityFence(src);
    Reference.reachabilityFence(dst);
  }

  private Nvrtc nvrtc() {
    Nvrtc n = nvrtc;
    if (n == null) {
      synchronized (this) {
        n = nvrtc;
        if (n == null) {
          try {
            nvrtc = n = new Nvrtc(new KernelCache(KernelCache.defaultDir()));
          } catch (LinkageError e) {
            throw new RuntimeError("NVRTC is not usable: " + LinkFailure.describe(e));
          }
        }
      }
    }
    return n;
  }

  /** NVRTC's version ("13.1"), loading it if needed. */
  public String nvrtcVersion() {
    return nvrtc().version();
  }

  @Override
  public Kernel kernel(int device, String source, String name) {
    dev(device);
    KernelKey key = new KernelKey(device, source, name);
    CudaKernel k = kernels.get(key);
    return k != null ? k : kernels.computeIfAbsent(key, this::load);
  }

  private CudaKernel load(KernelKey key) {
    CudaDevice d = devices[key.device()];
    CUmod_st module = modules.computeIfAbsent(new ModuleKey(key.device(), key.source()), mk -> {
      Nvrtc.Image image = nvrtc().compile(mk.source(), key.name() + ".cu", d.computeCapability);
      d.makeCurrent();
      CUmod_st m = new CUmod_st();
      try (BytePointer bytes = new BytePointer(image.bytes())) {
        check(cuModuleLoadData(m, bytes), "cuModuleLoadData(" + image.arch() + ", " + key.name() + ")");
      }
      return m;
    });
    d.makeCurrent();
    CUfunc_st f = new CUfunc_st();
    int rc = cuModuleGetFunction(f, module, key.name());
    if (rc == CUDA_ERROR_NOT_FOUND) {
      throw new RuntimeError("no kernel named '" + key.name() + "' in the compiled source (kernels are found by name:"
          + " declare them extern \"C\" __global__)");
    }
    check(rc, "cuModuleGetFunction(" + key.name() + ")");
    return new CudaKernel(key.name(), key.device(), f);
  }

  @Override
  public void launch(Kernel k, int gridX, int blockX, Object... params) {
    CudaKernel ck = (CudaKernel) k;
    CudaDevice d = devices[ck.device()];
    d.makeCurrent();
    ThreadLaunch t = launches.get();
    Pointer args = t.pack(params);
    int rc = cuLaunchKernel(ck.function(), gridX, 1, 1, blockX, 1, 1, 0, d.stream, args, (Pointer) null);
    if (rc != CUDA_SUCCESS) {
      throw new RuntimeError("cuLaunchKernel(" + ck.name() + ", grid " + gridX + ", block " + blockX + ") failed: " + Cuda.describe(rc));
    }
    // the Args' blocks must not return to the cache (and be reused) before the launch is queued
    Reference.reachabilityFence(params);
  }

  @Override
  public void matmul(String dtype, int batch, int m, int n, int k, Arg a, long strideA, Arg b, long strideB, Arg c, long strideC) {
    int size = switch (dtype) {
      case "float32" -> 4;
      case "float64" -> 8;
      case "float16", "bfloat16" -> 2;
      default -> throw new ValueError("matmul on the GPU supports float32, float64, float16 and bfloat16, not " + dtype);
    };
    if (batch < 0 || m < 0 || n < 0 || k < 0) throw new ValueError("negative matmul size " + batch + "x" + m + "x" + n + "x" + k);
    if (batch == 0 || m == 0 || n == 0) return;
    checkOperand(a, strideA, batch, (long) m * k, size, "a");
    checkOperand(b, strideB, batch, (long) k * n, size, "b");
    checkOperand(c, strideC, batch, (long) m * n, size, "c");
    int device = c.memory().device();
    if (a.memory().device() != device || b.memory().device() != device) {
      throw new ValueError("matmul operands on devices " + a.memory().device() + ", " + b.memory().device() + ", " + device);
    }
    CudaDevice d = dev(device);
    long pa = a.memory().address() + a.offset();
    long pb = b.memory().address() + b.offset();
    long pc = c.memory().address() + c.offset();
    // Row-major C = A B is column-major C^T = B^T A^T: cuBLAS reads the row-major k x n B as the
    // column-major n x k B^T (leading dimension n), A likewise, and writes C^T, i.e. row-major C.
    int rc;
    synchronized (d) {
      d.makeCurrent();
      var h = d.blas();
      rc = switch (dtype) {
        case "float32" -> cublasSgemmStridedBatched(h, CUBLAS_OP_N, CUBLAS_OP_N, n, m, k, oneF,
            DevicePointers.floats(pb), n, strideB, DevicePointers.floats(pa), k, strideA, zeroF,
            DevicePointers.floats(pc), n, strideC, batch);
        case "float64" -> cublasDgemmStridedBatched(h, CUBLAS_OP_N, CUBLAS_OP_N, n, m, k, oneD,
            DevicePointers.doubles(pb), n, strideB, DevicePointers.doubles(pa), k, strideA, zeroD,
            DevicePointers.doubles(pc), n, strideC, batch);
        default -> {
          int t = dtype.equals("float16") ? CUDA_R_16F : CUDA_R_16BF;
          yield cublasGemmStridedBatchedEx(h, CUBLAS_OP_N, CUBLAS_OP_N, n, m, k, oneF,
              DevicePointers.raw(pb), t, n, strideB, DevicePointers.raw(pa), t, k, strideA, zeroF,
              DevicePointers.raw(pc), t, n, strideC, batch, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT);
        }
      };
    }
    if (rc != CUBLAS_STATUS_SUCCESS) {
      throw new RuntimeError("cuBLAS " + dtype + " gemm " + batch + "x(" + m + "x" + k + " @ " + k + "x" + n + ") failed: status " + rc);
    }
    Reference.reachabilityFence(a);
    Reference.reachabilityFence(b);
    Reference.reachabilityFence(c);
  }

  private static void checkOperand(Arg x, long stride, int batch, long elements, int size, String name) {
    if (stride < 0) throw new ValueError("negative batch stride of " + name);
    long last = (batch - 1) * stride + elements;
    checkRange(x.memory(), x.offset(), last * size, "matmul operand " + name);
  }

  @Override
  public void synchronize(int device) {
    dev(device).synchronize();
  }

  @Override
  public long[] memoryStats(int device) {
    return dev(device).allocator.stats();
  }

  /** Releases the device's cached blocks to the driver (for tests and memory reports). */
  public void emptyCache(int device) {
    dev(device).allocator.emptyCache();
  }

  record CudaKernel(String name, int device, CUfunc_st function) implements Kernel {}

  private record ModuleKey(int device, String source) {}

  /** The in-memory cache key: String caches its hash, so a lookup with the same source is cheap. */
  private record KernelKey(int device, String source, String name) {}

  /** This thread's launch parameter buffers and the JavaCPP pointer to them. */
  private static final class ThreadLaunch {
    private final LaunchParams params = new LaunchParams(b -> new Pointer(b).address(), 16);
    private ByteBuffer wrapped;
    private Pointer pointer;

    Pointer pack(Object[] values) {
      ByteBuffer p = params.pack(values);
      if (p != wrapped) {
        wrapped = p;
        pointer = new Pointer(p);
      }
      return pointer;
    }
  }
}
