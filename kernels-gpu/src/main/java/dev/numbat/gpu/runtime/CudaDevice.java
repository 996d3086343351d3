package dev.numbat.gpu.runtime;

import static dev.numbat.gpu.runtime.Cuda.check;
import static org.bytedeco.cuda.global.cublas.CUBLAS_STATUS_SUCCESS;
import static org.bytedeco.cuda.global.cublas.cublasCreate_v2;
import static org.bytedeco.cuda.global.cublas.cublasSetStream_v2;
import static org.bytedeco.cuda.global.cudart.CUDA_ERROR_OUT_OF_MEMORY;
import static org.bytedeco.cuda.global.cudart.CUDA_SUCCESS;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR;
import static org.bytedeco.cuda.global.cudart.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR;
import static org.bytedeco.cuda.global.cudart.CU_STREAM_NON_BLOCKING;
import static org.bytedeco.cuda.global.cudart.cuCtxSetCurrent;
import static org.bytedeco.cuda.global.cudart.cuDeviceGet;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetAttribute;
import static org.bytedeco.cuda.global.cudart.cuDeviceGetName;
import static org.bytedeco.cuda.global.cudart.cuDevicePrimaryCtxRetain;
import static org.bytedeco.cuda.global.cudart.cuMemAlloc;
import static org.bytedeco.cuda.global.cudart.cuMemFree;
import static org.bytedeco.cuda.global.cudart.cuStreamCreate;
import static org.bytedeco.cuda.global.cudart.cuStreamSynchronize;

import dev.numbat.errors.RuntimeError;
import java.nio.charset.StandardCharsets;
import org.bytedeco.cuda.cublas.cublasContext;
import org.bytedeco.cuda.cudart.CUctx_st;
import org.bytedeco.cuda.cudart.CUstream_st;

/**
 * One device as the runtime holds it: its primary context (the one the CUDA runtime API and
 * PyTorch share, so memory is not split between contexts), one non-blocking stream that every
 * launch, copy and cuBLAS call of this device is queued on, its {@link CachingAllocator}, and
 * lazily its cuBLAS handle and pinned staging memory.
 */
final class CudaDevice {
  /** The device whose context is current on this thread (contexts are per thread in the driver API). */
  private static final ThreadLocal<CudaDevice> CURRENT = new ThreadLocal<>();

  final int index;
  final String name;
  final int computeCapability;
  final CUctx_st context = new CUctx_st();
  final CUstream_st stream = new CUstream_st();
  final CachingAllocator allocator;
  private cublasContext blas;
  /** Host-device copies through pinned memory (allocated at the first copy). */
  final HostCopies copies = new HostCopies(this);

  CudaDevice(int index) {
    this.index = index;
    int[] dev = new int[1];
    check(cuDeviceGet(dev, index), "cuDeviceGet(" + index + ")");
    byte[] nameBytes = new byte[256];
    check(cuDeviceGetName(nameBytes, nameBytes.length, dev[0]), "cuDeviceGetName");
    int end = 0;
    while (end < nameBytes.length && nameBytes[end] != 0) end++;
    this.name = new String(nameBytes, 0, end, StandardCharsets.UTF_8);
    int[] major = new int[1];
    int[] minor = new int[1];
    check(cuDeviceGetAttribute(major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev[0]), "cuDeviceGetAttribute");
    check(cuDeviceGetAttribute(minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev[0]), "cuDeviceGetAttribute");
    this.computeCapability = major[0] * 10 + minor[0];
    check(cuDevicePrimaryCtxRetain(context, dev[0]), "cuDevicePrimaryCtxRetain(" + index + ")");
    makeCurrent();
    check(cuStreamCreate(stream, CU_STREAM_NON_BLOCKING), "cuStreamCreate");
    this.allocator = new CachingAllocator(index, new Raw());
  }

  /** Makes this device's context current on the calling thread (a thread-local read when it already is). */
  void makeCurrent() {
    if (CURRENT.get() != this) {
      check(cuCtxSetCurrent(context), "cuCtxSetCurrent(device " + index + ")");
      CURRENT.set(this);
    }
  }

  void synchronize() {
    makeCurrent();
    check(cuStreamSynchronize(stream), "cuStreamSynchronize(device " + index + ")");
  }

  /** The cuBLAS handle, bound to this device's stream. */
  synchronized cublasContext blas() {
    if (blas == null) {
      makeCurrent();
      cublasContext h = new cublasContext();
      int rc = cublasCreate_v2(h);
      if (rc != CUBLAS_STATUS_SUCCESS) throw new RuntimeError("cublasCreate failed: status " + rc);
      rc = cublasSetStream_v2(h, stream);
      if (rc != CUBLAS_STATUS_SUCCESS) throw new RuntimeError("cublasSetStream failed: status " + rc);
      blas = h;
    }
    return blas;
  }

  long streamId() {
    return stream.address();
  }

  /** cuMemAlloc/cuMemFree for the allocator, in this device's context. */
  private final class Raw implements CachingAllocator.RawMemory {
    @Override
    public long malloc(long bytes) {
      makeCurrent();
      long[] p = new long[1];
      int rc = cuMemAlloc(p, bytes);
      if (rc == CUDA_ERROR_OUT_OF_MEMORY) return 0;
      check(rc, "cuMemAlloc(" + bytes + ")");
      return p[0];
    }

    @Override
    public void free(long address) {
      makeCurrent();
      int rc = cuMemFree(address);
      if (rc != CUDA_SUCCESS) throw new RuntimeError("cuMemFree failed: " + Cuda.describe(rc));
    }

    @Override
    public void synchronize() {
      CudaDevice.this.synchronize();
    }
  }
}
