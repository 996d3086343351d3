package dev.numbat.gpu.runtime;

import dev.numbat.gpu.GpuRuntime;
import dev.numbat.gpu.GpuRuntime.Arg;
import dev.numbat.gpu.GpuRuntime.DeviceMemory;
import dev.numbat.gpu.GpuRuntime.Kernel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The device microbenchmark of {@code ./numbat gpu-check run}, on device 0, timed with
 * {@code System.nanoTime} around a synchronised batch of calls (each number is the best of five
 * batches after a warm-up). Bandwidths count bytes read plus bytes written, as KINDS.md's copy
 * figure does. {@code peers.py} measures the same four things with PyTorch and JAX.
 * <ul>
 *   <li>{@code copy_gbs}: cuMemcpyDtoDAsync of 2^26 bytes;
 *   <li>{@code sigmoid_gbs}: an NVRTC sigmoid over 2^24 float32 (and its share of copy_gbs);
 *   <li>{@code eager_us}: the same kernel on 2^10 elements, microseconds per call over 2000 queued
 *       calls (what an eager op pays: launch overhead, the kernel itself is ~1 µs);
 *       {@code eager_sync_us} the same with a synchronise after each call (a round trip);
 *   <li>{@code sgemm_tflops}: cuBLAS sgemm 8192^3 (full float32, no TF32), 2*8192^3 flops a call.
 * </ul>
 */
final class GpuBench {
  private GpuBench() {}

  static final String SIGMOID = """
      extern "C" __global__ void sigmoid_f32(const float* x, float* y, long long n) {
        long long i = (long long) blockIdx.x * blockDim.x + threadIdx.x;
        if (i < n) y[i] = 1.0f / (1.0f + expf(-x[i]));
      }
      extern "C" __global__ void fill_f32(float* y, long long n, unsigned int seed) {
        long long i = (long long) blockIdx.x * blockDim.x + threadIdx.x;
        if (i < n) {
          unsigned int h = (unsigned int) i * 2654435761u ^ seed;
          h ^= h >> 15; h *= 2246822519u; h ^= h >> 13;
          y[i] = (h & 0xffffff) / 16777216.0f - 0.5f;
        }
      }
      """;

  interface Batch {
    void run();
  }

  /** Best seconds per call of {@code calls} calls of {@code body}, five batches after a warm-up. */
  static double time(GpuRuntime rt, int calls, Batch body) {
    body.run();
    rt.synchronize(0);
    double best = Double.MAX_VALUE;
    for (int rep = 0; rep < 5; rep++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < calls; i++) body.run();
      rt.synchronize(0);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9 / calls);
    }
    return best;
  }

  static Map<String, Double> run(GpuRuntime rt) {
    Map<String, Double> r = new LinkedHashMap<>();
    long copyBytes = 1L << 26;
    try (DeviceMemory a = rt.allocate(0, copyBytes); DeviceMemory b = rt.allocate(0, copyBytes)) {
      double s = time(rt, 50, () -> rt.copy(a, 0, b, 0, copyBytes));
      r.put("copy_gbs", 2.0 * copyBytes / s / 1e9);
    }
    Kernel sigmoid = rt.kernel(0, SIGMOID, "sigmoid_f32");
    Kernel fill = rt.kernel(0, SIGMOID, "fill_f32");
    long n = 1L << 24;
    try (DeviceMemory x = rt.allocate(0, 4 * n); DeviceMemory y = rt.allocate(0, 4 * n)) {
      rt.launch(fill, (int) ((n + 255) / 256), 256, Arg.ptr(x, 0), n, 1);
      Object[] big = {Arg.ptr(x, 0), Arg.ptr(y, 0), n};
      double s = time(rt, 20, () -> rt.launch(sigmoid, (int) ((n + 255) / 256), 256, big));
      r.put("sigmoid_gbs", 2.0 * 4 * n / s / 1e9);
      r.put("sigmoid_pct_of_copy", 100 * r.get("sigmoid_gbs") / r.get("copy_gbs"));
      long small = 1L << 10;
      Object[] eager = {Arg.ptr(x, 0), Arg.ptr(y, 0), small};
      r.put("eager_us", 1e6 * time(rt, 2000, () -> rt.launch(sigmoid, 4, 256, eager)));
      r.put("eager_sync_us", 1e6 * time(rt, 500, () -> {
        rt.launch(sigmoid, 4, 256, eager);
        rt.synchronize(0);
      }));
    }
    int g = 8192;
    long gb = 4L * g * g;
    try (DeviceMemory a = rt.allocate(0, gb); DeviceMemory b = rt.allocate(0, gb); DeviceMemory c = rt.allocate(0, gb)) {
      long e = (long) g * g;
      rt.launch(fill, (int) ((e + 255) / 256), 256, Arg.ptr(a, 0), e, 2);
      rt.launch(fill, (int) ((e + 255) / 256), 256, Arg.ptr(b, 0), e, 3);
      double s = time(rt, 3, () -> rt.matmul("float32", 1, g, g, g, Arg.ptr(a, 0), 0, Arg.ptr(b, 0), 0, Arg.ptr(c, 0), 0));
      r.put("sgemm_tflops", 2.0 * g * g * g / s / 1e12);
    }
    return r;
  }
}
