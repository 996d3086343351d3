package dev.numbat.gpu.runtime;

import dev.numbat.errors.MemoryError;
import dev.numbat.errors.RuntimeError;
import dev.numbat.gpu.GpuRuntime;
import dev.numbat.gpu.GpuRuntime.Arg;
import dev.numbat.gpu.GpuRuntime.DeviceMemory;
import dev.numbat.gpu.GpuRuntime.Kernel;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The checks that need a CUDA device, in one place for both of their runners: the JUnit suite
 * ({@code CudaRuntimeDeviceTest}, one test per check, skipped without a device) and
 * {@link GpuCheck} (the lent GPU machine has no Maven). Each check raises {@link AssertionError}
 * on a wrong result; device 0 is used.
 */
public final class DeviceChecks {
  private DeviceChecks() {}

  /** A named check on a runtime with at least one device. */
  public record Check(String name, Body body) {}

  /** A check's body. */
  @FunctionalInterface
  public interface Body {
    void run(GpuRuntime rt) throws Exception;
  }

  public static final List<Check> ALL = List.of(
      new Check("device-query", DeviceChecks::deviceQuery),
      new Check("allocate-and-stats", DeviceChecks::allocateAndStats),
      new Check("copy-round-trip-every-primitive-type", DeviceChecks::roundTrip),
      new Check("copy-large-chunked", DeviceChecks::largeCopy),
      new Check("copy-device-to-device", DeviceChecks::deviceToDevice),
      new Check("nvrtc-scale-kernel", DeviceChecks::scaleKernel),
      new Check("launch-every-parameter-kind", DeviceChecks::parameterKinds),
      new Check("nvrtc-error-has-log", DeviceChecks::compileError),
      new Check("sgemm-vs-java", rt -> gemm(rt, "float32")),
      new Check("dgemm-vs-java", rt -> gemm(rt, "float64")),
      new Check("hgemm-float16-vs-java", rt -> gemm(rt, "float16")),
      new Check("bf16gemm-vs-java", rt -> gemm(rt, "bfloat16")),
      new Check("out-of-memory-raises-memory-error", DeviceChecks::outOfMemory));

  static void require(boolean ok, String what) {
    if (!ok) throw new AssertionError(what);
  }

  static void deviceQuery(GpuRuntime rt) {
    require(rt.reason() == null, "reason() is null when devices exist");
    require(!rt.deviceName(0).isBlank(), "device name");
    require(rt.computeCapability(0) >= 50, "compute capability " + rt.computeCapability(0));
  }

  static void allocateAndStats(GpuRuntime rt) {
    long[] before = rt.memoryStats(0);
    DeviceMemory m = rt.allocate(0, 1000);
    require(m.bytes() == 1000 && m.address() != 0 && m.device() == 0, "block " + m);
    long[] during = rt.memoryStats(0);
    require(during[0] == before[0] + 1024, "in use grew by the size class 1024: " + Arrays.toString(before) + " -> " + Arrays.toString(during));
    long address = m.address();
    m.close();
    m.close(); // idempotent
    long[] after = rt.memoryStats(0);
    require(after[0] == before[0] && after[1] >= 1024, "closed block is cached: " + Arrays.toString(after));
    boolean raised = false;
    try {
      m.address();
    } catch (RuntimeError e) {
      raised = true;
    }
    require(raised, "use after close raises");
    try (DeviceMemory again = rt.allocate(0, 600)) {
      require(again.address() == address, "a cached block of the same size class is reused");
    }
  }

  static void roundTrip(GpuRuntime rt) {
    SplittableRandom r = new SplittableRandom(1);
    int n = 1000;
    try (DeviceMemory m = rt.allocate(0, 8L * (n + 16))) {
      float[] f = new float[n];
      double[] d = new double[n];
      int[] i = new int[n];
      long[] j = new long[n];
      short[] s = new short[n];
      byte[] b = new byte[n];
      char[] c = new char[n];
      boolean[] z = new boolean[n];
      for (int k = 0; k < n; k++) {
        f[k] = (float) r.nextDouble();
        d[k] = r.nextDouble();
        i[k] = r.nextInt();
        j[k] = r.nextLong();
        s[k] = (short) r.nextInt();
        b[k] = (byte) r.nextInt();
        c[k] = (char) r.nextInt();
        z[k] = r.nextBoolean();
      }
      for (Object host : new Object[] {f, d, i, j, s, b, c, z}) {
        int size = HostCopies.elementSize(host);
        // offsets on both sides: elements 3.. of the host array to byte 8*size of the block, and back
        rt.copyToDevice(host, 3, n - 3, m, 8L * size);
        Object back = java.lang.reflect.Array.newInstance(host.getClass().getComponentType(), n);
        rt.copyToHost(m, 8L * size, back, 3, n - 3);
        Object expect = java.lang.reflect.Array.newInstance(host.getClass().getComponentType(), n);
        System.arraycopy(host, 3, expect, 3, n - 3);
        require(Arrays.deepEquals(new Object[] {expect}, new Object[] {back}), "round trip of " + host.getClass().getSimpleName());
      }
    }
  }

