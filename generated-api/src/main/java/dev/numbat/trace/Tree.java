package dev.numbat.trace;

import dev.numbat.Complex;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Scalars;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The structure of a nested value without its arrays (TF's nest, JAX's pytree): {@code List}s,
 * {@code Map}s (keys in iteration order), Java arrays ({@code NDArray[]}, {@code Object[]}) and
 * records of arrays, to any depth. Leaves are arrays and Java numbers, booleans and
 * {@link Complex} values (weak scalars, which become arrays); any other value (a string, a
 * {@code DType}, an enum, {@code null}, an {@code int[]}) is static: part of the structure,
 * compared by {@code equals}, so a compiled function traces again when it changes.
 */
public record Tree(Kind kind, Object aux, List<Tree> children) {
  public enum Kind { LEAF, STATIC, LIST, ARRAY, MAP, RECORD }

  private static final Tree LEAF = new Tree(Kind.LEAF, null, List.of());

  /** The structure of {@code o}; its leaves, as arrays, are appended to {@code leaves} in order. */
  public static Tree flatten(Object o, List<NDArray> leaves) {
    return flatten(o, leaves, true);
  }

  /**
   * As {@link #flatten(Object, List)}; a function's result is flattened with {@code numbers}
   * false: a Java number in it is a constant of the trace (one computed from traced values was
   * refused while tracing), returned as it is.
   */
  public static Tree flatten(Object o, List<NDArray> leaves, boolean numbers) {
    if (o instanceof NDArray x) {
      leaves.add(x);
      return LEAF;
    }
    if (numbers && (o instanceof Number || o instanceof Boolean || o instanceof Complex)) {
      leaves.add(Scalars.operand(o));
      return LEAF;
    }
    if (o instanceof List<?> l) {
      return new Tree(Kind.LIST, null, children(l, leaves, numbers));
    }
    if (o instanceof Object[] xs) {
      return new Tree(Kind.ARRAY, xs.getClass().getComponentType(), children(Arrays.asList(xs), leaves, numbers));
    }
    if (o instanceof Map<?, ?> m) {
      return new Tree(Kind.MAP, List.copyOf(m.keySet()), children(new ArrayList<>(m.values()), leaves, numbers));
    }
    if (o != null && o.getClass().isRecord()) {
      Object[] parts = Records.of(o.getClass()).parts(o);
      return new Tree(Kind.RECORD, o.getClass(), children(Arrays.asList(parts), leaves, numbers));
    }
    return new Tree(Kind.STATIC, o == null ? Null.NULL : staticKey(o), List.of());
  }

  /** {@code n} arrays side by side (the common call: every argument an array). */
  static Tree leaves(int n) {
    List<Tree> c = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      c.add(LEAF);
    }
    return new Tree(Kind.ARRAY, Object.class, List.copyOf(c));
  }

  private static List<Tree> children(List<?> items, List<NDArray> leaves, boolean numbers) {
    List<Tree> c = new ArrayList<>(items.size());
    for (Object x : items) {
      c.add(flatten(x, leaves, numbers));
    }
    return List.copyOf(c);
  }

  /** The value of this structure with the next leaves in place of its arrays. */
  public Object unflatten(Iterator<?> leaves) {
    switch (kind) {
      case LEAF:
        return leaves.next();
      case STATIC:
        return aux == Null.NULL ? null : aux instanceof StaticArray s ? s.value() : aux;
      case LIST: {
        List<Object> l = new ArrayList<>(children.size());
        for (Tree t : children) {
          l.add(t.unflatten(leaves));
        }
        return java.util.Collections.unmodifiableList(l);
      }
      case ARRAY: {
        Object[] xs = (Object[]) java.lang.reflect.Array.newInstance((Class<?>) aux, children.size());
        for (int i = 0; i < xs.length; i++) {
          xs[i] = children.get(i).unflatten(leaves);
        }
        return xs;
      }
      case MAP: {
        Map<Object, Object> m = new LinkedHashMap<>();
        List<?> keys = (List<?>) aux;
        for (int i = 0; i < keys.size(); i++) {
          m.put(keys.get(i), children.get(i).unflatten(leaves));
        }
        return java.util.Collections.unmodifiableMap(m);
      }
      default: {
        Object[] parts = new Object[children.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = children.get(i).unflatten(leaves);
        }
        return Records.of((Class<?>) aux).make(parts);
      }
    }
  }

  /** How many leaves the structure holds. */
  public int leafCount() {
    if (kind == Kind.LEAF) {
      return 1;
    }
    int n = 0;
    for (Tree t : children) {
      n += t.leafCount();
    }
    return n;
  }

  private enum Null { NULL }

  /** A static Java array compared by content. */
  private record StaticArray(Object value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof StaticArray s && Objects.deepEquals(value, s.value);
    }

    @Override
    public int hashCode() {
      return Arrays.deepHashCode(new Object[] {value});
    }
  }

  private static Object staticKey(Object o) {
    return o.getClass().isArray() ? new StaticArray(o) : o;
  }

  /** A record class's component accessors and canonical constructor, looked up once per class. */
  private record Records(MethodHandle[] accessors, MethodHandle constructor) {
    private static final ClassValue<Records> CACHE = new ClassValue<>() {
      @Override
      protected Records computeValue(Class<?> c) {
        try {
          MethodHandles.Lookup lookup = MethodHandles.lookup();
          RecordComponent[] rc = c.getRecordComponents();
          MethodHandle[] acc = new MethodHandle[rc.length];
          Class<?>[] types = new Class<?>[rc.length];
          for (int i = 0; i < rc.length; i++) {
            rc[i].getAccessor().setAccessible(true);
            acc[i] = lookup.unreflect(rc[i].getAccessor());
            types[i] = rc[i].getType();
          }
          java.lang.reflect.Constructor<?> k = c.getDeclaredConstructor(types);
          k.setAccessible(true);
          return new Records(acc, lookup.unreflectConstructor(k).asSpreader(Object[].class, rc.length)
              .asType(MethodType.methodType(Object.class, Object[].class)));
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new dev.numbat.errors.TypeError("record " + c.getName() + " cannot be taken apart and rebuilt "
              + "by a compiled function (" + e + "); make it public or pass its arrays in a List");
        }
      }
    };

    static Records of(Class<?> c) {
      return CACHE.get(c);
    }

    Object[] parts(Object r) {
      Object[] out = new Object[accessors.length];
      try {
        for (int i = 0; i < out.length; i++) {
          out[i] = accessors[i].invoke(r);
        }
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
      return out;
    }

    Object make(Object[] parts) {
      try {
        return constructor.invokeExact(parts);
      } catch (Throwable t) {
        throw new IllegalStateException("rebuilding a record: " + t, t);
      }
    }
  }
}
