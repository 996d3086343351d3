// Numbat's CUDA prelude: element types and the device helpers every kernel source may call.
// Compiles with nvcc and with NVRTC, so it includes no system header: cuda_fp16.h and cuda_bf16.h
// are CUDA's own (shipped with NVRTC), math functions are CUDA builtins, and 64-bit integers are
// `long long`. The include guard lets a test concatenate many kernel sources into one unit.
#ifndef NUMBAT_PRELUDE
#define NUMBAT_PRELUDE
#include <cuda_fp16.h>
#include <cuda_bf16.h>

// Complex numbers as NumPy stores them: real part, then imaginary part.
struct __align__(8) nb_complex64 { float re; float im; };
struct __align__(16) nb_complex128 { double re; double im; };

__device__ __forceinline__ nb_complex64 nb_c64(float re, float im) { nb_complex64 z; z.re = re; z.im = im; return z; }
__device__ __forceinline__ nb_complex128 nb_c128(double re, double im) { nb_complex128 z; z.re = re; z.im = im; return z; }

#define NB_INF_F __int_as_float(0x7f800000)
#define NB_INF_D __longlong_as_double(0x7ff0000000000000LL)
// The largest block a reduction kernel accepts (its shared-memory tree is this long).
#define NB_MAX_BLOCK 1024

// ---- loads and stores: float16 and bfloat16 compute in float and round once when stored ----
__device__ __forceinline__ float nb_ld(__half x) { return __half2float(x); }
__device__ __forceinline__ float nb_ld(__nv_bfloat16 x) { return __bfloat162float(x); }
template <typename T> __device__ __forceinline__ T nb_ld(T x) { return x; }

__device__ __forceinline__ void nb_store(__half* p, float v) { *p = __float2half_rn(v); }
__device__ __forceinline__ void nb_store(__half* p, double v) { *p = __double2half(v); }
__device__ __forceinline__ void nb_store(__nv_bfloat16* p, float v) { *p = __float2bfloat16_rn(v); }
__device__ __forceinline__ void nb_store(__nv_bfloat16* p, double v) { *p = __double2bfloat16(v); }
template <typename T, typename A> __device__ __forceinline__ void nb_store(T* p, A v) { *p = (T)v; }

// ---- float -> integer as x86-64's cvttsd2si does it (the CPU backend's Cast): truncation toward
// zero; NaN and out-of-range values give the "integer indefinite" minimum. Narrow integers go
// through int32 and wrap (300.0 -> int8 is 44), uint32 through int64, as NumPy's scalar loops do.
__device__ __forceinline__ int nb_d2i32(double v) {
  return (v != v || v >= 2147483648.0 || v <= -2147483649.0) ? (-2147483647 - 1) : (int)v;
}
__device__ __forceinline__ long long nb_d2i64(double v) {
  return (v != v || v >= 9.223372036854775808e18 || v < -9.223372036854775808e18)
      ? (-9223372036854775807LL - 1) : (long long)v;
}
__device__ __forceinline__ unsigned long long nb_d2u64(double v) {
  if (v >= 9.223372036854775808e18) {
    return (unsigned long long)nb_d2i64(v - 9.223372036854775808e18) ^ 0x8000000000000000ULL;
  }
  return (unsigned long long)nb_d2i64(v);
}

// ---- overloads the templates below build on ----
__device__ __forceinline__ float nb_fmod(float a, float b) { return fmodf(a, b); }
__device__ __forceinline__ double nb_fmod(double a, double b) { return fmod(a, b); }
__device__ __forceinline__ float nb_floor(float a) { return floorf(a); }
__device__ __forceinline__ double nb_floor(double a) { return floor(a); }
__device__ __forceinline__ float nb_copysign(float a, float b) { return copysignf(a, b); }
__device__ __forceinline__ double nb_copysign(double a, double b) { return copysign(a, b); }
__device__ __forceinline__ float nb_fabs(float a) { return fabsf(a); }
__device__ __forceinline__ double nb_fabs(double a) { return fabs(a); }
__device__ __forceinline__ float nb_hypot(float a, float b) { return hypotf(a, b); }
__device__ __forceinline__ double nb_hypot(double a, double b) { return hypot(a, b); }
__device__ __forceinline__ float nb_log1p(float a) { return log1pf(a); }
__device__ __forceinline__ double nb_log1p(double a) { return log1p(a); }
__device__ __forceinline__ float nb_exp(float a) { return expf(a); }
__device__ __forceinline__ double nb_exp(double a) { return exp(a); }
__device__ __forceinline__ float nb_exp2(float a) { return exp2f(a); }
__device__ __forceinline__ double nb_exp2(double a) { return exp2(a); }
__device__ __forceinline__ float nb_sin(float a) { return sinf(a); }
__device__ __forceinline__ double nb_sin(double a) { return sin(a); }

