package dev.numbat.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.ops.AddOp;
import dev.numbat.ops.SinOp;
import dev.numbat.ops.SumOp;
import dev.numbat.ops.TrueDivideOp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The dispatch point, the interpreter stack, abstract evaluation and tracer buffers. */
class DispatchTest {
  /** Logs each call it sees with a prefix, then runs it below (primitives) or expands it (composites). */
  static final class Logging implements Interpreter {
    final String tag;
    final List<String> log;

    Logging(String tag, List<String> log) {
      this.tag = tag;
      this.log = log;
    }

    @Override
    public Object process(Op op, Object[] args) {
      log.add(tag + ":" + op.name);
      return Dispatch.expand(op, args);
    }
  }

  @Test
  void innermostInterpreterSeesTheCallFirstAndPrimitivesRunBelowIt() {
    List<String> log = new ArrayList<>();
    Logging outer = new Logging("outer", log);
    Logging inner = new Logging("inner", log);
    Dispatch.push(outer);
    Dispatch.push(inner);
    try {
      NDArray r = Np.sin(Np.asarray(new double[] {0.0, 1.0}));
      assertEquals(Math.sin(1.0), (double) r.item(1), 0.0);
    } finally {
      Dispatch.pop(inner);
      Dispatch.pop(outer);
    }
    // sin's own conversion of its argument is not an op; asarray is one (a primitive), then sin
    assertEquals(List.of("inner:asarray", "outer:asarray", "inner:sin", "outer:sin"), log);
  }

  @Test
  void compositesExpandIntoTheOpsTheyCall() {
    List<String> log = new ArrayList<>();
    Logging it = new Logging("i", log);
    NDArray x = Np.asarray(new double[] {1, 2});
    Dispatch.push(it);
    try {
      TrueDivideOp.call(x, x);
    } finally {
      Dispatch.pop(it);
    }
    assertEquals(Op.Role.COMPOSITE, TrueDivideOp.OP.role);
    assertEquals(List.of("i:true_divide", "i:divide"), log);
  }

  @Test
  void popRemovesAnInterpreterWhereverItIs() {
    List<String> log = new ArrayList<>();
    Logging a = new Logging("a", log);
    Logging b = new Logging("b", log);
    Dispatch.push(a);
    Dispatch.push(b);
    assertTrue(Dispatch.pop(a));
    try {
      Np.negative(Np.asarray(new double[] {1}));
    } finally {
      assertTrue(Dispatch.pop(b));
    }
    assertEquals(false, Dispatch.pop(b));
    assertEquals(List.of("b:asarray", "b:negative"), log);
    assertEquals(0, Dispatch.visible().length);
  }

  @Test
  void aTapeOnOneThreadRecordsNothingOnAnother() throws Exception {
    NDArray x = Np.asarray(new double[] {0.5});
    AtomicReference<NDArray> other = new AtomicReference<>();
    try (GradientTape tape = new GradientTape(true)) {
      tape.watch(x);
      Thread t = new Thread(() -> other.set(Np.sin(x)));
      t.start();
      t.join();
      assertEquals(1, Dispatch.visible().length, "this thread sees its tape");
      NDArray y = Np.sin(x);
      assertEquals(Math.cos(0.5), (double) tape.gradient(y, x).item(), 1e-15);
      // the other thread's sin(x) was not recorded: no gradient flows through it
      assertEquals(null, tape.gradient(other.get(), x));
    }
  }

  @Test
  void ufuncAbstractEvaluationIsNumpysResolution() {
    AbstractValue i8 = new AbstractValue(DType.INT8, new int[] {3}, false);
    assertEquals(new AbstractValue(DType.FLOAT16, new int[] {3}, false), SinOp.OP.abstractEval(new Object[] {i8})[0]);
    AbstractValue f32 = new AbstractValue(DType.FLOAT32, new int[] {3, 1}, false);
    AbstractValue row = new AbstractValue(DType.FLOAT32, new int[] {4}, false);
    assertEquals(new AbstractValue(DType.FLOAT32, new int[] {3, 4}, false), AddOp.OP.abstractEval(new Object[] {f32, row})[0]);
    // a Java number is a weak scalar: float32 stays float32
    assertEquals(DType.FLOAT32, AddOp.OP.abstractEval(new Object[] {f32, 2.5})[0].dtype());
    AbstractValue bad = new AbstractValue(DType.FLOAT32, new int[] {2}, false);
    assertThrows(dev.numbat.errors.ValueError.class, () -> AddOp.OP.abstractEval(new Object[] {row, bad}));
  }

  @Test
  void defaultAbstractEvaluationOfAPrimitive() {
    AbstractValue x = new AbstractValue(DType.INT32, new int[] {2, 3}, false);
    AbstractValue r = SumOp.OP.abstractEval(new Object[] {x, new int[] {1}, false, null})[0];
    assertEquals(DType.INT64, r.dtype());
    assertArrayEquals(new int[] {2}, r.shape());
    AbstractValue reshaped = dev.numbat.ops.ReshapeOp.OP.abstractEval(new Object[] {x, new int[] {3, -1}, "C"})[0];
    assertArrayEquals(new int[] {3, 2}, reshaped.shape());
    assertThrows(ConcretizationError.class, () -> dev.numbat.ops.NonzeroOp.OP.abstractEval(new Object[] {x}));
  }

  @Test
  void aTracerHasNoValuesAndSaysSo() {
    NDArray t = NDArray.withBuffer(new AbstractValue(DType.FLOAT32, new int[] {3}, false), Buffer.none("greater"));
    assertEquals("none", t.bufferKind());
    assertEquals("Traced<float32[3]>", t.toString());
    assertArrayEquals(new int[] {3}, t.shape());
    ConcretizationError e = assertThrows(ConcretizationError.class, t::toFloatArray);
    assertTrue(e.getMessage().contains("greater") && e.getMessage().contains("Np.cond"), e.getMessage());
    assertEquals("TypeError", e.pythonType());
    assertThrows(ConcretizationError.class, () -> Np.sin(t));
    assertEquals("heap", Np.zeros(2).bufferKind());
  }
}
