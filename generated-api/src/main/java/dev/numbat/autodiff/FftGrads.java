package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.impl.fft.FftImpl;

/**
 * Gradient rules of the 1-d numpy.fft transforms (the n-d ones are compositions of them, so the
 * tape records their 1-d parts). Each transform is linear, so its vector-Jacobian product is the
 * adjoint transform: the opposite direction with the norm swapped (the adjoint of a transform
 * scaled by c is the opposite unnormalised transform scaled by c, which the swapped norm gives),
 * then cut or zero-padded back from the transform length to the input's length along the axis
 * (the adjoint of numpy's padding/cropping by {@code n}). Real transforms: the adjoint of rfft is
 * the real part of the inverse of the zero-extended half spectrum; irfft's input X_k (0 < k < n/2)
 * enters the output twice (X_k and its conjugate X_(n-k)), so its gradient is twice the rfft of
 * g, while X_0 and X_(n/2) (whose imaginary parts irfft ignores) count once. hfft and ihfft are
 * those with a conjugation. Written with ops, so an outer tape records them (second derivatives).
 */
public final class FftGrads {
  private FftGrads() {}

  public static NDArray fftGrad(NDArray g, NDArray a, Integer n, int axis, String norm) {
    return fit(Np.fft.ifft(g, g.shape(axis), axis, FftImpl.swap(norm)), axis, a);
  }

  public static NDArray ifftGrad(NDArray g, NDArray a, Integer n, int axis, String norm) {
    return fit(Np.fft.fft(g, g.shape(axis), axis, FftImpl.swap(norm)), axis, a);
  }

  public static NDArray rfftGrad(NDArray g, NDArray a, Integer n, int axis, String norm) {
    int len = n != null ? n : a.shape(axis);
    return fit(Np.real(Np.fft.ifft(g, len, axis, FftImpl.swap(norm))), axis, a);
  }

  public static NDArray irfftGrad(NDArray g, NDArray a, Integer n, int axis, String norm) {
    int len = g.shape(axis);
    NDArray half = Np.fft.rfft(g, len, axis, FftImpl.swap(norm));
    return fit(Np.multiply(half, twice(len, axis, g.ndim(), half.dtype())), axis, a);
  }

  public static NDArray hfftGrad(NDArray g, NDArray a, Integer n, int axis, String norm) {
    int len = g.shape(axis);
    NDArray half = Np.fft.rfft(g, len, axis, norm);
    return fit(Np.conj(Np.multiply(half, twice(len, axis, g.ndim(), half.dtype()))), axis, a);
  }

  public static NDArray ihfftGrad(NDArray g, NDArray a, Integer n, int axis, String norm) {
    int len = n != null ? n : a.shape(axis);
    return fit(Np.real(Np.fft.ifft(Np.conj(g), len, axis, norm)), axis, a);
  }

  /** Weights 1, 2, ..., 2 (1 for the last when n is even) of the n / 2 + 1 half-spectrum entries, along axis. */
  private static NDArray twice(int n, int axis, int ndim, DType complex) {
    int h = n / 2 + 1;
    double[] w = new double[h];
    java.util.Arrays.fill(w, 2);
    w[0] = 1;
    if (n % 2 == 0) {
      w[h - 1] = 1;
    }
    int[] shape = new int[ndim];
    java.util.Arrays.fill(shape, 1);
    shape[axis < 0 ? axis + ndim : axis] = h;
    NDArray v = Np.reshape(Np.asarray(w), shape);
    return complex == DType.COMPLEX64 ? Np.astype(v, DType.FLOAT32) : v;
  }

  /** x cut or zero-padded along axis to a's length there (the adjoint of numpy.fft's n). */
  private static NDArray fit(NDArray x, int axis, NDArray a) {
    int want = a.shape(axis);
    int have = x.shape(axis);
    if (have == want) {
      return x;
    }
    if (have > want) {
      return Np.take(x, Np.arange(0L, (long) want), axis);
    }
    int[] shape = x.shape();
    shape[axis < 0 ? axis + shape.length : axis] = want - have;
    return Np.concatenate(new Object[] {x, Np.zeros(shape, x.dtype())}, axis);
  }
}
