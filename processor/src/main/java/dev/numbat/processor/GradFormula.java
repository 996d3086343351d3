package dev.numbat.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * One gradient formula of a spec's {@code grad:} key, parsed: a call tree over op names, helper
 * methods, variables and number literals. Grammar:
 * <pre>
 * expr := NAME '(' [expr (',' expr)*] ')'     an op of the specs (snake_case, may be dotted: linalg.inv)
 *       | Class.method '(' ... ')'            a helper: public static method in dev.numbat.autodiff.Class
 *       | NAME                                a variable: g, result, or a parameter of the op
 *       | ['-'] NUMBER | true | false | None
 * </pre>
 * Syntax errors name the spec file and line ({@link SpecException}); names are checked by
 * {@link GradRules} against the specs and helpers.
 */
public final class GradFormula {
  /** A node of the formula. */
  public sealed interface Expr permits Call, Var, Literal {}

  /** {@code name(args)}: {@code helper} when name is {@code Class.method}. */
  public record Call(String name, boolean helper, List<Expr> args) implements Expr {}

  public record Var(String name) implements Expr {}

  /** A Java literal as written: {@code 2}, {@code 0.5}, {@code -1}, {@code true}, {@code null}. */
  public record Literal(String java) implements Expr {}

  private final String text;
  private final String file;
  private final int line;
  private int pos;

  private GradFormula(String text, String file, int line) {
    this.text = text;
    this.file = file;
    this.line = line;
  }

  public static Expr parse(String text, String file, int line) {
    GradFormula p = new GradFormula(text, file, line);
    Expr e = p.expr();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("unexpected '" + text.substring(p.pos) + "'");
    }
    return e;
  }

  private Expr expr() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("expression expected");
    }
    char c = text.charAt(pos);
    if (c == '-' || Character.isDigit(c) || c == '.') {
      int start = pos++;
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
          || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
        pos++;
      }
      String num = text.substring(start, pos);
      if (!num.matches("-?(\\d+|\\d*\\.\\d+|\\d+\\.\\d*)([eE][-+]?\\d+)?")) {
        throw error("'" + num + "' is not a number");
      }
      return new Literal(num);
    }
    if (!Character.isLetter(c) && c != '_') {
      throw error("unexpected '" + c + "'");
    }
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
        || text.charAt(pos) == '.')) {
      pos++;
    }
    String name = text.substring(start, pos);
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == '(') {
      pos++;
      List<Expr> args = new ArrayList<>();
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == ')') {
        pos++;
      } else {
        while (true) {
          args.add(expr());
          skipSpace();
          if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
          } else if (pos < text.length() && text.charAt(pos) == ')') {
            pos++;
            break;
          } else {
            throw error("',' or ')' expected after an argument of " + name + "(");
          }
        }
      }
      return new Call(name, Character.isUpperCase(name.charAt(0)), List.copyOf(args));
    }
    return switch (name) {
      case "true", "false" -> new Literal(name);
      case "None" -> new Literal("null");
      default -> {
        if (name.contains(".")) {
          throw error("'" + name + "' is not a variable (a call needs parentheses)");
        }
        yield new Var(name);
      }
    };
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private SpecException error(String message) {
    return new SpecException(file, line, "grad formula \"" + text + "\": " + message);
  }
}
