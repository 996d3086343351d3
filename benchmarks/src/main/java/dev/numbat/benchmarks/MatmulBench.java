package dev.numbat.benchmarks;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.Cast;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ./numbat bench matmul}: Numbat's and NumPy's matmul per call for float32 and float64
 * square matrices and a batch of 64 (64 x 64) products ({@code n = batch}), with the BLAS NumPy loaded.
 */
@State(Scope.Thread)
public class MatmulBench {
  static final String[] SIZES = {"64", "256", "1024", "2048", "batch"};

  @Param({"float32", "float64"})
  public String dtype;

  @Param({"64", "256", "1024", "2048", "batch"})
  public String n;

  NDArray a;
  NDArray b;

  @Setup
  public void setup() {
    DType dt = DType.of(dtype);
    int[] shape = n.equals("batch") ? new int[] {64, 64, 64} : new int[] {Integer.parseInt(n), Integer.parseInt(n)};
    a = Cast.to(Inputs.gaussian(shape), dt);
    b = Cast.to(Np.add(Inputs.gaussian(shape), 0.5), dt);
  }

  @Benchmark
  public NDArray matmul() {
    return Np.matmul(a, b);
  }

  static void report() throws Exception {
    Peers.Result np = Peers.run("matmul.py", List.of("numpy"), "64,256,1024,2048").get("numpy");
    Map<String, Jmh.Score> ours = Jmh.run("matmul", MatmulBench.class, "matmul");
    System.out.println();
    System.out.println("matmul benchmark, per call (Numbat: OpenBLAS via FFM, JMH; " + Runtime.getRuntime().availableProcessors()
        + " cores)");
    System.out.println(np.ran() ? "NumPy " + np.version() : "NumPy: " + np.missing());
    Table t = new Table("dtype", "shape", "NumPy", "Numbat", "speed-up");
    boolean holds = true;
    for (String dt : List.of("float32", "float64")) {
      for (String s : SIZES) {
        Jmh.Score o = ours.get("matmul@" + dt + "@" + s);
        double theirs = np.time(dt + "_" + s);
        if (!s.equals("batch")) {
          holds &= theirs / o.seconds() >= 0.95;
        }
        t.row(dt, s.equals("batch") ? "64x(64x64)" : s + "x" + s, Table.time(theirs), Table.time(o),
            Table.ratio(theirs, o.seconds()));
      }
    }
    t.print();
    System.out.println("(speed-up = NumPy time / Numbat time; > 1 means Numbat is faster)");
    System.out.println("Issue 16, target 3:");
    Table.check(holds, "matmul float32/float64 at 64, 256, 1024, 2048 >= 0.95x NumPy", "table above");
  }
}
