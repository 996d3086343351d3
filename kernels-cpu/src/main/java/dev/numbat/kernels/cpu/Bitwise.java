package dev.numbat.kernels.cpu;

/**
 * Bitwise and shift kernels over bool and integer storage; signature as {@link Arith}. Shifts
 * follow NumPy's npy_lshift/npy_rshift: a shift count outside [0, bit width) (negative counts
 * included) gives 0, or -1 for an arithmetic right shift of a negative value; narrow types shift
 * in int and truncate, so int8 1 << 7 is -128.
 */
public final class Bitwise {
  private Bitwise() {}

  public static void bitwiseAnd_bool(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().and(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) (a[ao + i * as] & b[bo + i * bs]);
    }
  }

  public static void bitwiseAnd_x8(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().and(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) (a[ao + i * as] & b[bo + i * bs]);
    }
  }

  public static void bitwiseAnd_x16(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().and(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (short) (a[ao + i * as] & b[bo + i * bs]);
    }
  }

  public static void bitwiseAnd_x32(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().and(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = a[ao + i * as] & b[bo + i * bs];
    }
  }

  public static void bitwiseAnd_x64(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().and(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = a[ao + i * as] & b[bo + i * bs];
    }
  }

  public static void bitwiseOr_bool(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().or(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) (a[ao + i * as] | b[bo + i * bs]);
    }
  }

  public static void bitwiseOr_x8(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().or(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) (a[ao + i * as] | b[bo + i * bs]);
    }
  }

  public static void bitwiseOr_x16(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().or(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (short) (a[ao + i * as] | b[bo + i * bs]);
    }
  }

  public static void bitwiseOr_x32(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().or(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = a[ao + i * as] | b[bo + i * bs];
    }
  }

  public static void bitwiseOr_x64(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().or(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = a[ao + i * as] | b[bo + i * bs];
    }
  }

  public static void bitwiseXor_bool(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().xor(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) (a[ao + i * as] ^ b[bo + i * bs]);
    }
  }

  public static void bitwiseXor_x8(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().xor(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) (a[ao + i * as] ^ b[bo + i * bs]);
    }
  }

  public static void bitwiseXor_x16(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().xor(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (short) (a[ao + i * as] ^ b[bo + i * bs]);
    }
  }

  public static void bitwiseXor_x32(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().xor(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = a[ao + i * as] ^ b[bo + i * bs];
    }
  }

  public static void bitwiseXor_x64(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo, int os) {
    if (VectorizedArith.fits(as, bs, os)) {
      VectorizedArith.get().xor(n, a, ao, as, b, bo, bs, o, oo);
      return;
    }
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = a[ao + i * as] ^ b[bo + i * bs];
    }
  }

  public static void leftShift_x8(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      byte x = a[ao + i * as];
      byte y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFF) < 8 ? (byte) (x << y) : 0;
    }
  }

  public static void rightShift_i8(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      byte x = a[ao + i * as];
      byte y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFF) < 8 ? (byte) (x >> y) : (byte) (x < 0 ? -1 : 0);
    }
  }

  public static void rightShift_u8(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      byte x = a[ao + i * as];
      byte y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFF) < 8 ? (byte) ((x & 0xFF) >>> y) : 0;
    }
  }

  public static void leftShift_x16(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      short x = a[ao + i * as];
      short y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFFFF) < 16 ? (short) (x << y) : 0;
    }
  }

  public static void rightShift_i16(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      short x = a[ao + i * as];
      short y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFFFF) < 16 ? (short) (x >> y) : (short) (x < 0 ? -1 : 0);
    }
  }

  public static void rightShift_u16(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      short x = a[ao + i * as];
      short y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFFFF) < 16 ? (short) ((x & 0xFFFF) >>> y) : 0;
    }
  }

  public static void leftShift_x32(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      int x = a[ao + i * as];
      int y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFFFFFFFFL) < 32 ? x << y : 0;
    }
  }

  public static void rightShift_i32(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      int x = a[ao + i * as];
      int y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFFFFFFFFL) < 32 ? x >> y : x < 0 ? -1 : 0;
    }
  }

  public static void rightShift_u32(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      int x = a[ao + i * as];
      int y = b[bo + i * bs];
      o[oo + i * os] = (y & 0xFFFFFFFFL) < 32 ? x >>> y : 0;
    }
  }

  public static void leftShift_x64(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      long x = a[ao + i * as];
      long y = b[bo + i * bs];
      o[oo + i * os] = (y & ~63L) == 0 ? x << y : 0;
    }
  }

  public static void rightShift_i64(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      long x = a[ao + i * as];
      long y = b[bo + i * bs];
      o[oo + i * os] = (y & ~63L) == 0 ? x >> y : x < 0 ? -1 : 0;
    }
  }

  public static void rightShift_u64(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      long x = a[ao + i * as];
      long y = b[bo + i * bs];
      o[oo + i * os] = (y & ~63L) == 0 ? x >>> y : 0;
    }
  }

  // bitwise_count (NumPy 2): the number of 1-bits in the absolute value, as uint8.

  public static void bitwiseCount_bool(int n, byte[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) (x[xo + i * xs] != 0 ? 1 : 0);
    }
  }

  public static void bitwiseCount_i8(int n, byte[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Integer.bitCount(Math.abs((int) x[xo + i * xs]));
    }
  }

  public static void bitwiseCount_u8(int n, byte[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Integer.bitCount(x[xo + i * xs] & 0xFF);
    }
  }

  public static void bitwiseCount_i16(int n, short[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Integer.bitCount(Math.abs((int) x[xo + i * xs]));
    }
  }

  public static void bitwiseCount_u16(int n, short[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Integer.bitCount(x[xo + i * xs] & 0xFFFF);
    }
  }

  public static void bitwiseCount_i32(int n, int[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Integer.bitCount(Math.abs(x[xo + i * xs])); // abs(MIN) is MIN: one bit, as NumPy
    }
  }

  public static void bitwiseCount_u32(int n, int[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Integer.bitCount(x[xo + i * xs]);
    }
  }

  public static void bitwiseCount_i64(int n, long[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Long.bitCount(Math.abs(x[xo + i * xs]));
    }
  }

  public static void bitwiseCount_u64(int n, long[] x, int xo, int xs, byte[] o, int oo, int os) {
    for (int i = 0; i < n; i++) {
      o[oo + i * os] = (byte) Long.bitCount(x[xo + i * xs]);
    }
  }
}
