package dev.numbat.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A printed table: a header row and rows of cells, each column as wide as its widest cell. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) { rows.add(header); }

  Table row(String... cells) {
    rows.add(cells);
    return this;
  }

  void print() {
    int cols = rows.get(0).length;
    int[] w = new int[cols];
    for (String[] r : rows) {
      for (int c = 0; c < cols; c++) {
        w[c] = Math.max(w[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        b.append(c == 0 ? String.format("%-" + w[c] + "s", r[c]) : String.format("  %" + w[c] + "s", r[c]));
      }
      System.out.println(b.toString().stripTrailing());
    }
  }

  /** Seconds as ns/us/ms; "-" for NaN (not measured). */
  static String time(double seconds) {
    if (Double.isNaN(seconds)) {
      return "-";
    }
    if (seconds < 1e-6) {
      return String.format("%.0f ns", seconds * 1e9);
    }
    if (seconds < 1e-3) {
      return String.format("%.2f us", seconds * 1e6);
    }
    return String.format("%.3f ms", seconds * 1e3);
  }

  /** A JMH score with its error as a percentage of it. */
  static String time(Jmh.Score s) {
    if (s == null) {
      return "-";
    }
    return time(s.seconds()) + String.format(" ±%.0f%%", 100 * s.error() / s.seconds());
  }

  /** theirs / ours as "1.23x" (> 1: ours is faster); "-" when either is missing. */
  static String ratio(double theirs, double ours) {
    return Double.isNaN(theirs) || Double.isNaN(ours) ? "-" : String.format("%.2fx", theirs / ours);
  }

  static String bytes(Jmh.Score s) {
    if (s == null || Double.isNaN(s.bytesPerCall())) {
      return "-";
    }
    double b = s.bytesPerCall();
    return b < 10_000 ? String.format("%.0f B", b) : b < 1e7 ? String.format("%.0f KB", b / 1024)
        : String.format("%.0f MB", b / 1048576);
  }

  /** One line of a checklist: "[x] what (measured)" or "[ ] ...". */
  static void check(boolean holds, String what, String measured) {
    System.out.println((holds ? "  [x] " : "  [ ] ") + what + "  (" + measured + ")");
  }
}