  static void largeCopy(GpuRuntime rt) {
    int n = (int) (HostCopies.STAGING_BYTES / 4) * 2 + 12345; // three chunks
    float[] x = new float[n];
    for (int k = 0; k < n; k++) x[k] = k;
    try (DeviceMemory m = rt.allocate(0, 4L * n)) {
      rt.copyToDevice(x, 0, n, m, 0);
      float[] y = new float[n];
      rt.copyToHost(m, 0, y, 0, n);
      require(Arrays.equals(x, y), "chunked copy of " + n + " floats");
    }
  }

  static void deviceToDevice(GpuRuntime rt) {
    int[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    try (DeviceMemory a = rt.allocate(0, 32); DeviceMemory b = rt.allocate(0, 64)) {
      rt.copyToDevice(x, 0, 8, a, 0);
      rt.copy(a, 8, b, 16, 16);
      int[] y = new int[4];
      rt.copyToHost(b, 16, y, 0, 4);
      require(Arrays.equals(y, new int[] {3, 4, 5, 6}), "device copy " + Arrays.toString(y));
    }
  }

  static final String SCALE = """
      extern "C" __global__ void scale2(const float* x, float* y, int n) {
        int i = blockIdx.x * blockDim.x + threadIdx.x;
        if (i < n) y[i] = x[i] * 2.0f;
      }
      """;

  static void scaleKernel(GpuRuntime rt) {
    int n = 1000;
    float[] x = new float[n];
    for (int k = 0; k < n; k++) x[k] = k - 500.25f;
    Kernel k = rt.kernel(0, SCALE, "scale2");
    require(rt.kernel(0, SCALE, "scale2") == k, "kernel cache returns the same kernel");
    try (DeviceMemory dx = rt.allocate(0, 4L * n); DeviceMemory dy = rt.allocate(0, 4L * n)) {
      rt.copyToDevice(x, 0, n, dx, 0);
      rt.launch(k, (n + 255) / 256, 256, Arg.ptr(dx, 0), Arg.ptr(dy, 0), n);
      float[] y = new float[n];
      rt.copyToHost(dy, 0, y, 0, n);
      for (int i = 0; i < n; i++) require(y[i] == x[i] * 2, "y[" + i + "] = " + y[i]);
    }
  }

  static final String KINDS = """
      extern "C" __global__ void kinds(double* out, int a, long long b, float c, double d, const double* in) {
        out[0] = a; out[1] = (double) b; out[2] = c; out[3] = d; out[4] = in[1];
      }
      """;

  static void parameterKinds(GpuRuntime rt) {
    Kernel k = rt.kernel(0, KINDS, "kinds");
    try (DeviceMemory out = rt.allocate(0, 64); DeviceMemory in = rt.allocate(0, 64)) {
      rt.copyToDevice(new double[] {0, 0, 42.5}, 0, 3, in, 0);
      // Arg at a byte offset: in + 8 makes in[1] the 42.5 stored at element 2
      rt.launch(k, 1, 1, Arg.ptr(out, 0), -7, 1L << 40, 1.5f, -2.25, Arg.ptr(in, 8));
      double[] y = new double[5];
      rt.copyToHost(out, 0, y, 0, 5);
      require(Arrays.equals(y, new double[] {-7, 1L << 40, 1.5, -2.25, 42.5}), "parameters " + Arrays.toString(y));
    }
  }

  static void compileError(GpuRuntime rt) {
    try {
      rt.kernel(0, "extern \"C\" __global__ void broken(float* x) { x[0] = undefined_name; }", "broken");
    } catch (RuntimeError e) {
      require(e.getMessage().contains("undefined_name"), "the NVRTC log names the error: " + e.getMessage());
      return;
    }
    throw new AssertionError("a source that does not compile raises");
  }

  static void gemm(GpuRuntime rt, String dtype) {
    int batch = 3, m = 37, n = 29, k = 53;
    long sa = (long) m * k + 5, sb = (long) k * n, sc = (long) m * n + 7; // padded strides
    SplittableRandom r = new SplittableRandom(7);
    int size = dtype.equals("float64") ? 8 : dtype.equals("float32") ? 4 : 2;
    double[] a = new double[(int) (sa * batch)];
    double[] b = new double[(int) (sb * batch)];
    for (int i = 0; i < a.length; i++) a[i] = round(dtype, r.nextDouble(-1, 1));
    for (int i = 0; i < b.length; i++) b[i] = round(dtype, r.nextDouble(-1, 1));
    try (DeviceMemory da = rt.allocate(0, a.length * (long) size); DeviceMemory db = rt.allocate(0, b.length * (long) size);
         DeviceMemory dc = rt.allocate(0, sc * batch * size)) {
      upload(rt, dtype, a, da);
      upload(rt, dtype, b, db);
      rt.matmul(dtype, batch, m, n, k, Arg.ptr(da, 0), sa, Arg.ptr(db, 0), sb, Arg.ptr(dc, 0), sc);
      double[] c = download(rt, dtype, dc, (int) (sc * batch));
      double tol = switch (dtype) {
        case "float64" -> 1e-12;
        case "float32" -> 1e-4;
        case "float16" -> 3e-2;
        default -> 2e-1;
      };
      for (int q = 0; q < batch; q++) {
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < n; j++) {
            double s = 0;
            for (int t = 0; t < k; t++) s += a[(int) (q * sa) + i * k + t] * b[(int) (q * sb) + t * n + j];
            double got = c[(int) (q * sc) + i * n + j];
            require(Math.abs(got - s) <= tol * Math.max(1, Math.abs(s)),
                dtype + " c[" + q + "][" + i + "][" + j + "] = " + got + ", expected " + s);
          }
        }
      }
    }
  }

  private static double round(String dtype, double v) {
    return switch (dtype) {
      case "float32" -> (float) v;
      case "float16" -> Float.float16ToFloat(Float.floatToFloat16((float) v));
      case "bfloat16" -> Float.intBitsToFloat(Float.floatToRawIntBits((float) v) & 0xffff0000);
      default -> v;
    };
  }

  private static void upload(GpuRuntime rt, String dtype, double[] x, DeviceMemory m) {
    switch (dtype) {
      case "float64" -> rt.copyToDevice(x, 0, x.length, m, 0);
      case "float32" -> {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) f[i] = (float) x[i];
        rt.copyToDevice(f, 0, f.length, m, 0);
      }
      default -> {
        short[] h = new short[x.length];
        for (int i = 0; i < x.length; i++) {
          h[i] = dtype.equals("float16") ? Float.floatToFloat16((float) x[i]) : (short) (Float.floatToRawIntBits((float) x[i]) >>> 16);
        }
        rt.copyToDevice(h, 0, h.length, m, 0);
      }
    }
  }

  private static double[] download(GpuRuntime rt, String dtype, DeviceMemory m, int n) {
    double[] out = new double[n];
    switch (dtype) {
      case "float64" -> rt.copyToHost(m, 0, out, 0, n);
      case "float32" -> {
        float[] f = new float[n];
        rt.copyToHost(m, 0, f, 0, n);
        for (int i = 0; i < n; i++) out[i] = f[i];
      }
      default -> {
        short[] h = new short[n];
        rt.copyToHost(m, 0, h, 0, n);
        for (int i = 0; i < n; i++) {
          out[i] = dtype.equals("float16") ? Float.float16ToFloat(h[i]) : Float.intBitsToFloat((h[i] & 0xffff) << 16);
        }
      }
    }
    return out;
  }

  static void outOfMemory(GpuRuntime rt) {
    long huge = 1L << 50; // a petabyte: no device has it, so cuMemAlloc fails cleanly
    try (DeviceMemory m = rt.allocate(0, huge)) {
      throw new AssertionError("allocating 2^50 bytes succeeded: " + m);
    } catch (MemoryError e) {
      require(e.getMessage().contains(Long.toString(huge)) && e.getMessage().contains("in use")
          && e.getMessage().contains("cached"), "message gives the sizes: " + e.getMessage());
    }
  }
}
