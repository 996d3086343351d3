package dev.numbat.conformance;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Copy;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagged little-endian value format shared with {@code numpy_worker.py} (described there).
 * Java values map as: null, Boolean, Long/Integer/Short/Byte, BigInteger, Double/Float,
 * {@link Complex}, String, List and Object[] (lists), {@link Py.Tuple} and int[] (tuples), Map,
 * {@link DType} (a dtype argument), {@link NDArray} (an array; 16-bit patterns for bfloat16).
 */
final class Wire {
  private Wire() {}

  /** A growable little-endian byte buffer. */
  static final class Out {
    private ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    private void room(int n) {
      if (b.remaining() < n) {
        ByteBuffer nb = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + n + 1024))
            .order(ByteOrder.LITTLE_ENDIAN);
        b.flip();
        nb.put(b);
        b = nb;
      }
    }

    void u8(int v) {
      room(1);
      b.put((byte) v);
    }

    void u32(int v) {
      room(4);
      b.putInt(v);
    }

    void i64(long v) {
      room(8);
      b.putLong(v);
    }

    void f64(double v) {
      room(8);
      b.putDouble(v);
    }

    void str(String s) {
      byte[] x = s.getBytes(StandardCharsets.UTF_8);
      u32(x.length);
      room(x.length);
      b.put(x);
    }

    void bytes(byte[] x) {
      room(x.length);
      b.put(x);
    }

    ByteBuffer buffer() { return b; }

    int size() { return b.position(); }


  }

  static void value(Out o, Object v) {
    switch (v) {
      case null -> o.u8('N');
      case Boolean x -> o.u8(x ? 'T' : 'F');
      case Long x -> {
        o.u8('I');
        o.i64(x);
      }
      case Integer x -> {
        o.u8('I');
        o.i64(x);
      }
      case Short x -> {
        o.u8('I');
        o.i64(x);
      }
      case Byte x -> {
        o.u8('I');
        o.i64(x);
      }
      case BigInteger x -> {
        o.u8('B');
        o.str(x.toString());
      }
      case Double x -> {
        o.u8('D');
        o.f64(x);
      }
      case Float x -> {
        o.u8('D');
        o.f64(x);
      }
      case Complex x -> {
        o.u8('C');
        o.f64(x.re());
        o.f64(x.im());
      }
      case String x -> {
        o.u8('S');
        o.str(x);
      }
      case DType x -> {
        o.u8('Y');
        o.str(x.name());
      }
      case Py.Tuple x -> {
        o.u8('U');
        o.u32(x.items().size());
        for (Object e : x.items()) {
          value(o, e);
        }
      }
      case int[] x -> {
        o.u8('U');
        o.u32(x.length);
        for (int e : x) {
          o.u8('I');
          o.i64(e);
        }
      }
      case List<?> x -> {
        o.u8('L');
        o.u32(x.size());
        for (Object e : x) {
          value(o, e);
        }
      }
      case Object[] x -> {
        o.u8('L');
        o.u32(x.length);
        for (Object e : x) {
          value(o, e);
        }
      }
      case Map<?, ?> x -> {
        o.u8('M');
        o.u32(x.size());
        for (Map.Entry<?, ?> e : x.entrySet()) {
          o.str(String.valueOf(e.getKey()));
          value(o, e.getValue());
        }
      }
      case NDArray x -> array(o, x);
      case Py.Name x -> {
        o.u8('S');
        o.str(x.name());
      }
      default -> throw new IllegalArgumentException("no wire encoding for " + v.getClass().getName());
    }
  }

  static void array(Out o, NDArray x) {
    NDArray c = Copy.contiguous(x);
    o.u8('A');
    o.str(c.dtype().name());
    int[] shape = c.shapeRef();
    o.u8(shape.length);
    for (int d : shape) {
      o.u32(d);
    }
    int n = c.size();
    int nbytes = n * c.dtype().itemsize();
    o.u32(nbytes);
    o.room(nbytes);
    ByteBuffer b = o.b;
    Object data = c.data();
    switch (data) {
      case byte[] a -> b.put(a, 0, nbytes);
      case short[] a -> {
        b.asShortBuffer().put(a, 0, n);
        b.position(b.position() + nbytes);
      }
      case int[] a -> {
        b.asIntBuffer().put(a, 0, n);
        b.position(b.position() + nbytes);
      }
      case long[] a -> {
        b.asLongBuffer().put(a, 0, n);
        b.position(b.position() + nbytes);
      }
      case float[] a -> {
        b.asFloatBuffer().put(a, 0, nbytes / 4);
        b.position(b.position() + nbytes);
      }
      case double[] a -> {
        b.asDoubleBuffer().put(a, 0, nbytes / 8);
        b.position(b.position() + nbytes);
      }
      default -> throw new IllegalStateException("storage " + data.getClass());
    }
    o.u8(0);
  }

  /** Reads values from a frame. */
  static final class In {
    private final ByteBuffer b;

    In(byte[] data) {
      b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    int u8() { return b.get() & 0xFF; }

    int u32() { return b.getInt(); }

    String str() {
      int n = b.getInt();
      String s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
      b.position(b.position() + n);
      return s;
    }

    boolean hasMore() { return b.hasRemaining(); }

    Object value() {
      int t = u8();
      switch (t) {
        case 'N' -> {
          return null;
        }
        case 'T' -> {
          return Boolean.TRUE;
        }
        case 'F' -> {
          return Boolean.FALSE;
        }
        case 'I' -> {
          return b.getLong();
        }
        case 'B' -> {
          return new BigInteger(str());
        }
        case 'D' -> {
          return b.getDouble();
        }
        case 'C' -> {
          return new Complex(b.getDouble(), b.getDouble());
        }
        case 'S' -> {
          return str();
        }
        case 'Y' -> {
          return new Py.Name(str());
        }
        case 'X' -> {
          return new Py.Opaque(str());
        }
        case 'O' -> {
          String type = str();
          String repr = str();
          int n = u32();
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            String k = str();
            m.put(k, value());
          }
          return new Py.Obj(type, repr, m);
        }
        case 'L', 'U' -> {
          int n = u32();
          List<Object> l = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            l.add(value());
          }
          return t == 'L' ? l : new Py.Tuple(l);
        }
        case 'M' -> {
          int n = u32();
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            String k = str();
            m.put(k, value());
          }
          return m;
        }
        case 'A' -> {
          String dt = str();
          int nd = u8();
          int[] shape = new int[nd];
          for (int i = 0; i < nd; i++) {
            shape[i] = u32();
          }
          byte[] raw = new byte[u32()];
          b.get(raw);
          boolean scalar = u8() != 0;
          return new Py.Array(dt, shape, raw, scalar);
        }
        default -> throw new IllegalStateException("bad value tag " + t + " at " + (b.position() - 1));
      }
    }

    /** One answer: the result value, or a {@link Py.Error}. */
    Object answer() {
      int t = u8();
      if (t == 'R') {
        return value();
      }
      if (t != 'E') {
        throw new IllegalStateException("bad answer tag " + t);
      }
      String type = str();
      int n = u32();
      List<String> mro = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        mro.add(str());
      }
      return new Py.Error(type, mro, str());
    }
  }
}
