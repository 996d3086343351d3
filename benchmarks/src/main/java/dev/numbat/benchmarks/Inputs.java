package dev.numbat.benchmarks;

import dev.numbat.DType;
import dev.numbat.NDArray;
import java.util.Random;

/** Benchmark inputs: standard normal float32 arrays from a fixed seed. */
final class Inputs {
  private Inputs() {}

  static NDArray gaussian(int... shape) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    Random r = new Random(0);
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return new NDArray(DType.FLOAT32, shape, v);
  }
}