// ---- integer arithmetic that wraps (C++ signed overflow is undefined; NumPy wraps) ----
// W is the unsigned type of at least T's width the arithmetic runs in.
template <typename T, typename W> __device__ __forceinline__ T nb_add_wrap(T a, T b) { return (T)((W)a + (W)b); }
template <typename T, typename W> __device__ __forceinline__ T nb_mul_wrap(T a, T b) { return (T)((W)a * (W)b); }

// Python's a // b and a % b for signed integers (floor, remainder has the divisor's sign);
// b == 0 gives 0 as NumPy does (it also warns); MIN // -1 wraps to MIN, MIN % -1 is 0.
template <typename T, typename W> __device__ __forceinline__ T nb_floor_divide_s(T a, T b) {
  if (b == 0) {
    return 0;
  }
  if (b == -1) {
    return (T)((W)0 - (W)a);
  }
  T q = (T)(a / b);
  if ((a % b) != 0 && ((a < 0) != (b < 0))) {
    q = (T)(q - 1);
  }
  return q;
}
template <typename T> __device__ __forceinline__ T nb_remainder_s(T a, T b) {
  if (b == 0 || b == -1) {
    return 0;
  }
  T r = (T)(a % b);
  if (r != 0 && ((r < 0) != (b < 0))) {
    r = (T)(r + b);
  }
  return r;
}
// C's truncating remainder (numpy.fmod) for signed integers; b == 0 gives 0.
template <typename T> __device__ __forceinline__ T nb_fmod_s(T a, T b) {
  return (b == 0 || b == -1) ? (T)0 : (T)(a % b);
}
template <typename T> __device__ __forceinline__ T nb_floor_divide_u(T a, T b) { return b == 0 ? (T)0 : (T)(a / b); }
template <typename T> __device__ __forceinline__ T nb_remainder_u(T a, T b) { return b == 0 ? (T)0 : (T)(a % b); }

// Integer power by squaring, wrapping. NumPy raises ValueError for a negative exponent; a kernel
// cannot, so it gives 0 and the caller checks the exponents when it must raise.
template <typename T, typename W> __device__ __forceinline__ T nb_power_s(T a, T b) {
  if (b < 0) {
    return 0;
  }
  W base = (W)a;
  W r = 1;
  unsigned long long e = (unsigned long long)b;
  while (e != 0) {
    if (e & 1) {
      r = (W)(r * base);
    }
    base = (W)(base * base);
    e >>= 1;
  }
  return (T)r;
}
template <typename T, typename W> __device__ __forceinline__ T nb_power_u(T a, T b) {
  W base = (W)a;
  W r = 1;
  unsigned long long e = (unsigned long long)b;
  while (e != 0) {
    if (e & 1) {
      r = (W)(r * base);
    }
    base = (W)(base * base);
    e >>= 1;
  }
  return (T)r;
}

// Shifts as NumPy defines them: a count outside [0, bit width) gives 0, or -1 for a negative
// value shifted right.
template <typename T, typename W> __device__ __forceinline__ T nb_left_shift(T a, T b) {
  return (unsigned long long)b < sizeof(T) * 8 ? (T)((W)a << b) : (T)0;
}
template <typename T> __device__ __forceinline__ T nb_right_shift_s(T a, T b) {
  if ((unsigned long long)b < sizeof(T) * 8) {
    return (T)(a >> b);
  }
  return a < 0 ? (T)-1 : (T)0;
}
template <typename T> __device__ __forceinline__ T nb_right_shift_u(T a, T b) {
  return (unsigned long long)b < sizeof(T) * 8 ? (T)(a >> b) : (T)0;
}

// |a| as an unsigned 64-bit value (exact for the minimum of every signed type).
template <typename T> __device__ __forceinline__ unsigned long long nb_uabs(T a) {
  return a < 0 ? 0ULL - (unsigned long long)(long long)a : (unsigned long long)a;
}
__device__ __forceinline__ unsigned long long nb_gcd_u64(unsigned long long a, unsigned long long b) {
  while (b != 0) {
    unsigned long long t = a % b;
    a = b;
    b = t;
  }
  return a;
}
// numpy.gcd and numpy.lcm: of the absolute values; lcm(0, x) is 0.
template <typename T> __device__ __forceinline__ T nb_gcd(T a, T b) { return (T)nb_gcd_u64(nb_uabs(a), nb_uabs(b)); }
template <typename T> __device__ __forceinline__ T nb_lcm(T a, T b) {
  unsigned long long ua = nb_uabs(a);
  unsigned long long ub = nb_uabs(b);
  unsigned long long g = nb_gcd_u64(ua, ub);
  return g == 0 ? (T)0 : (T)(ua / g * ub);
}

