package dev.numbat.io;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Shapes;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code .npy} header (NumPy's {@code numpy/lib/format.py}): magic, version, header length and
 * the dict literal {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }}. Parsing
 * validates everything before any array is allocated; writing reproduces NumPy's bytes exactly
 * (key order, the spare space for growing the first axis, padding to 64 bytes, version 1.0 unless
 * the header needs more).
 *
 * @param dtype the element type
 * @param order byte order of the data
 * @param fortran whether the data is in Fortran (column-major) order
 * @param shape the array's shape
 */
public record NpyHeader(DType dtype, ByteOrder order, boolean fortran, int[] shape) {
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  /** Magic (6) + version (2). */
  static final int MAGIC_LEN = 8;
  static final int ARRAY_ALIGN = 64;
  static final int GROWTH_AXIS_MAX_DIGITS = 21;
  /** NumPy's {@code _MAX_HEADER_SIZE}: longer headers are refused (they may not be safe to parse). */
  public static final int MAX_HEADER_SIZE = 10000;
  /** The most bytes {@link #MAX_HEADER_SIZE} characters take (utf-8: 4 a character). */
  static final int MAX_HEADER_BYTES = 4 * MAX_HEADER_SIZE;

  /** Number of elements (the caller checked it fits an int). */
  public int size() {
    return Shapes.size(shape);
  }

  /** Bytes of array data that follow the header. */
  public long dataBytes() {
    return (long) size() * dtype.itemsize();
  }

  // ------------------------------------------------------------------ reading

  /** Checks magic and version (bytes 0..7); returns the version's major number. */
  static int checkMagic(byte[] m) {
    for (int k = 0; k < MAGIC.length; k++) {
      if (m[k] != MAGIC[k]) {
        throw new ValueError("the magic string is not correct; expected b'\\x93NUMPY', got "
            + PyLiteral.bytesRepr(m, 0, MAGIC.length));
      }
    }
    int major = m[6] & 0xFF;
    int minor = m[7] & 0xFF;
    if (minor != 0 || major < 1 || major > 3) {
      throw new ValueError("we only support format version (1,0), (2,0), and (3,0), not (" + major + ", " + minor + ")");
    }
    return major;
  }

  /** Bytes of the header-length field for a version. */
  static int lengthFieldBytes(int major) {
    return major == 1 ? 2 : 4;
  }

  /**
   * Validates a header length before the header is read: at most {@code 4 * MAX_HEADER_SIZE} bytes
   * (utf-8 needs at most 4 bytes a character), so no hostile length makes us allocate.
   */
  static void checkLength(long length) {
    if (length > MAX_HEADER_BYTES) {
      throw tooLarge(length);
    }
  }

  private static ValueError tooLarge(long length) {
    return new ValueError("Header info length (" + length + ") is large and may not be safe to load securely.\n"
        + "To allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\n"
        + "For safety against large resource use or crashes, sandboxing may be necessary.");
  }

