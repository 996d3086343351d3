package dev.numbat.conformance;

import dev.numbat.gpu.source.KernelSource;
import dev.numbat.gpu.source.Nvcc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CUDA C of every fused region the matrix's {@code fn:} rows compiled ({@code
 * CompiledFunction.cudaRegions}), collected while the matrix runs and compiled with nvcc after it,
 * so a code-generation error in the GPU lowering fails the ordinary test run on a machine without
 * a GPU. Equal regions share a kernel name (it is the source's hash), so each is compiled once.
 */
final class CudaRegions {
  private CudaRegions() {}

  private static final Map<String, KernelSource> DISTINCT = new ConcurrentHashMap<>();
  private static final Map<String, AtomicLong> WITHOUT = new ConcurrentHashMap<>();
  private static final AtomicLong REGIONS = new AtomicLong();

  static void add(List<Object> regions) {
    for (Object r : regions) {
      REGIONS.incrementAndGet();
      if (r instanceof KernelSource k) {
        DISTINCT.putIfAbsent(k.name(), k);
      } else {
        WITHOUT.computeIfAbsent(String.valueOf(r), x -> new AtomicLong()).incrementAndGet();
      }
    }
  }

  static long regions() {
    return REGIONS.get();
  }

  static List<KernelSource> distinct() {
    return new ArrayList<>(new TreeMap<>(DISTINCT).values());
  }

  /** Regions without a GPU form, by reason. */
  static Map<String, Long> without() {
    Map<String, Long> m = new TreeMap<>();
    WITHOUT.forEach((k, v) -> m.put(k, v.get()));
    return m;
  }

  /** nvcc's check of every distinct region (front end and code generation at -O0, compute_80). */
  static Nvcc.Result compile(Nvcc nvcc) {
    return nvcc.check(distinct(), "compute_80");
  }
}
