package dev.numbat;

/**
 * An array element type, named as NumPy names it ({@code DType.of("float32").name()} is
 * {@code "float32"}). The 15 dtypes and their storage: bool/int8/uint8 in {@code byte[]},
 * int16/uint16/float16/bfloat16 in {@code short[]}, (u)int32 in {@code int[]}, (u)int64 in
 * {@code long[]}, float32 in {@code float[]}, float64 in {@code double[]}; complex64/complex128
 * interleave (re, im) in {@code float[]}/{@code double[]}.
 */
public final class DType {
  public static final DType BOOL = new DType(0, "bool", 'b', 1, "?");
  public static final DType INT8 = new DType(1, "int8", 'i', 1, "i1");
  public static final DType INT16 = new DType(2, "int16", 'i', 2, "i2");
  public static final DType INT32 = new DType(3, "int32", 'i', 4, "i4");
  public static final DType INT64 = new DType(4, "int64", 'i', 8, "i8");
  public static final DType UINT8 = new DType(5, "uint8", 'u', 1, "u1");
  public static final DType UINT16 = new DType(6, "uint16", 'u', 2, "u2");
  public static final DType UINT32 = new DType(7, "uint32", 'u', 4, "u4");
  public static final DType UINT64 = new DType(8, "uint64", 'u', 8, "u8");
  public static final DType FLOAT16 = new DType(9, "float16", 'f', 2, "f2");
  public static final DType BFLOAT16 = new DType(10, "bfloat16", 'f', 2, "bf16");
  public static final DType FLOAT32 = new DType(11, "float32", 'f', 4, "f4");
  public static final DType FLOAT64 = new DType(12, "float64", 'f', 8, "f8");
  public static final DType COMPLEX64 = new DType(13, "complex64", 'c', 8, "c8");
  public static final DType COMPLEX128 = new DType(14, "complex128", 'c', 16, "c16");

  private static final DType[] ALL = {BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32,
      UINT64, FLOAT16, BFLOAT16, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128};
  public static final int COUNT = ALL.length;

  private final int ordinal;
  private final String name;
  private final char kind;
  private final int itemsize;
  private final String str;

  private DType(int ordinal, String name, char kind, int itemsize, String str) {
    this.ordinal = ordinal;
    this.name = name;
    this.kind = kind;
    this.itemsize = itemsize;
    this.str = str;
  }

  /** Every dtype, in Numbat's canonical order (the order of {@link #ordinal()}). */
  public static DType[] values() {
    return ALL.clone();
  }

  public static DType byOrdinal(int ordinal) {
    return ALL[ordinal];
  }

  /**
   * The dtype for a string, read exactly as NumPy 2.4's {@code np.dtype(str)} reads it (on a
   * 64-bit Linux/macOS NumPy, where C {@code long} is 64 bits), restricted to Numbat's 15 dtypes.
   * The string is case-sensitive and not trimmed. Accepted:
   * <ul>
   *   <li>names: {@code bool bool_ int8 .. uint64 float16 float32 float64 complex64 complex128
   *       byte ubyte short ushort intc uintc int int_ uint long ulong longlong ulonglong intp
   *       uintp half single float double csingle complex cdouble}, and Numbat's own
   *       {@code bfloat16} (the ml_dtypes name);
   *   <li>one-letter type codes {@code ? b B h H i I l L q Q p P n N e f d F D} (so {@code "B"} is
   *       uint8 and {@code "F"} complex64);
   *   <li>kind + itemsize {@code b1 i1 i2 i4 i8 u1 u2 u4 u8 f2 f4 f8 c8 c16} (the size read as C
   *       {@code strtol} reads it, so {@code "f 4"} and {@code "f04"} are float32, as in NumPy);
   *   <li>either of those codes after one byte-order character {@code < > = |}.
   * </ul>
   * Byte order: Numbat's arrays are always in the machine's native byte order, so a code whose
   * byte-order character is the non-native one ({@code ">f8"} on a little-endian machine), which
   * NumPy accepts as a byte-swapped dtype, raises a {@code TypeError} naming the unsupported byte
   * order. One-byte types have no byte order ({@code ">i1"} is int8), as in NumPy.
   *
   * <p>Strings NumPy reads as a dtype Numbat does not have ({@code longdouble}, {@code g},
   * {@code f16}, {@code object}, {@code U}, {@code S5}, {@code M8[ns]}, structured
   * {@code "f4,i4"} ...) raise {@code TypeError: Numbat has no float128 dtype (NumPy reads 'g' as
   * float128)}. Everything else raises NumPy's own TypeError: {@code data type 'xyz' not
   * understood}, or for the aliases NumPy 2.0 removed with a message ({@code int0 uint0 bool8
   * object0 str0 bytes0 void0}) NumPy's {@code Alias 'int0' was removed in NumPy 2.0. Use a name
   * without a digit at the end.}; the other removed names ({@code float_ complex_ cfloat ...})
   * are "not understood", as in NumPy 2.
   */
  public static DType of(String name) {
    if (name == null) {
      throw new dev.numbat.errors.TypeError("Cannot interpret 'None' as a data type");
    }
    String s = name;
    if (isCommaString(s)) {
      throw new dev.numbat.errors.TypeError("Numbat has no structured or subarray dtypes (NumPy reads "
          + pyRepr(s) + " as a structured void dtype)");
    }
    char endian = '=';
    String t = s;
    if (!s.isEmpty() && "<>=|".indexOf(s.charAt(0)) >= 0) {
      endian = s.charAt(0) == '|' ? '=' : s.charAt(0);
      t = s.substring(1);
    }
    if (t.isEmpty()) {
      throw notUnderstood(s);
    }
    String dt = datetimeName(t);
    if (dt != null) {
      throw foreign(s, dt);
    }
    Object r = null; // a DType, or NumPy's name of a dtype Numbat lacks
    if (t.length() == 1) {
      r = code(t.charAt(0));
    } else {
      int size = strtolSize(t, 1);
      if (size >= 0) {
        char k = t.charAt(0);
        r = switch (k) {
          case 'S', 'a' -> size == 0 ? "bytes" : "bytes" + 8L * size;
          case 'U' -> size == 0 ? "str" : "str" + 32L * size;
          case 'V' -> size == 0 ? "void" : "void" + 8L * size;
          default -> size == 0 ? null : kindSize(k, size);
        };
      }
    }
    if (r == null) {
      r = byName(s);
      if (r == null) {
        if (REMOVED_ALIASES.contains(s)) {
          throw new dev.numbat.errors.TypeError("Alias " + pyRepr(s)
              + " was removed in NumPy 2.0. Use a name without a digit at the end.");
        }
        throw notUnderstood(s);
      }
    }
    if (r instanceof String numpyName) {
      throw foreign(s, numpyName);
    }
    DType d = (DType) r;
    char nonNative = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? '>' : '<';
    if (endian == nonNative && d.itemsize > 1) {
      throw new dev.numbat.errors.TypeError("Numbat has no non-native byte order: NumPy reads "
          + pyRepr(s) + " as a " + (nonNative == '>' ? "big" : "little") + "-endian " + d.name
          + ", and Numbat arrays are always native-endian; use '=" + t + "' or '" + d.name + "'");
    }
    return d;
  }

