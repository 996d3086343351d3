package dev.numbat.kernels.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Plain {@code java} without {@code --add-modules=jdk.incubator.vector}: one warning, plain loops. */
class VectorApiWarningTest {
  /** Chooses both kernel sets and runs one kernel of each, as a program without the module would. */
  public static final class Main {
    public static void main(String[] args) {
      float[] x = {1, 4, 9};
      float[] o = new float[3];
      Vectorized.get().sqrt(3, x, 0, o, 0);
      System.out.println(Vectorized.get().getClass().getSimpleName() + " "
          + VectorizedArith.get().getClass().getSimpleName() + " " + o[2]);
    }
  }

  private static String[] run(boolean withModule, String... props) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (withModule) {
      cmd.add("--add-modules=jdk.incubator.vector");
    }
    cmd.addAll(List.of(props));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    Process p = new ProcessBuilder(cmd).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), err);
    return new String[] {out, err};
  }

  private static int count(String s, String part) {
    return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void withoutTheModuleOneWarningAndPlainLoops() throws Exception {
    String[] r = run(false);
    assertEquals("ScalarVectorized ScalarVectorizedArith 3.0", r[0]);
    assertEquals(1, count(r[1], "SIMD kernels are off"), r[1]);
    assertTrue(r[1].contains("--add-modules=jdk.incubator.vector"), r[1]);
    assertTrue(r[1].contains("WARNING"), r[1]);
  }

  @Test
  void withTheModuleOrOnPurposeNoWarning() throws Exception {
    String[] r = run(true);
    assertEquals("PanamaVectorized PanamaVectorizedArith 3.0", r[0]);
    assertEquals(0, count(r[1], "SIMD kernels are off"), r[1]);
    r = run(false, "-Dnumbat.scalar=true");
    assertEquals("ScalarVectorized ScalarVectorizedArith 3.0", r[0]);
    assertEquals(0, count(r[1], "SIMD kernels are off"), r[1]);
  }
}
