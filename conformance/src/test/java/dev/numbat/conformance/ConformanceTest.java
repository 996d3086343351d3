package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole conformance matrix against NumPy (every spec'd op; {@code -Dnumbat.ops=sin,add} to
 * restrict). Writes conformance/target/conformance-report.md and fails when any case fails. Without
 * NumPy it fails with the command that installs it: the matrix is never skipped silently.
 */
class ConformanceTest {
  @Test
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
}