  private static final java.util.Set<String> REMOVED_ALIASES =
      java.util.Set.of("int0", "uint0", "bool8", "object0", "str0", "bytes0", "void0");

  /** A one-character code: NumPy's type characters and its type numbers (chr(0)..chr(23)). */
  private static Object code(char c) {
    return switch (c) {
      case '?', 0 -> BOOL;
      case 'b', 1 -> INT8;
      case 'B', 2 -> UINT8;
      case 'h', 3 -> INT16;
      case 'H', 4 -> UINT16;
      case 'i', 5 -> INT32;
      case 'I', 6 -> UINT32;
      case 'l', 'q', 'p', 'n', 7, 9 -> INT64;
      case 'L', 'Q', 'P', 'N', 8, 10 -> UINT64;
      case 'f', 11 -> FLOAT32;
      case 'd', 12 -> FLOAT64;
      case 'g', 13 -> "float128";
      case 'F', 14 -> COMPLEX64;
      case 'D', 15 -> COMPLEX128;
      case 'G', 16 -> "complex256";
      case 'O', 17 -> "object";
      case 'S', 18 -> "bytes";
      case 'U', 19 -> "str";
      case 'V', 20 -> "void";
      case 'M', 21 -> "datetime64";
      case 'm', 22 -> "timedelta64";
      case 'e', 23 -> FLOAT16;
      case 'c' -> "bytes8";
      case 'T' -> "StringDType128";
      default -> null;
    };
  }

  /** NumPy's kind + itemsize codes ("f8"); null when NumPy has no such pair. */
  private static Object kindSize(char kind, int size) {
    return switch (kind) {
      case 'b' -> size == 1 ? BOOL : null;
      case 'i' -> size == 1 ? INT8 : size == 2 ? INT16 : size == 4 ? INT32 : size == 8 ? INT64 : null;
      case 'u' -> size == 1 ? UINT8 : size == 2 ? UINT16 : size == 4 ? UINT32 : size == 8 ? UINT64 : null;
      case 'f' -> size == 2 ? FLOAT16 : size == 4 ? FLOAT32 : size == 8 ? FLOAT64
          : size == 16 ? "float128" : null;
      case 'c' -> size == 8 ? COMPLEX64 : size == 16 ? COMPLEX128 : size == 32 ? "complex256" : null;
      case 'O' -> size == 4 || size == 8 ? "object" : null;
      default -> null;
    };
  }