  /** Parses and validates the header text (latin-1 for versions 1 and 2, utf-8 for 3). */
  static NpyHeader parse(byte[] raw, int major) {
    String text = new String(raw, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    if (text.length() > MAX_HEADER_SIZE) {
      throw tooLarge(text.length());
    }
    Object d;
    try {
      d = PyLiteral.parse(text, major <= 2);
    } catch (PyLiteral.SyntaxError e) {
      throw new ValueError("Cannot parse header: " + PyLiteral.strRepr(text));
    }
    if (!(d instanceof Map<?, ?> m)) {
      throw new ValueError("Header is not a dictionary: " + PyLiteral.repr(d));
    }
    if (!m.keySet().equals(Set.of("descr", "fortran_order", "shape"))) {
      List<Object> keys = new ArrayList<>(m.keySet());
      if (keys.stream().allMatch(k -> k instanceof String)) {
        keys = new ArrayList<>(new TreeSet<>(keys.stream().map(String.class::cast).toList()));
      }
      throw new ValueError("Header does not contain the correct keys: " + PyLiteral.repr(keys));
    }
    Object shapeObj = m.get("shape");
    if (!(shapeObj instanceof PyLiteral.Tuple t)
        || !t.items().stream().allMatch(x -> x instanceof BigInteger || x instanceof Boolean)) {
      throw new ValueError("shape is not valid: " + PyLiteral.repr(shapeObj));
    }
    Object fo = m.get("fortran_order");
    if (!(fo instanceof Boolean fortran)) {
      throw new ValueError("fortran_order is not a valid bool: " + PyLiteral.repr(fo));
    }
    Object descr = m.get("descr");
    DType dtype;
    ByteOrder order;
    if (descr instanceof String ds) {
      Descr r = Descr.parse(ds);
      dtype = r.dtype;
      order = r.order;
    } else if (mentionsObject(descr)) {
      throw new ValueError("Object arrays cannot be loaded when allow_pickle=False");
    } else {
      throw new ValueError("descr is not supported by Numbat: " + PyLiteral.repr(descr)
          + " (structured and subarray dtypes have no Numbat dtype)");
    }
    return new NpyHeader(dtype, order, fortran, shape(t.items()));
  }

  private static boolean mentionsObject(Object descr) {
    if (descr instanceof String s) {
      return s.replaceAll("^[<>|=]", "").equals("O");
    }
    if (descr instanceof PyLiteral.Tuple t) {
      return t.items().stream().anyMatch(NpyHeader::mentionsObject);
    }
    if (descr instanceof List<?> l) {
      return l.stream().anyMatch(NpyHeader::mentionsObject);
    }
    return false;
  }

  /** The shape, refusing negative dimensions and sizes beyond what a CPU array holds. */
  private static int[] shape(List<Object> dims) {
    int[] shape = new int[dims.size()];
    boolean empty = false;
    for (Object o : dims) {
      BigInteger b = o instanceof Boolean bo ? (bo ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) o;
      if (b.signum() < 0) {
        throw new ValueError("shape is not valid: " + PyLiteral.repr(new PyLiteral.Tuple(dims))
            + " (negative dimensions are not allowed)");
      }
      empty |= b.signum() == 0;
    }
    BigInteger size = BigInteger.ONE;
    for (int k = 0; k < shape.length; k++) {
      Object o = dims.get(k);
      BigInteger b = o instanceof Boolean bo ? (bo ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) o;
      if (b.bitLength() > 31 || (!empty && (size = size.multiply(b)).bitLength() > 31)) {
        throw new ValueError("array of shape " + PyLiteral.repr(new PyLiteral.Tuple(dims)) + " has more than "
            + "2^31-1 elements, the most a CPU array holds");
      }
      shape[k] = b.intValue();
    }
    return shape;
  }

  /** A descr string and what Numbat makes of it. */
  record Descr(DType dtype, ByteOrder order) {
    static Descr parse(String s) {
      String code = s;
      ByteOrder order = ByteOrder.nativeOrder();
      if (!code.isEmpty() && "<>|=".indexOf(code.charAt(0)) >= 0) {
        order = code.charAt(0) == '<' ? ByteOrder.LITTLE_ENDIAN : code.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN
            : ByteOrder.nativeOrder();
        code = code.substring(1);
      }
      DType d = switch (code) {
        case "b1", "?" -> DType.BOOL;
        case "i1", "b" -> DType.INT8;
        case "u1", "B" -> DType.UINT8;
        case "i2", "h" -> DType.INT16;
        case "u2", "H" -> DType.UINT16;
        case "i4", "i" -> DType.INT32;
        case "u4", "I" -> DType.UINT32;
        case "i8", "l", "q" -> DType.INT64;
        case "u8", "L", "Q" -> DType.UINT64;
        case "f2", "e" -> DType.FLOAT16;
        case "f4", "f" -> DType.FLOAT32;
        case "f8", "d" -> DType.FLOAT64;
        case "c8", "F" -> DType.COMPLEX64;
        case "c16", "D" -> DType.COMPLEX128;
        case "O", "O8", "O4" -> throw new ValueError("Object arrays cannot be loaded when allow_pickle=False");
        default -> throw new ValueError("descr is not supported by Numbat: " + PyLiteral.strRepr(s)
            + " (Numbat reads bool, integer, float and complex arrays)");
      };
      return new Descr(d, order);
    }
  }

  // ------------------------------------------------------------------ writing

  /** NumPy's {@code dtype.str} for a Numbat dtype written in native (little-endian) order. */
  static String descr(DType d) {
    return switch (d.ordinal()) {
      case 0 -> "|b1";
      case 1 -> "|i1";
      case 5 -> "|u1";
      case 10 -> throw new TypeError("bfloat16 has no NumPy dtype, so .npy cannot store it; "
          + "convert it first, e.g. x.astype(float32)");
      default -> "<" + switch (d.ordinal()) {
        case 2 -> "i2";
        case 3 -> "i4";
        case 4 -> "i8";
        case 6 -> "u2";
        case 7 -> "u4";
        case 8 -> "u8";
        case 9 -> "f2";
        case 11 -> "f4";
        case 12 -> "f8";
        case 13 -> "c8";
        default -> "c16";
      };
    };
  }

  /**
   * The complete header NumPy's {@code np.save} writes for {@code x}: fortran_order is True when
   * {@code x} is Fortran- but not C-contiguous, as NumPy decides.
   */
  static byte[] bytesFor(NDArray x) {
    int[] shape = x.shapeRef();
    boolean fortran = !x.isContiguous() && ByteCodec.isFContiguous(x);
    StringBuilder h = new StringBuilder("{'descr': '").append(descr(x.dtype())).append("', 'fortran_order': ")
        .append(fortran ? "True" : "False").append(", 'shape': ").append(Shapes.str(shape)).append(", }");
    if (shape.length > 0) {
      int growth = shape[fortran ? shape.length - 1 : 0];
      h.append(" ".repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - Integer.toString(growth).length())));
    }
    byte[] text = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    int hlen = text.length + 1;
    int major = 1;
    int padlen = ARRAY_ALIGN - ((MAGIC_LEN + 2 + hlen) % ARRAY_ALIGN);
    if (hlen + padlen > 0xFFFF) {
      major = 2;
      padlen = ARRAY_ALIGN - ((MAGIC_LEN + 4 + hlen) % ARRAY_ALIGN);
    }
    int lenBytes = lengthFieldBytes(major);
    byte[] out = new byte[MAGIC_LEN + lenBytes + hlen + padlen];
    System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
    out[6] = (byte) major;
    out[7] = 0;
    int total = hlen + padlen;
    for (int k = 0; k < lenBytes; k++) {
      out[MAGIC_LEN + k] = (byte) (total >>> (8 * k));
    }
    int p = MAGIC_LEN + lenBytes;
    System.arraycopy(text, 0, out, p, text.length);
    p += text.length;
    for (int k = 0; k < padlen; k++) {
      out[p++] = ' ';
    }
    out[p] = '\n';
    return out;
  }
}