// ---- floating point ----
// maximum/minimum propagate NaN (either operand); fmax/fmin are CUDA's, which ignore one NaN.
template <typename T> __device__ __forceinline__ T nb_maximum(T a, T b) { return (a >= b || a != a) ? a : b; }
template <typename T> __device__ __forceinline__ T nb_minimum(T a, T b) { return (a <= b || a != a) ? a : b; }

// NumPy's npy_divmod: floor division and the remainder with the divisor's sign, with its
// rounding fix-up and signed zeros; b == 0 gives a / b (inf or nan) and fmod's nan.
template <typename T> __device__ __forceinline__ T nb_divmod_f(T a, T b, T* modulus) {
  T mod = nb_fmod(a, b);
  if (b == 0) {
    *modulus = mod;
    return a / b;
  }
  T div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= (T)1;
    }
  } else {
    mod = nb_copysign((T)0, b);
  }
  T floordiv;
  if (div != 0) {
    floordiv = nb_floor(div);
    if (div - floordiv > (T)0.5) {
      floordiv += (T)1;
    }
  } else {
    floordiv = nb_copysign((T)0, a / b);
  }
  *modulus = mod;
  return floordiv;
}
template <typename T> __device__ __forceinline__ T nb_floor_divide_f(T a, T b) {
  T mod;
  return nb_divmod_f(a, b, &mod);
}
template <typename T> __device__ __forceinline__ T nb_remainder_f(T a, T b) {
  T mod;
  nb_divmod_f(a, b, &mod);
  return mod;
}

// numpy.heaviside: 0 below zero, h0 at zero, 1 above, NaN stays NaN.
template <typename T> __device__ __forceinline__ T nb_heaviside(T x, T h0) {
  if (x < 0) {
    return (T)0;
  }
  if (x == 0) {
    return h0;
  }
  return x != x ? x : (T)1;
}

// NumPy's npy_logaddexp and npy_logaddexp2 (equal arguments first, so inf + inf stays inf).
template <typename T> __device__ __forceinline__ T nb_logaddexp(T x, T y) {
  if (x == y) {
    return x + (T)0.693147180559945309417232121458176568;
  }
  T d = x - y;
  if (d > 0) {
    return x + nb_log1p(nb_exp(-d));
  }
  if (d <= 0) {
    return y + nb_log1p(nb_exp(d));
  }
  return d;
}
template <typename T> __device__ __forceinline__ T nb_logaddexp2(T x, T y) {
  const T log2e = (T)1.442695040888963407359924681001892137;
  if (x == y) {
    return x + (T)1;
  }
  T d = x - y;
  if (d > 0) {
    return x + log2e * nb_log1p(nb_exp2(-d));
  }
  if (d <= 0) {
    return y + log2e * nb_log1p(nb_exp2(d));
  }
  return d;
}

// numpy.sign: -1, 0 or 1, and NaN for NaN.
template <typename T> __device__ __forceinline__ T nb_sign_f(T x) {
  return x > 0 ? (T)1 : (x < 0 ? (T)-1 : (x == 0 ? (T)0 : x));
}

// numpy.sinc as NumPy computes it: sin(pi y) / (pi y) with y = 1e-20 where x == 0.
template <typename T> __device__ __forceinline__ T nb_sinc(T x) {
  T y = (T)3.141592653589793238462643383279502884 * (x == 0 ? (T)1.0e-20 : x);
  return nb_sin(y) / y;
}

// numpy.clip(x, lo, hi) = minimum(maximum(x, lo), hi), NaN-propagating.
template <typename T> __device__ __forceinline__ T nb_clip(T x, T lo, T hi) { return nb_minimum(nb_maximum(x, lo), hi); }

