package dev.numbat.gpu.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** nvcc for the compile tests: skips (counted, with the reason) when there is none. */
final class NvccSupport {
  private NvccSupport() {}


  static Nvcc nvcc() {
    Nvcc n = Nvcc.find();
    if (n == null) {
      Assumptions.assumeTrue(false, "nvcc not found: looked on " + Nvcc.searched());
    }
    return n;
  }

  /**
   * Compiles {@code sources} for each of {@code archs} and fails listing the errors; optimised
   * ({@link Nvcc#compile}) or, for thousands of generated kernels, {@link Nvcc#check}.
   */
  static void compileAll(String what, List<KernelSource> sources, boolean optimise, String... archs) {
    Nvcc n = nvcc();
    for (String arch : archs) {
      long t0 = System.nanoTime();
      Nvcc.Result r = optimise ? n.compile(sources, arch) : n.check(sources, arch);
      delete(r.ptxDir());
      System.out.printf("GPU-COMPILE %s arch=%s sources=%d units=%d errors=%d %.1fs%n", what, arch, r.sources(),
          r.units(), r.errors().size(), (System.nanoTime() - t0) / 1e9);
      assertEquals(List.of(), r.errors().stream().limit(20).toList(), what + " for " + arch);
    }
  }

  private static void delete(java.nio.file.Path dir) {
    try (var files = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path f : files.toList()) {
        java.nio.file.Files.delete(f);
      }
      java.nio.file.Files.delete(dir);
    } catch (java.io.IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
