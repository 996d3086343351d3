package dev.numbat.kernels.cpu.fft;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.FloatFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * JTransforms plans by length, made once and shared (a plan holds only read-only twiddles and
 * Bluestein chirps; scratch is allocated per call, so one plan serves every thread).
 *
 * <p>JTransforms splits one long transform (n >= 8192) over its own thread pool. That pool's
 * threads are made daemons here: JLargeArrays' default pool keeps a finished program alive for a
 * minute; {@code -Dnumbat.fft.threads=N} caps its threads per transform. The cache holds at most {@link #MAX} lengths per precision; past that it starts over
 * (a Bluestein plan of a million points holds ~100 MB of chirps, so an unbounded cache of odd
 * lengths would be a leak).
 */
final class Plans {
  private Plans() {}

  private static final int MAX = 64;
  private static final ConcurrentHashMap<Integer, DoubleFFT_1D> F64 = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<Integer, FloatFFT_1D> F32 = new ConcurrentHashMap<>();

  static {
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "numbat-fft");
      t.setDaemon(true);
      return t;
    });
    ConcurrencyUtils.setThreadPool(pool);
    // -Dnumbat.fft.threads=1 keeps every transform on its calling thread (a single-core comparison)
    Integer threads = Integer.getInteger("numbat.fft.threads");
    if (threads != null) {
      ConcurrencyUtils.setNumberOfThreads(Math.max(1, threads));
    }
  }

  static DoubleFFT_1D f64(int n) {
    DoubleFFT_1D p = F64.get(n);
    if (p == null) {
      if (F64.size() >= MAX) {
        F64.clear();
      }
      p = F64.computeIfAbsent(n, DoubleFFT_1D::new);
    }
    return p;
  }

  static FloatFFT_1D f32(int n) {
    FloatFFT_1D p = F32.get(n);
    if (p == null) {
      if (F32.size() >= MAX) {
        F32.clear();
      }
      p = F32.computeIfAbsent(n, FloatFFT_1D::new);
    }
    return p;
  }
}
