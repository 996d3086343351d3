package dev.numbat.indexing;

import dev.numbat.errors.ValueError;
import java.util.ArrayList;
import java.util.List;

/**
 * The string form of an index, NumPy's subscript syntax: {@code "1, newaxis, 1:3, ..."},
 * {@code "::-1, None"}, {@code "[0, 2], (True, False, True)"}. Items: integers, slices
 * {@code start:stop:step} (any part may be empty, {@code None} or {@code {}}), {@code ...},
 * {@code None} / {@code newaxis} / {@code np.newaxis}, {@code True} / {@code False}, list or
 * tuple literals of integers or booleans (index arrays, nested for more dimensions), and
 * {@code {}} placeholders taking the next argument (an NDArray, Java array, List, number or
 * {@link Slice}). The result is the typed index {@code NDArray.get(Object...)} takes.
 */
public final class IndexParser {
  private final String text;
  private final Object[] args;
  private int pos;
  private int nextArg;

  private IndexParser(String text, Object[] args) {
    this.text = text;
    this.args = args;
  }

  /** The typed index components of {@code text}, with {@code {}} filled from {@code args} in order. */
  public static Object[] parse(String text, Object... args) {
    IndexParser p = new IndexParser(text, args == null ? new Object[] {null} : args);
    List<Object> items = p.items();
    if (p.nextArg != p.args.length) {
      throw new ValueError("index '" + text + "' has " + p.nextArg + " '{}' placeholder(s) but "
          + p.args.length + " argument(s) were given");
    }
    return items.toArray();
  }

  private List<Object> items() {
    List<Object> out = new ArrayList<>();
    skipSpace();
    if (pos == text.length()) {
      return out;
    }
    // x[(1, 2)] is x[1, 2] in Python: a whole index in parentheses is the tuple itself.
    if (peek() == '(' && matchingParen(pos) == text.length() - 1) {
      IndexParser inner = new IndexParser(text.substring(pos + 1, text.length() - 1), args);
      List<Object> r = inner.items();
      nextArg = inner.nextArg;
      return r;
    }
    while (true) {
      out.add(item());
      skipSpace();
      if (pos == text.length()) {
        return out;
      }
      expect(',');
      skipSpace();
      if (pos == text.length()) {
        return out;
      }
    }
  }

  private int matchingParen(int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (--depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private Object item() {
    skipSpace();
    if (text.startsWith("...", pos)) {
      pos += 3;
      return Ellipsis.INSTANCE;
    }
    char c = peek();
    if (c == '[' || c == '(') {
      return sequence();
    }
    Object first = sliceBound();
    skipSpace();
    if (pos < text.length() && peek() == ':') {
      pos++;
      Object stop = sliceBound();
      Object step = null;
      skipSpace();
      if (pos < text.length() && peek() == ':') {
        pos++;
        step = sliceBound();
      }
      return new Slice(bound(first), bound(stop), bound(step));
    }
    if (first == null) {
      if (wasNone) {
        wasNone = false;
        return NewAxis.INSTANCE;
      }
      throw syntax("an index item");
    }
    return first;
  }

  private boolean wasNone;

  /** An integer, a boolean, None/newaxis (null with {@link #wasNone}), a placeholder's argument, or null if empty. */
  private Object sliceBound() {
    skipSpace();
    wasNone = false;
    if (pos == text.length()) {
      return null;
    }
    char c = peek();
    if (c == '{') {
      expect('{');
      skipSpace();
      expect('}');
      if (nextArg >= args.length) {
        throw new ValueError("index '" + text + "' has more '{}' placeholders than the " + args.length
            + " argument(s) given");
      }
      Object a = args[nextArg++];
      if (a == null) {
        wasNone = true;
      }
      return a;
    }
    if (c == '-' || c == '+' || Character.isDigit(c)) {
      return integer();
    }
    if (Character.isLetter(c) || c == '_') {
      int s = pos;
      while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.')) {
        pos++;
      }
      String w = text.substring(s, pos);
      switch (w) {
        case "None", "newaxis", "np.newaxis", "numpy.newaxis" -> {
          wasNone = true;
          return null;
        }
        case "True" -> {
          return Boolean.TRUE;
        }
        case "False" -> {
          return Boolean.FALSE;
        }
        case "Ellipsis" -> {
          return Ellipsis.INSTANCE;
        }
        default -> {
          pos = s;
          throw syntax("an index item");
        }
      }
    }
    return null;
  }

  private Integer bound(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      long v = ((Number) o).longValue();
      // Python clips huge slice bounds to the axis anyway; an int-sized stand-in keeps that.
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }
    throw new dev.numbat.errors.TypeError("slice indices must be integers or None or have an __index__ method");
  }

  private Long integer() {
    int s = pos;
    if (peek() == '-' || peek() == '+') {
      pos++;
      skipSpace();
    }
    int d = pos;
    while (pos < text.length() && (Character.isDigit(peek()) || peek() == '_')) {
      pos++;
    }
    if (d == pos) {
      pos = s;
      throw syntax("an integer");
    }
    String digits = text.substring(d, pos).replace("_", "");
    try {
      long v = Long.parseLong(digits);
      return text.charAt(s) == '-' ? -v : v;
    } catch (NumberFormatException e) {
      throw new dev.numbat.errors.IndexError("index " + text.substring(s, pos) + " is too large for a 64-bit index");
    }
  }

  /** A list or tuple literal of integers/booleans (nested for more dimensions), as a java.util.List. */
  private List<Object> sequence() {
    char open = peek();
    char close = open == '[' ? ']' : ')';
    pos++;
    List<Object> out = new ArrayList<>();
    skipSpace();
    while (peek() != close) {
      char c = peek();
      if (c == '[' || c == '(') {
        out.add(sequence());
      } else {
        Object v = sliceBound();
        if (v == null) {
          throw syntax("an integer or boolean");
        }
        out.add(v);
      }
      skipSpace();
      if (peek() == ',') {
        pos++;
        skipSpace();
      } else if (peek() != close) {
        throw syntax("',' or '" + close + "'");
      }
    }
    pos++;
    return out;
  }

  private char peek() {
    if (pos >= text.length()) {
      throw syntax("more input");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw syntax("'" + c + "'");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private ValueError syntax(String wanted) {
    return new ValueError("invalid index '" + text + "': expected " + wanted + " at position " + pos);
  }
}