// ---- complex (components in the part type R) ----
template <typename C> __device__ __forceinline__ C nb_cadd(C a, C b) { C r; r.re = a.re + b.re; r.im = a.im + b.im; return r; }
template <typename C> __device__ __forceinline__ C nb_csub(C a, C b) { C r; r.re = a.re - b.re; r.im = a.im - b.im; return r; }
template <typename C> __device__ __forceinline__ C nb_cmul(C a, C b) {
  C r;
  r.re = a.re * b.re - a.im * b.im;
  r.im = a.re * b.im + a.im * b.re;
  return r;
}
template <typename C> __device__ __forceinline__ C nb_cneg(C a) { C r; r.re = -a.re; r.im = -a.im; return r; }
template <typename C> __device__ __forceinline__ C nb_cconj(C a) { C r; r.re = a.re; r.im = -a.im; return r; }
// NumPy's complex division (Smith's method, with its 0/0 case).
template <typename C> __device__ __forceinline__ C nb_cdiv(C a, C b) {
  C r;
  const auto abs_r = nb_fabs(b.re);
  const auto abs_i = nb_fabs(b.im);
  if (abs_r >= abs_i) {
    if (abs_r == 0 && abs_i == 0) {
      r.re = a.re / abs_r;
      r.im = a.im / abs_i;
    } else {
      const auto rat = b.im / b.re;
      const auto scl = 1 / (b.re + b.im * rat);
      r.re = (a.re + a.im * rat) * scl;
      r.im = (a.im - a.re * rat) * scl;
    }
  } else {
    const auto rat = b.re / b.im;
    const auto scl = 1 / (b.im + b.re * rat);
    r.re = (a.re * rat + a.im) * scl;
    r.im = (a.im * rat - a.re) * scl;
  }
  return r;
}

// ---- reduction steps: acc_* folds one element into a thread's (s, c); comb_* joins partials ----
// Float sums are compensated (Kahan); the compensation is dropped once the sum is not finite, so
// inf and nan come out as a plain sum gives them.
template <typename A> __device__ __forceinline__ void nb_kahan(A& s, A& c, A x) {
  A y = x - c;
  A t = s + y;
  c = isfinite(t) ? (t - s) - y : (A)0;
  s = t;
}
__device__ __forceinline__ void nb_acc_sum(float& s, float& c, float x) { nb_kahan(s, c, x); }
__device__ __forceinline__ void nb_acc_sum(double& s, double& c, double x) { nb_kahan(s, c, x); }
__device__ __forceinline__ void nb_acc_sum(long long& s, long long& c, long long x) { s = nb_add_wrap<long long, unsigned long long>(s, x); }
template <typename A> __device__ __forceinline__ void nb_acc_sum(A& s, A& c, A x) { s = (A)(s + x); }
__device__ __forceinline__ void nb_acc_prod(long long& s, long long& c, long long x) { s = nb_mul_wrap<long long, unsigned long long>(s, x); }
template <typename A> __device__ __forceinline__ void nb_acc_prod(A& s, A& c, A x) { s = (A)(s * x); }
template <typename A> __device__ __forceinline__ void nb_acc_max(A& s, A& c, A x) { s = nb_maximum(s, x); }
template <typename A> __device__ __forceinline__ void nb_acc_min(A& s, A& c, A x) { s = nb_minimum(s, x); }
template <typename A> __device__ __forceinline__ void nb_acc_any(A& s, A& c, A x) { s = s || x; }
template <typename A> __device__ __forceinline__ void nb_acc_all(A& s, A& c, A x) { s = s && x; }

__device__ __forceinline__ long long nb_comb_sum(long long a, long long b) { return nb_add_wrap<long long, unsigned long long>(a, b); }
template <typename A> __device__ __forceinline__ A nb_comb_sum(A a, A b) { return (A)(a + b); }
__device__ __forceinline__ long long nb_comb_prod(long long a, long long b) { return nb_mul_wrap<long long, unsigned long long>(a, b); }
template <typename A> __device__ __forceinline__ A nb_comb_prod(A a, A b) { return (A)(a * b); }
template <typename A> __device__ __forceinline__ A nb_comb_max(A a, A b) { return nb_maximum(a, b); }
template <typename A> __device__ __forceinline__ A nb_comb_min(A a, A b) { return nb_minimum(a, b); }
template <typename A> __device__ __forceinline__ A nb_comb_any(A a, A b) { return a || b; }
template <typename A> __device__ __forceinline__ A nb_comb_all(A a, A b) { return a && b; }

// argmax/argmin: does (v, i) replace the best so far (b, bi)? NaN wins (the first NaN), then the
// larger (smaller) value, then the smaller index.
template <typename A> __device__ __forceinline__ bool nb_better_argmax(A v, long long i, A b, long long bi) {
  if (b != b) {
    return v != v && i < bi;
  }
  if (v != v || v > b) {
    return true;
  }
  return v == b && i < bi;
}
template <typename A> __device__ __forceinline__ bool nb_better_argmin(A v, long long i, A b, long long bi) {
  if (b != b) {
    return v != v && i < bi;
  }
  if (v != v || v < b) {
    return true;
  }
  return v == b && i < bi;
}
#endif
