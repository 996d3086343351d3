package dev.numbat.benchmarks;

import static dev.numbat.Np.*;

import dev.numbat.NDArray;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ./numbat bench view}: basic slicing ({@code x.get(Np.slice(1, null))}, NumPy's
 * {@code x[1:]}) and transposes are views, so their cost does not depend on the array's size.
 * Times a 2^4- and a 2^24-element float32 array (2-d, as NumPy's peer does).
 */
@State(Scope.Thread)
public class ViewBench {
  @Param({"4", "24"})
  public int exp;

  NDArray x;

  @Setup
  public void setup() {
    x = zeros(new int[] {1 << (exp / 2), 1 << (exp - exp / 2)}, float32);
  }

  @Benchmark
  public NDArray slice() {
    return x.get(dev.numbat.Np.slice(1, null));
  }

  @Benchmark
  public NDArray transpose() {
    return x.T();
  }

  static void report() throws Exception {
    Peers.Result np = Peers.run("view.py", List.of("numpy")).get("numpy");
    Map<String, Jmh.Score> ours = Jmh.run("view", ViewBench.class, "slice|transpose");
    System.out.println();
    System.out.println("View benchmark: basic slicing and transpose are O(1) views (float32, per call)");
    System.out.println(np.ran() ? "NumPy " + np.version() : "NumPy: " + np.missing());
    Table t = new Table("expression", "Numbat 2^4", "Numbat 2^24", "2^24 / 2^4", "NumPy 2^24", "alloc/call 2^24");
    for (String[] m : new String[][] {{"slice", "x.get(slice(1, null))", "slice_24"}, {"transpose", "x.T()", "T_24"}}) {
      Jmh.Score small = ours.get(m[0] + "@4");
      Jmh.Score big = ours.get(m[0] + "@24");
      t.row(m[1], Table.time(small), Table.time(big), String.format("%.2fx", big.seconds() / small.seconds()),
          Table.time(np.time(m[2])), Table.bytes(big));
    }
    t.print();
    System.out.println("(2^24 / 2^4 near 1 means the cost does not grow with the array: a view, no copy)");
  }
}
