package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.random.Generator;
import dev.numbat.random.RandomState;

/**
 * The {@code random.*} specs ({@code op-specs/ops/random.yaml}): NumPy's module-level
 * {@code np.random} functions on the global {@link RandomState}, and {@code default_rng}.
 */
public final class RandomImpl {
  private RandomImpl() {}

  private static RandomState rs() {
    return RandomState.global();
  }

  public static Void seed(Object seed) {
    rs().seed(seed);
    return null;
  }

  public static NDArray rand(int[] shape) {
    return rs().rand(shape);
  }

  public static NDArray randn(int[] shape) {
    return rs().randn(shape);
  }

  public static NDArray randint(Object low, Object high, int[] size, DType dtype) {
    return rs().randint(low, high, size, dtype);
  }

  public static NDArray random(int[] size) {
    return rs().randomSample(size);
  }

  public static NDArray randomSample(int[] size) {
    return rs().randomSample(size);
  }

  public static NDArray uniform(Object low, Object high, int[] size) {
    return rs().uniform(low, high, size);
  }

  public static NDArray normal(Object loc, Object scale, int[] size) {
    return rs().normal(loc, scale, size);
  }

  public static NDArray standardNormal(int[] size) {
    return rs().standardNormal(size);
  }

  public static NDArray poisson(Object lam, int[] size) {
    return rs().poisson(lam, size);
  }

  public static NDArray binomial(Object n, Object p, int[] size) {
    return rs().binomial(n, p, size);
  }

  public static NDArray choice(Object a, int[] size, boolean replace, Object p) {
    return rs().choice(a, size, replace, p);
  }

  public static NDArray permutation(Object x) {
    return rs().permutation(x);
  }

  public static NDArray shuffle(Object x) {
    return rs().shuffle(x);
  }

  public static NDArray beta(Object a, Object b, int[] size) {
    return rs().beta(a, b, size);
  }

  public static NDArray gamma(Object shape, Object scale, int[] size) {
    return rs().gamma(shape, scale, size);
  }

  public static NDArray exponential(Object scale, int[] size) {
    return rs().exponential(scale, size);
  }

  public static Generator defaultRng(Object seed) {
    return Generator.defaultRng(seed);
  }
}