  /** NumPy 2.4's {@code np.sctypeDict} string keys (64-bit Linux), plus Numbat's bfloat16. */
  private static Object byName(String s) {
    return switch (s) {
      case "bool", "bool_" -> BOOL;
      case "int8", "byte" -> INT8;
      case "int16", "short" -> INT16;
      case "int32", "intc" -> INT32;
      case "int64", "int", "int_", "intp", "long", "longlong" -> INT64;
      case "uint8", "ubyte" -> UINT8;
      case "uint16", "ushort" -> UINT16;
      case "uint32", "uintc" -> UINT32;
      case "uint64", "uint", "uintp", "ulong", "ulonglong" -> UINT64;
      case "float16", "half" -> FLOAT16;
      case "bfloat16" -> BFLOAT16;
      case "float32", "single" -> FLOAT32;
      case "float64", "float", "double" -> FLOAT64;
      case "complex64", "csingle" -> COMPLEX64;
      case "complex128", "complex", "cdouble" -> COMPLEX128;
      case "float128", "longdouble" -> "float128";
      case "complex256", "clongdouble" -> "complex256";
      case "object", "object_" -> "object";
      case "str", "str_", "unicode" -> "str";
      case "bytes", "bytes_", "a" -> "bytes";
      case "void" -> "void";
      case "datetime64" -> "datetime64";
      case "timedelta64" -> "timedelta64";
      default -> null;
    };
  }

  /** NumPy's test for a comma string (structured or subarray dtype): "f4,i4", "2f4", "(2,)f4". */
  private static boolean isCommaString(String s) {
    if (s.indexOf(',') >= 0) {
      return true;
    }
    if (s.isEmpty()) {
      return false;
    }
    char c0 = s.charAt(0);
    if (c0 == '(' || (c0 >= '0' && c0 <= '9')) {
      return true;
    }
    return s.length() > 1 && "<>=|".indexOf(c0) >= 0 && s.charAt(1) >= '0' && s.charAt(1) <= '9';
  }

  /** "datetime64" / "timedelta64" for NumPy's datetime strings ("M8", "m8[ns]", "datetime64[D]"). */
  private static String datetimeName(String t) {
    for (String[] p : new String[][] {{"M8", "datetime64"}, {"datetime64", "datetime64"},
        {"m8", "timedelta64"}, {"timedelta64", "timedelta64"}}) {
      if (t.startsWith(p[0]) && (t.length() == p[0].length() || t.charAt(p[0].length()) == '[')) {
        return p[1];
      }
    }
    return null;
  }

  /**
   * The itemsize after the kind letter, read as C {@code strtol} reads it (leading white space, a
   * sign, decimal digits) and required to run to the end; -1 when it does not, or is negative or
   * too large for a dtype.
   */
  private static int strtolSize(String t, int from) {
    int i = from;
    int n = t.length();
    while (i < n && " \t\n\u000b\f\r".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    boolean neg = false;
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      neg = t.charAt(i) == '-';
      i++;
    }
    int digits = i;
    long v = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      v = Math.min(v * 10 + (t.charAt(i) - '0'), 1L << 40);
      i++;
    }
    if (i == digits || i != n || (neg && v != 0) || v > Integer.MAX_VALUE / 32) {
      return -1;
    }
    return (int) v;
  }

  private static dev.numbat.errors.TypeError notUnderstood(String s) {
    return new dev.numbat.errors.TypeError("data type " + pyRepr(s) + " not understood");
  }

  private static dev.numbat.errors.TypeError foreign(String s, String numpyName) {
    return new dev.numbat.errors.TypeError("Numbat has no " + numpyName + " dtype (NumPy reads "
        + pyRepr(s) + " as " + numpyName + ")");
  }

  /** Python's {@code repr} of a str, as NumPy's messages quote the argument. */
  static String pyRepr(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(q);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> {
          if (c == q) {
            b.append('\\').append(c);
          } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append(q).toString();
  }

  /** NumPy's name: "float32". */
  public String name() { return name; }

  /** NumPy's kind character: b (bool), i, u, f, c. */
  public char kind() { return kind; }

  /** Bytes per element. */
  public int itemsize() { return itemsize; }

  public int ordinal() { return ordinal; }

  public boolean isBool() { return kind == 'b'; }

  public boolean isInteger() { return kind == 'i' || kind == 'u'; }

  public boolean isUnsigned() { return kind == 'u'; }

  public boolean isFloat() { return kind == 'f'; }

  public boolean isComplex() { return kind == 'c'; }

  /** float or complex. */
  public boolean isInexact() { return kind == 'f' || kind == 'c'; }

  /** float16 or bfloat16: stored as 16 bits, computed in float32. */
  public boolean isHalf() { return this == FLOAT16 || this == BFLOAT16; }

  /** The real dtype of a complex one (complex64 -> float32), else itself. */
  public DType realType() {
    return this == COMPLEX64 ? FLOAT32 : this == COMPLEX128 ? FLOAT64 : this;
  }

  /** The complex dtype holding this real one (float32 -> complex64; float64 -> complex128). */
  public DType complexType() {
    return switch (kind) {
      case 'c' -> this;
      case 'f' -> this == FLOAT64 ? COMPLEX128 : COMPLEX64;
      default -> COMPLEX128;
    };
  }

  @Override
  public String toString() { return name; }
}
