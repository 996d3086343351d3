package dev.numbat.benchmarks;

import static dev.numbat.Np.*;

import dev.numbat.NDArray;

/**
 * {@code ./numbat bench view}: basic slicing ({@code x.get(Np.slice(1, null))}, NumPy's
 * {@code x[1:]}) and transposes are views, so their cost does not depend on the array's size.
 * Times a 2^4- and a 2^24-element float32 array (2-d, as NumPy's peer does), and prints NumPy's
 * time for the same expressions, measured in this run.
 */
final class ViewBench {
  private ViewBench() {}

  static void run() throws Exception {
    String py = Bench.runPeer("view.py");
    System.out.println("View benchmark: basic slicing and transpose are O(1) views (float32, per call)");
    System.out.println("NumPy " + Bench.field(py, "numpy") + " vs Numbat");
    System.out.printf("%-26s %12s %12s %12s %12s%n", "expression", "Numbat 2^4", "Numbat 2^24", "2^24 / 2^4",
        "NumPy 2^24");
    double[] slice = new double[2];
    double[] tr = new double[2];
    int[] exps = {4, 24};
    for (int i = 0; i < 2; i++) {
      int e = exps[i];
      NDArray x = zeros(new int[] {1 << (e / 2), 1 << (e - e / 2)}, float32);
      slice[i] = Bench.perCall(() -> x.get(slice(1, null)));
      tr[i] = Bench.perCall(x::T);
    }
    double npSlice = Double.parseDouble(Bench.jsonNumber(py, "\"slice24\""));
    double npT = Double.parseDouble(Bench.jsonNumber(py, "\"T24\""));
    System.out.printf("%-26s %12s %12s %11.2fx %12s%n", "x.get(slice(1, null))", Bench.time(slice[0]),
        Bench.time(slice[1]), slice[1] / slice[0], Bench.time(npSlice));
    System.out.printf("%-26s %12s %12s %11.2fx %12s%n", "x.T()", Bench.time(tr[0]), Bench.time(tr[1]),
        tr[1] / tr[0], Bench.time(npT));
    System.out.println("(2^24 / 2^4 near 1 means the cost does not grow with the array: a view, no copy)");
  }
}
