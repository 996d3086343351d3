package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import dev.numbat.gpu.source.Nvcc;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole conformance matrix against NumPy (every spec'd op; {@code -Dnumbat.ops=sin,add} to
 * restrict). Writes conformance/target/conformance-report.md and fails when any case fails. Without
 * NumPy it fails with the command that installs it: the matrix is never skipped silently. Then the
 * CUDA C of every fused region its {@code fn:} rows compiled goes through nvcc.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConformanceTest {
  @Test
  @Order(1)
  void matrix() throws Exception {
    Matrix.Summary s;
    try {
      s = Matrix.run(Matrix.opsProperty());
    } catch (IllegalStateException e) {
      fail(e.getMessage(), e);
      return;
    }
    Path report = Matrix.reportPath();
    s.write(report);
    System.out.println("conformance: " + s.totalLine() + " in " + s.millis + " ms; " + s.layoutLine() + "; report " + report);
    if (s.failed > 0) {
      // bfloat16 cases are judged against ml_dtypes' real bfloat16; the float32 stand-in alone
      // cannot reproduce every bfloat16 rounding step
      String hint = s.worker != null && s.worker.contains("ml_dtypes=none")
          ? "\nthe reference has no ml_dtypes: bfloat16 cases ran on the float32 stand-in; ./numbat test "
              + "gives the matrix an interpreter with it (./numbat python prints it)" : "";
      fail("conformance failures (report: " + report + ")" + hint + "\n" + s.failureSummary(40));
    }
  }

  /** The GPU lowering of the compiled path: every region the matrix fused, compiled by nvcc (PTX, no GPU needed). */
  @Test
  @Order(2)
  void fusedRegionsCompileForTheGpu() {
    Assumptions.assumeTrue(CudaRegions.regions() > 0, "the matrix compiled no fused region (a run restricted to ops without any)");
    Nvcc nvcc = Nvcc.find();
    Assumptions.assumeTrue(nvcc != null, "nvcc not found: " + Nvcc.searched() + "; the fused regions' CUDA C was not compiled");
    Nvcc.Result r = CudaRegions.compile(nvcc);
    long without = CudaRegions.without().values().stream().mapToLong(Long::longValue).sum();
    System.out.println("GPU-REGIONS regions=" + CudaRegions.regions() + " distinct=" + r.sources() + " units=" + r.units()
        + " errors=" + r.errors().size() + " without-gpu-form=" + without + " " + CudaRegions.without());
    if (!r.errors().isEmpty()) {
      fail("the CUDA C of " + r.errors().size() + " fused regions does not compile:\n" + String.join("\n", r.errors().subList(0, Math.min(20, r.errors().size()))));
    }
  }
}
