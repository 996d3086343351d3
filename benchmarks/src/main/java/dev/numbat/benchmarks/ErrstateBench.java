package dev.numbat.benchmarks;

import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ./numbat bench errstate}: what NumPy's floating-point error check costs the eager path
 * (issue 11's item 6): the 1-element add and the float32 sigmoid at 2^20, in forks with the check
 * (the default: divide, over and invalid warn) and without it ({@code -Dnumbat.fpcheck=false}),
 * in one run.
 */
@State(Scope.Thread)
public class ErrstateBench {
  NDArray one;
  NDArray big;

  @Setup
  public void setup() {
    one = Np.asarray(new double[] {1.5});
    big = Np.astype(Np.linspace(-5, 5, 1 << 20), Np.float32);
  }

  @Benchmark
  public NDArray add1() {
    return Np.add(one, one);
  }

  @Benchmark
  public NDArray sigmoid20() {
    return SigmoidBench.sigmoidOf(big);
  }

  static void report() throws Exception {
    List<String> off = new ArrayList<>(Jmh.hostJvmArgs());
    off.add("-Dnumbat.fpcheck=false");
    Map<String, Jmh.Score> without = Jmh.run("errstate-off", ErrstateBench.class, "add1|sigmoid20", off, Map.of());
    Map<String, Jmh.Score> with = Jmh.run("errstate-on", ErrstateBench.class, "add1|sigmoid20", Jmh.hostJvmArgs(), Map.of());
    System.out.println();
    System.out.println("Floating-point error check on the eager path (NumPy's default modes), per call");
    Table t = new Table("case", "check off", "check on (default)", "on / off");
    for (String k : List.of("add1", "sigmoid20")) {
      t.row(k.equals("add1") ? "add, 1 element float64" : "sigmoid 1/(1+exp(-x)), 2^20 float32",
          Table.time(without.get(k)), Table.time(with.get(k)),
          String.format("%.3f", with.get(k).seconds() / without.get(k).seconds()));
    }
    t.print();
  }
}
