#!/usr/bin/env python3
"""Differential fuzzer: random small programs run under minipy and under CPython (python3).

Usage: scripts/difffuzz.py [SECONDS] [SEED] [--minipy PATH] [--only N] [--show N] [--jobs J]

Program N of seed S is generated from random.Random(f"{S}:{N}") alone, so
`--show N` prints it again and `--only N` reruns it. Every program is a fixed prelude
(helpers), a setup chunk, then 15-40 statement chunks; each chunk prints its results
with a `sK` label and catches its own exception (printing the type name and message),
so one failure does not hide the rest. stdout and the exit status are compared after
scrubbing `at 0x...` addresses. Every disagreement and every minipy crash (exit status
101 or 134, a signal, or a hang) is stored in fuzz/difffuzz/ as NAME.py (reduced to the
chunks that matter) plus NAME.txt (both outputs, the original program). The generator
avoids constructs listed in docs/differences.md (set order, str/bytes hashes, ids,
yield in expressions, subclassing builtins, complex, exec/eval, match), and sizes
between "small" and "impossible" (CPython and minipy both refuse 2**62 bytes, but a
few GiB would just be slow or hit the machine's memory).
"""

import argparse
import os
import random
import re
import resource
import struct
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "fuzz", "difffuzz")

PRELUDE = r'''import struct
import array
import math
import sys


def show(v):
    t = type(v)
    if t is memoryview:
        try:
            return 'mv(%s, %r, %r, %r)' % (v.format, v.shape, v.readonly, v.tolist())
        except Exception as e:
            return 'mv<%s: %s>' % (type(e).__name__, e)
    if t is list or t is tuple:
        return t.__name__ + '[' + ', '.join([show(x) for x in v]) + ']'
    if t is array.array:
        return 'array(%r, %r)' % (v.typecode, v.tolist())
    return repr(v)


def ctx(e):
    c = e.__context__
    k = e.__cause__
    return '[ctx=%s cause=%s sup=%s]' % (
        type(c).__name__ if c is not None else None,
        type(k).__name__ if k is not None else None,
        e.__suppress_context__)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class MyErr(Exception):
    pass


class CM:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t is not None else None, v)
        if self.fail is not None:
            raise self.fail
        return self.suppress

'''

# ---------------------------------------------------------------------------------------
# Operand pools
# ---------------------------------------------------------------------------------------

IDX = ["None", "0", "1", "-1", "2", "-2", "3", "-3", "5", "-7", "9", "100", "2**63", "-2**63",
       "2**63-1", "-2**63-1", "2**64", "-2**64", "10**20", "-10**20", "True", "False",
       "Idx(2)", "Idx(-1)", "Idx(2**63)"]
IDX_BAD = ["1.5", "'a'", "b'1'", "[1]"]
SMALL_IDX = ["0", "1", "-1", "2", "-2", "3", "4", "-5", "7", "10", "None"]
INTS = ["0", "1", "-1", "2", "-2", "3", "7", "-7", "10", "255", "256", "-256", "1000",
        "2**31", "-2**31", "2**31-1", "2**32", "2**63", "-2**63", "2**63-1", "-2**63-1",
        "2**64", "-2**64", "2**64-1", "10**20", "-10**20", "12345678901234567890123",
        "True", "False", "0x7f", "-0b101"]
FLOATS = ["0.0", "-0.0", "0.5", "-1.5", "2.5", "1e308", "-1e308", "1e-308", "5e-324",
          "1e16", "0.1", "3.14159", "float('inf')", "float('-inf')", "float('nan')",
          "1e300", "123456789.123", "-7.25", "2.0**53", "1e22", "9007199254740993.0",
          "1.7976931348623157e308", "2.0**63", "-2.0**63", "2.0**64", "0.30000000000000004"]
BYTES_LITS = ["b''", "b'a'", "b'abc'", "b'hello world'", "b'\\x00\\xff\\x80'", "b'  spaced  '",
              "b'a,b,,c'", "b'\\tx\\ty'", "b'AbC dEf'", "bytes(range(16))", "b'xyzzy'",
              "b'line1\\nline2\\r\\nx'", "b'\\xe2\\x82\\xac!'", "b'12345678'", "b'aaaa'"]
SUB_LITS = ["b''", "b'a'", "b'b'", "b'ab'", "b' '", "b','", "b'l'", "b'xyz'", "b'\\x00'",
            "b'o w'", "bytearray(b'a')", "memoryview(b'l')"]
STR_LITS = ["''", "'a'", "'abc'", "'hello world'", "'h\\xe9llo'", "'\\u65e5\\u672c\\u8a9e'",
            "'a,b,,c'", "'  pad  '", "'\\tx\\ty'", "'AbC dEf'", "('x' * 10)", "'\\U0001f600ok'",
            "'line1\\nline2'"]
STR_SUBS = ["''", "'a'", "'b'", "'l'", "'o w'", "','", "' '", "'\\xe9'", "'xyz'", "'ll'"]
ENCODINGS = ["'utf-8'", "'ascii'", "'latin-1'", "'utf8'"]
ERRORS = ["'strict'", "'replace'", "'ignore'", "'backslashreplace'"]
FMT_CODES = "xcbB?hHiIlLqQnNefdspP"
CAST_FMTS = ["'B'", "'b'", "'c'", "'h'", "'H'", "'i'", "'I'", "'l'", "'L'", "'q'", "'Q'",
             "'f'", "'d'", "'?'", "'n'", "'N'", "'P'", "'e'", "'<i'", "'@B'", "'x'", "'2B'",
             "'s'", "b'B'"]
ARRAY_CODES = "bBhHiIlLqQfd"

INT_RANGES = {
    "b": (-128, 127), "B": (0, 255), "h": (-2**15, 2**15 - 1), "H": (0, 2**16 - 1),
    "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1), "l": (-2**63, 2**63 - 1),
    "L": (0, 2**64 - 1), "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1),
    "n": (-2**63, 2**63 - 1), "N": (0, 2**64 - 1), "P": (0, 2**64 - 1),
}
STD_INT_RANGES = dict(INT_RANGES, l=(-2**31, 2**31 - 1), L=(0, 2**32 - 1))


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.k = 0  # chunk label

    # --- small helpers -----------------------------------------------------------------
    def c(self, xs):
        return self.r.choice(xs)

    def p(self, prob):
        return self.r.random() < prob

    def idx(self):
        if self.p(0.03):
            return self.c(IDX_BAD)
        if self.p(0.5):
            return self.c(SMALL_IDX)
        return self.c(IDX)

    def int_(self):
        if self.p(0.3):
            return str(self.r.randint(-300, 300))
        if self.p(0.1):
            return str(self.r.getrandbits(self.r.choice([8, 32, 62, 64, 65, 100, 200])))
        return self.c(INTS)

    def float_(self):
        if self.p(0.2):
            return repr(round(self.r.uniform(-1000, 1000), self.r.randint(0, 6)))
        return self.c(FLOATS)

    def num(self):
        return self.int_() if self.p(0.6) else self.float_()

    def bytes_lit(self):
        if self.p(0.15):
            n = self.r.randint(0, 12)
            return repr(bytes(self.r.getrandbits(8) for _ in range(n)))
        return self.c(BYTES_LITS)

    def byteslike(self):
        """An expression for a bytes-like object (variables or fresh)."""
        return self.c(["bs", "ba", "ba2", "mv", "mb", self.bytes_lit(),
                       "bytearray(%s)" % self.bytes_lit(), "memoryview(%s)" % self.bytes_lit(),
                       "ba[1:]", "mv[::2]", "bytes(ba)"])

    def sub(self):
        if self.p(0.1):
            return self.c(["0", "97", "108", "255", "256", "-1", "2**63", "Idx(97)", "'a'"])
        return self.c(SUB_LITS)

    def width(self):
        return self.c(["0", "1", "-1", "5", "12", "20", "2**63", "-2**63", "2**64",
                       "10**20", "Idx(8)", "True", "2**62"])

    # --- chunk builders ----------------------------------------------------------------
    def wrap(self, body_lines, chained=False):
        k = self.k
        self.k += 1
        lines = ["try:"]
        for ln in body_lines:
            lines.append("    " + ln.replace("@K", "s%d" % k))
        lines.append("except Exception as e:")
        if chained:
            lines.append("    print('s%d!', type(e).__name__, e, ctx(e))" % k)
        else:
            lines.append("    print('s%d!', type(e).__name__, e)" % k)
        return "\n".join(lines) + "\n"

    def expr_chunk(self, *exprs):
        return self.wrap(["print('@K', %s)" % ", ".join("show(%s)" % e for e in exprs)])

    def stmt_chunk(self, stmt, *after):
        return self.wrap([stmt] + ["print('@K', %s)" % ", ".join("show(%s)" % e for e in after)])

    # --- numbers -----------------------------------------------------------------------
    def arith(self):
        r = self
        op = r.c(["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
                  "<", "<=", "==", "!=", ">", ">="])
        a = r.num()
        b = r.num()
        if op in ("&", "|", "^", "<<", ">>") and r.p(0.8):
            a, b = r.int_(), r.int_()
        if op == "**":
            if a in ("0", "1", "-1", "0.5", "-1.5", "True", "False"):
                b = r.num()
            else:
                b = r.c([str(r.r.randint(-4, 70)), "0.5", "-0.5", "2.0", "-1", "0", "3",
                         r.float_() if a in FLOATS or "." in a or "e" in a else "2"])
        if op == "<<":
            if a in ("0", "False") or r.p(0.05):
                b = r.c(["2**63", "2**64", "-1", "10**20", "0", "5"]) if a in ("0", "False") else "-1"
            else:
                b = str(r.r.randint(0, 140))
        e = "(%s) %s (%s)" % (a, op, b)
        kind = r.r.randint(0, 9)
        if kind == 0:
            return r.expr_chunk("divmod(%s, %s)" % (a, b))
        if kind == 1:
            m = r.c(["0", "1", "-1", "7", "10**9+7", "2**64", "-5", "3.0"])
            x = r.c(INTS[:12] + ["-3", "2**63"])
            return r.expr_chunk("pow(%s, %s, %s)" % (r.int_(), x, m))
        if kind == 2:
            u = r.c(["-", "+", "~", "abs", "int", "float", "round", "math.floor", "math.ceil",
                     "math.trunc", "bool", "str", "hex", "oct", "bin", "math.sqrt", "math.fabs",
                     "math.isqrt", "math.log2", "math.log10", "math.exp", "math.isfinite",
                     "math.frexp", "math.modf", "math.factorial"])
            x = r.num() if u != "math.factorial" else r.c(["0", "5", "20", "-1", "2.0", "2.5", "70"])
            if u in "-+~":
                return r.expr_chunk("%s(%s)" % (u, x))
            return r.expr_chunk("%s(%s)" % (u, x))
        if kind == 3:
            x = r.num()
            n = r.c(["0", "1", "2", "-1", "-2", "3", "-3", "None", "10", "-400", "2**63", "400"])
            return r.expr_chunk("round(%s, %s)" % (x, n))
        if kind == 4:
            x = r.int_()
            meth = r.c([
                "(%s).bit_length()" % x,
                "(%s).to_bytes(%s, %s)" % (x, r.c(["0", "1", "2", "8", "9", "16", "-1"]), r.c(["'big'", "'little'"])),
                "(%s).to_bytes(%s, %s, signed=True)" % (x, r.c(["1", "2", "8", "9"]), r.c(["'big'", "'little'"])),
                "int.from_bytes(%s, %s, signed=%s)" % (r.bytes_lit(), r.c(["'big'", "'little'"]), r.c(["True", "False"])),
                "(%s).as_integer_ratio()" % r.float_(),
                "(%s).is_integer()" % r.float_(),
                "float.hex(%s)" % r.float_(),
                "math.gcd(%s, %s)" % (x, r.int_()),
                "math.copysign(%s, %s)" % (r.num(), r.num()),
                "math.fmod(%s, %s)" % (r.num(), r.num()),
                "math.ldexp(%s, %s)" % (r.float_(), r.c(["0", "1", "-1", "1024", "-1080", "2**63", "-2**63"])),
                "math.hypot(%s, %s)" % (r.num(), r.num()),
                "math.log(%s, %s)" % (r.num(), r.c(["2", "10", "0.5", "1", "0"])),
                "math.comb(%s, %s)" % (r.c(["10", "0", "-1", "60", "5"]), r.c(["3", "0", "11", "-2"])),
                "int(%s)" % r.c(["'12'", "' -7 '", "'0x1f'", "'1_000'", "'1e3'", "'9' * 30", "'+0'", "''"]),
                "int(%s, %s)" % (r.c(["'ff'", "'0x1f'", "'z'", "'101'", "'0b11'", "'-10'"]), r.c(["16", "0", "2", "36", "1", "37"])),
                "float(%s)" % r.c(["'1e500'", "'-inf'", "'nan'", "' 2.5 '", "'1_0.5'", "'0x10'", "'infinity'", "x", "'1e-400'"]).replace("x", x),
            ])
            return r.expr_chunk(meth)
        if kind == 5:
            spec = r.c(["'.3f'", "'e'", "'.2e'", "'g'", "'.10g'", "','", "'_'", "'#x'", "'b'",
                        "'08.2f'", "'>10'", "'<+8'", "'^9'", "'%'", "'.0f'", "'x'", "'d'", "'n'",
                        "''", "'.1'", "'#o'", "'_b'", "'+.3e'", "'010d'", "'.20f'"])
            return r.expr_chunk("format(%s, %s)" % (r.num(), spec))
        if kind == 6:
            return r.expr_chunk("%s %% (%s,)" % (r.c(["'%d'", "'%x'", "'%5.2f'", "'%e'", "'%r'", "'%o'", "'%g'", "'%c'", "'%-6d|'", "'%+.3g'"]), r.num()))
        return r.expr_chunk(e)

    # --- bytes, bytearray -------------------------------------------------------------
    def bytes_method(self):
        r = self
        o = r.byteslike() if r.p(0.7) else r.c(["bs", "ba", r.bytes_lit()])
        if o.startswith("m"):  # memoryview has no bytes methods: use the bytes of it
            o = r.c(["bytes(%s)" % o, "bytearray(%s)" % o])
        m = r.c(["find", "rfind", "index", "rindex", "count", "startswith", "endswith",
                 "split", "rsplit", "join", "replace", "strip", "lstrip", "rstrip", "center",
                 "ljust", "rjust", "zfill", "expandtabs", "hex", "fromhex", "upper", "lower",
                 "swapcase", "title", "capitalize", "isalnum", "isalpha", "isdigit", "islower",
                 "isupper", "isspace", "istitle", "isascii", "partition", "rpartition",
                 "removeprefix", "removesuffix", "decode", "splitlines", "translate", "mul",
                 "concat", "contains", "cmp", "ctor", "percent", "maketrans"])
        if m in ("find", "rfind", "index", "rindex", "count"):
            args = [r.sub()] + [r.idx() for _ in range(r.r.randint(0, 2))]
            return r.expr_chunk("%s.%s(%s)" % (o, m, ", ".join(args)))
        if m in ("startswith", "endswith"):
            s = r.sub() if r.p(0.7) else "(%s, %s)" % (r.sub(), r.sub())
            args = [s] + [r.idx() for _ in range(r.r.randint(0, 2))]
            return r.expr_chunk("%s.%s(%s)" % (o, m, ", ".join(args)))
        if m in ("split", "rsplit"):
            args = []
            if r.p(0.7):
                args.append(r.c(["None", "b','", "b' '", "b''", "b'l'", "b'ab'", "sep=b','", "' '"]))
                if r.p(0.6):
                    args.append(r.c(["maxsplit=", ""]) + r.idx())
            return r.expr_chunk("%s.%s(%s)" % (o, m, ", ".join(args)))
        if m == "join":
            items = ", ".join(r.c(SUB_LITS + ["1", "'s'", "ba"]) for _ in range(r.r.randint(0, 3)))
            return r.expr_chunk("%s.join([%s])" % (o, items))
        if m == "replace":
            args = [r.c(SUB_LITS[:9]), r.c(SUB_LITS[:9])]
            if r.p(0.5):
                args.append(r.idx())
            return r.expr_chunk("%s.replace(%s)" % (o, ", ".join(args)))
        if m in ("strip", "lstrip", "rstrip"):
            a = r.c(["", "None", "b' '", "b'ad'", "b'\\x00'", "bytearray(b'h')", "'x'"])
            return r.expr_chunk("%s.%s(%s)" % (o, m, a))
        if m in ("center", "ljust", "rjust"):
            args = [r.width()]
            if r.p(0.5):
                args.append(r.c(["b'*'", "b'ab'", "bytearray(b'-')", "'*'", "b''"]))
            return r.expr_chunk("%s.%s(%s)" % (o, m, ", ".join(args)))
        if m == "zfill":
            return r.expr_chunk("%s.zfill(%s)" % (o, r.width()))
        if m == "expandtabs":
            return r.expr_chunk("%s.expandtabs(%s)" % (o, r.c(["", "0", "1", "4", "-3", "8", "2**31", "2**63", "tabsize=3"])))
        if m == "hex":
            args = []
            if r.p(0.6):
                args.append(r.c(["':'", "b'-'", "''", "'ab'", "' '", "'\\xe9'"]))
                if r.p(0.6):
                    args.append(r.c(["1", "2", "-2", "3", "0", "-1", "2**63", "-2**63", "100"]))
            return r.expr_chunk("%s.hex(%s)" % (o, ", ".join(args)))
        if m == "fromhex":
            return r.expr_chunk("%s.fromhex(%s)" % (r.c(["bytes", "bytearray"]), r.c(["'00ff'", "'0 0'", "'a b c d'", "''", "'zz'", "' 01 02 '", "'1'", "b'00'", "'\\xe9'"])))
        if m in ("partition", "rpartition", "removeprefix", "removesuffix"):
            return r.expr_chunk("%s.%s(%s)" % (o, m, r.sub()))
        if m == "decode":
            args = []
            if r.p(0.7):
                args.append(r.c(ENCODINGS))
                if r.p(0.5):
                    args.append(r.c(ERRORS))
            return r.expr_chunk("%s.decode(%s)" % (o, ", ".join(args)))
        if m == "splitlines":
            return r.expr_chunk("%s.splitlines(%s)" % (o, r.c(["", "True", "keepends=True", "False"])))
        if m == "translate":
            return r.expr_chunk("%s.translate(%s)" % (o, r.c(["None", "None, b'l'", "bytes.maketrans(b'abc', b'xyz')", "b'x'", "bytes(range(256)), b'a'"])))
        if m == "maketrans":
            return r.expr_chunk("bytes.maketrans(%s, %s)[97:100]" % (r.c(SUB_LITS[:6]), r.c(SUB_LITS[:6])))
        if m == "mul":
            n = r.c(["0", "1", "-1", "3", "True", "2**63", "-2**63", "2**62", "10**20", "Idx(2)", "1.5"])
            return r.expr_chunk(r.c(["%s * %s", "%s * %s"]) % ((o, n) if r.p(0.5) else (n, o)))
        if m == "concat":
            return r.expr_chunk("%s + %s" % (o, r.c([r.byteslike(), "'s'", "[1]", "mv", "bytearray(b'z')"])))
        if m == "contains":
            return r.expr_chunk("%s in %s" % (r.sub(), o))
        if m == "cmp":
            op = r.c(["==", "!=", "<", "<=", ">", ">="])
            return r.expr_chunk("%s %s %s" % (o, op, r.byteslike()))
        if m == "ctor":
            return r.expr_chunk("%s(%s)" % (r.c(["bytes", "bytearray"]), r.c([
                "0", "3", "-1", "2**63", "2**62", "Idx(2)", "[1, 2, 255]", "[256]", "[-1]",
                "'abc'", "'abc', 'ascii'", "'h\\xe9', 'latin-1'", "'h\\xe9', 'ascii'",
                "'h\\xe9', 'ascii', 'replace'", "range(5)", "(x for x in b'ab')", "mv", "ba",
                "None", "1.5", "[Idx(3)]", "b'x', 'utf-8'", "array.array('h', [1, -2])"])))
        if m == "percent":
            fmt = r.c(["b'%d'", "b'%s'", "b'%r'", "b'%x|%5d'", "b'%c'", "b'%a'", "b'%b'", "b'%%'", "b'%05.1f'"])
            arg = r.c(["1", "b'xy'", "(1, 2)", "'s'", "255", "256", "bytearray(b'q')", "3.5", "mv"])
            return r.expr_chunk("%s %% %s" % (fmt, arg))
        return r.expr_chunk("%s.%s()" % (o, m))

    def bytes_index(self):
        r = self
        o = r.byteslike() if r.p(0.6) else r.c(["lst", "tp", "s", "rg", r.c(STR_LITS)])
        if r.p(0.25):
            return r.expr_chunk("%s[%s]" % (o, r.idx()))
        if r.p(0.1):
            return r.expr_chunk("%s[slice(%s, %s, %s)]" % (o, r.idx(), r.idx(), r.idx()))
        parts = [r.idx() if r.p(0.7) else "" for _ in range(2)]
        if r.p(0.6):
            step = r.idx() if r.p(0.8) else "0"
            return r.expr_chunk("%s[%s:%s:%s]" % (o, parts[0].replace("None", ""), parts[1], step))
        return r.expr_chunk("%s[%s:%s]" % (o, parts[0], parts[1]))

    def bytearray_mut(self):
        r = self
        t = r.c(["ba", "ba", "ba2", "lst"])
        val = r.c(["0", "65", "255", "256", "-1", "2**63", "Idx(66)", "b'x'", "True"])
        seqval = r.c(["b''", "b'XY'", "b'PQRSTUVW'", "[1, 2, 3]", "bytearray(b'zz')", "ba",
                      "memoryview(b'mm')", "mv", "mv[::2]", "range(3)", "'str'", "5", "(x for x in b'gen')",
                      "array.array('B', [7, 8])", "array.array('h', [1])", "tp", "ba[::-1]"])
        ops = [
            ("%s[%s] = %s" % (t, r.idx(), val), t),
            ("%s[%s:%s] = %s" % (t, r.idx(), r.idx(), seqval), t),
            ("%s[%s:%s:%s] = %s" % (t, r.idx(), r.idx(), r.idx(), seqval), t),
            ("del %s[%s]" % (t, r.idx()), t),
            ("del %s[%s:%s:%s]" % (t, r.idx(), r.idx(), r.idx()), t),
            ("%s.append(%s)" % (t, val), t),
            ("%s.extend(%s)" % (t, seqval), t),
            ("%s.insert(%s, %s)" % (t, r.idx(), val), t),
            ("x = %s.pop(%s)" % (t, r.c(["", r.idx()])), "x, %s" % t),
            ("%s.remove(%s)" % (t, val), t),
            ("%s.reverse()" % t, t),
            ("%s += %s" % (t, seqval), t),
            ("%s *= %s" % (t, r.c(["0", "1", "2", "-1", "2**63", "2**62", "Idx(2)"])), t),
            ("%s.clear()" % t, t),
            ("x = %s.copy()" % t, "x, %s" % t),
        ]
        stmt, after = r.c(ops)
        return r.stmt_chunk(stmt, *after.split(", "))

    # --- memoryview --------------------------------------------------------------------
    def memview(self):
        r = self
        src = r.c(["ba", "ba2", "bs", r.bytes_lit(), "bytearray(%s)" % r.bytes_lit(),
                   "array.array(%r, [%s])" % (r.c(ARRAY_CODES), ", ".join(str(r.r.randint(0, 100)) for _ in range(r.r.randint(0, 5)))),
                   "mv", "mb", "mv[1:]", "mv[::2]", "mv[::-1]"])
        kind = r.r.randint(0, 13)
        if kind == 0:
            return r.stmt_chunk("mv = memoryview(%s)" % src, "mv")
        if kind == 1:
            shape = r.c(["", ", [2, 3]", ", [0]", ", []", ", (2, 2)", ", [2**63]", ", [-1]", ", [3, 0]", ", shape=[1]", ", [1, 1, 1, 1]", ", [%d]" % r.r.randint(1, 8)])
            return r.stmt_chunk("mv = memoryview(%s).cast(%s%s)" % (src, r.c(CAST_FMTS), shape), "mv", "mv.nbytes", "mv.strides")
        if kind == 2:
            return r.expr_chunk(r.c(["mv", "mb"]) + "." + r.c(["tolist()", "tobytes()", "hex()", "tobytes('A')", "tobytes('F')", "tobytes(None)", "nbytes", "itemsize", "format", "ndim", "shape", "strides", "readonly", "contiguous", "c_contiguous", "f_contiguous", "suboffsets", "hex(':', 2)", "toreadonly()"]))
        if kind == 3:
            return r.stmt_chunk("mv.release()", "mv")
        if kind == 4:
            v = r.c(["0", "65", "255", "256", "-1", "b'x'", "1.5", "2**63", "True", "Idx(3)"])
            return r.stmt_chunk("mv[%s] = %s" % (r.idx(), v), "mv", "ba")
        if kind == 5:
            v = r.c(["b'ab'", "b''", "bytearray(b'QRS')", "mv[:2]", "memoryview(b'zz')", "b'12345678'", "[1, 2]", "mv"])
            return r.stmt_chunk("mv[%s:%s:%s] = %s" % (r.idx(), r.idx(), r.idx(), v), "mv", "ba")
        if kind == 6:
            return r.expr_chunk("%s %s %s" % (r.c(["mv", "mb"]), r.c(["==", "!="]), r.byteslike()))
        if kind == 7:
            return r.wrap([
                "with memoryview(%s) as m2:" % src,
                "    print('@K', show(m2), show(m2[%s]))" % r.idx(),
                "print('@K', show(m2))",
            ])
        if kind == 8:
            # Exports block resizing.
            return r.stmt_chunk("mv = memoryview(ba); %s" % r.c(["ba.append(1)", "ba.clear()", "ba += b'x'", "del ba[0]", "ba[0:1] = b''", "ba *= 2", "ba[0] = 1", "ba.extend(b'')", "ba[0:2] = b'yz'"]), "ba", "mv")
        if kind == 9:
            return r.expr_chunk("memoryview(%s)[%s]" % (r.c(["ba", "bs", "bytearray(%s)" % r.bytes_lit(), "b'abcdefgh'"]), r.c([
                "%s, %s" % (r.idx(), r.idx()), "...", "()", "%s:%s, 0" % (r.idx(), r.idx())])))
        if kind == 10:
            shape = r.c(["[2, 3]", "[3, 2]", "[1, 6]", "[6, 1]", "[2, 1, 3]"])
            return r.wrap([
                "g = memoryview(bytearray(range(6))).cast('B', %s)" % shape,
                "print('@K', show(g), g.strides, len(g))",
                "print('@K', show(g[%s]))" % r.c(["0, 1", "1, 2", "-1, -1", "0", "2**63, 0", "5, 0", "0, 0, 0", "..."]),
                "g[%s] = %s" % (r.c(["0, 1", "1, 2", "-1, -1", "0", "9, 9"]), r.c(["7", "256", "b'x'"])),
                "print('@K', show(g), g.tobytes(), g.cast('B').tolist())",
            ])
        if kind == 11:
            return r.expr_chunk("bytes(%s)" % src, "len(%s)" % src, "list(%s)[:4]" % src)
        if kind == 12:
            return r.expr_chunk("memoryview(%s).cast(%s).cast(%s)" % (r.c(["b'abcdefgh'", "bytearray(12)", "ba"]), r.c(CAST_FMTS), r.c(CAST_FMTS)))
        return r.wrap(["m3 = memoryview(%s)" % src, "m4 = m3[%s:%s:%s]" % (r.idx(), r.idx(), r.idx()),
                       "m3.release()", "print('@K', show(m4), show(m3))",
                       "m4.release()", "print('@K', show(m4))"])

    # --- struct ------------------------------------------------------------------------
    def struct_format(self):
        r = self
        prefix = r.c(["", "<", ">", "!", "=", "@", "@", "<", ">"])
        items = []
        for _ in range(r.r.randint(0, 4)):
            code = r.c(FMT_CODES)
            if prefix not in ("", "@") and code in "nNP" and r.p(0.8):
                code = "i"
            count = r.c(["", "", "", "", "0", "1", "2", "3", "5"])
            if r.p(0.03):
                count = r.c(["10000000000000000000", "9223372036854775807", "4611686018427387904"])
            items.append((count, code))
        if r.p(0.04):
            items.append(("", r.c(["z", "Z", "&", "g", " ", "<"])))
        sep = " " if r.p(0.1) else ""
        return prefix + sep.join(c + k for c, k in items), prefix, items

    def struct_value(self, code, prefix, count=""):
        r = self
        if code in "sp":
            if r.p(0.9):
                n = r.r.randint(0, 10)
                return repr(bytes(r.r.randrange(97, 123) for _ in range(n)))
            return r.c(["'str'", "bytearray(b'ba')", "1", "memoryview(b'mv')"])
        if code == "c":
            return r.c(["b'x'", "b'\\x00'", "b'\\xff'", "b'x'", "b'xy'", "b''", "bytearray(b'c')", "'c'", "99"])
        if code == "?":
            return r.c(["True", "False", "0", "1", "[]", "[0]", "''", "'x'", "None", "2**64", "0.0"])
        if code in "efd":
            if r.p(0.85):
                return r.c(FLOATS + ["1", "-3", "65504.0", "65520.0", "6e-8", "3.4028235e38", "3.5e38", "1e-46", "10**400"])
            return r.c(["'1.0'", "None", "b'f'"])
        rng = (INT_RANGES if prefix in ("", "@") else STD_INT_RANGES).get(code, (0, 255))
        lo, hi = rng
        if r.p(0.8):
            return str(r.c([lo, hi, 0, 1, r.r.randint(lo, hi), r.r.randint(lo, hi)]))
        return r.c([str(lo - 1), str(hi + 1), "2**64", "-2**63-1", "1.0", "'1'", "None", "Idx(%d)" % hi, "Idx(%d)" % (hi + 1), "True"])

    def struct_values(self, prefix, items):
        vals = []
        for count, code in items:
            if code == "x" or code not in FMT_CODES:
                continue
            n = int(count) if count and len(count) < 3 else 1
            if code in "sp":
                n = 1
            for _ in range(n):
                vals.append(self.struct_value(code, prefix))
        if self.p(0.05) and vals:
            vals.pop()
        if self.p(0.05):
            vals.append("1")
        return vals

    def struct_op(self):
        r = self
        fmt, prefix, items = r.struct_format()
        fmt_expr = repr(fmt) if r.p(0.9) else "b" + repr(fmt)
        try:
            size = struct.calcsize(fmt)
            if size > 64:
                size = r.r.randint(0, 16)
        except Exception:
            size = r.r.randint(0, 16)
        kind = r.r.randint(0, 9)
        vals = r.struct_values(prefix, items)
        if kind == 0:
            return r.expr_chunk("struct.calcsize(%s)" % fmt_expr)
        if kind in (1, 2):
            return r.expr_chunk("struct.pack(%s)" % ", ".join([fmt_expr] + vals))
        if kind == 3:
            return r.wrap(["p = struct.pack(%s)" % ", ".join([fmt_expr] + vals),
                           "print('@K', show(p), show(struct.unpack(%s, p)))" % fmt_expr])
        if kind == 4:
            data = bytes(r.r.getrandbits(8) for _ in range(size if size < 64 and r.p(0.85) else r.r.randint(0, 12)))
            return r.expr_chunk("struct.unpack(%s, %s)" % (fmt_expr, r.c([repr(data), "bytearray(%r)" % data, "memoryview(%r)" % data])))
        if kind == 5:
            data = bytes(r.r.getrandbits(8) for _ in range(r.r.randint(0, 24)))
            off = r.c(["0", "1", "-1", "2", "-%d" % max(size, 1), "%d" % len(data), r.idx()])
            return r.expr_chunk("struct.unpack_from(%s, %s, %s)" % (fmt_expr, r.c([repr(data), "ba", "mv", "bs"]), r.c([off, "offset=" + off])))
        if kind == 6:
            off = r.c(["0", "1", "-1", "2", "-4", "8", r.idx()])
            tgt = r.c(["ba", "ba2", "mv", "bytearray(%d)" % r.r.randint(0, 24), "bs", "mv[::2]", "memoryview(bytearray(16)).cast('i')"])
            return r.wrap(["t = %s" % tgt, "struct.pack_into(%s)" % ", ".join([fmt_expr, "t", off] + vals),
                           "print('@K', show(t))"])
        if kind == 7:
            data = bytes(r.r.getrandbits(8) for _ in range(size * r.r.randint(0, 3) + (r.r.randint(0, 2) if r.p(0.3) else 0)))
            return r.expr_chunk("list(struct.iter_unpack(%s, %r))" % (fmt_expr, data))
        if kind == 8:
            return r.wrap(["st = struct.Struct(%s)" % fmt_expr,
                           "print('@K', st.format, st.size)",
                           "print('@K', show(st.unpack(st.pack(%s))))" % ", ".join(vals)])
        return r.expr_chunk("struct.pack(%s)" % ", ".join([fmt_expr] + vals), "struct.calcsize(%s)" % fmt_expr)

    # --- list / tuple / str / range ------------------------------------------------------
    def seq_op(self):
        r = self
        kind = r.r.randint(0, 8)
        if kind == 0:
            s = r.c(STR_LITS + ["s"])
            m = r.c(["find", "rfind", "index", "rindex", "count", "startswith", "endswith"])
            args = [r.c(STR_SUBS)] + [r.idx() for _ in range(r.r.randint(0, 2))]
            return r.expr_chunk("%s.%s(%s)" % (s, m, ", ".join(args)))
        if kind == 1:
            s = r.c(STR_LITS + ["s"])
            call = r.c([
                "split(%s)" % r.c(["", "None, 1", "',', %s" % r.idx(), "'', 1", "' ', -1", "maxsplit=%s" % r.idx()]),
                "rsplit(%s)" % r.c(["", "None, 1", "',', %s" % r.idx(), "' ', 2"]),
                "center(%s)" % r.width(), "ljust(%s, '*')" % r.width(), "zfill(%s)" % r.width(),
                "replace(%s, %s, %s)" % (r.c(STR_SUBS), r.c(STR_SUBS), r.idx()),
                "expandtabs(%s)" % r.c(["", "0", "3", "-1", "2**63"]),
                "encode(%s)" % r.c(["", "'ascii'", "'latin-1'", "'ascii', 'replace'", "'utf-8'", "'ascii', 'backslashreplace'", "'latin-1', 'xmlcharrefreplace'"]),
                "partition(%s)" % r.c(STR_SUBS), "upper()", "casefold()", "title()", "swapcase()",
                "isidentifier()", "isnumeric()", "strip(%s)" % r.c(["", "' '", "'ah'"]),
                "splitlines(True)", "join(['x', 'y'])", "__getitem__(%s)" % r.idx(),
                "removeprefix('h')", "format(1, x=2)", "rjust(%s, %s)" % (r.width(), r.c(["'-'", "'ab'", "b'-'"])),
            ])
            return r.expr_chunk("%s.%s" % (s, call))
        if kind == 2:
            return r.expr_chunk("slice(%s, %s, %s).indices(%s)" % (r.idx(), r.idx(), r.idx(), r.c(["0", "5", "10", "-1", "2**63", "2**64", "Idx(4)"])))
        if kind == 3:
            rg = "range(%s, %s, %s)" % (r.c(["0", "-5", "10", "2**63", "-2**63", "2**64"]), r.c(["0", "5", "100", "2**64", "-2**64", "2**63"]), r.c(["1", "-1", "3", "-7", "2**62", "2**63"]))
            return r.expr_chunk(r.c(["%s[%s]" % (rg, r.idx()), "%s[%s:%s:%s]" % (rg, r.idx(), r.idx(), r.idx()), "len(%s)" % rg,
                                     "%s in %s" % (r.int_(), rg), "%s.index(%s)" % (rg, r.int_()), "%s.count(%s)" % (rg, r.int_()),
                                     "list(%s[:5])" % rg, "%s == %s" % (rg, rg.replace("range(0,", "range(0 ,"))]))
        if kind == 4:
            seq = r.c(["lst", "tp"])
            return r.expr_chunk(r.c([
                "%s.index(%s, %s, %s)" % (seq, r.c(["0", "3", "5", "'x'"]), r.idx(), r.idx()),
                "%s.count(%s)" % (seq, r.c(["1", "3", "True"])),
                "%s * %s" % (seq, r.c(["0", "2", "-1", "2**63", "2**62", "Idx(2)"])),
                "%s + %s" % (seq, r.c(["[1]", "(1,)", "lst", "tp"])),
                "sorted(%s, reverse=%s)" % (seq, r.c(["True", "False"])),
                "list(reversed(%s))" % seq, "min(%s)" % seq, "max(%s, default=0)" % seq,
                "sum(%s)" % seq, "%s < %s" % (seq, seq), "list(enumerate(%s, %s))[:3]" % (seq, r.idx()),
            ]))
        if kind == 5:
            return r.stmt_chunk(r.c([
                "lst.insert(%s, %s)" % (r.idx(), r.int_()), "lst.sort()", "lst.sort(reverse=True)",
                "lst.extend(%s)" % r.c(["tp", "b'ab'", "range(3)", "'xy'", "lst"]),
                "lst[%s:%s:%s] = %s" % (r.idx(), r.idx(), r.idx(), r.c(["[]", "[9, 9]", "tp", "'ab'", "lst", "range(4)"])),
                "del lst[%s:%s:%s]" % (r.idx(), r.idx(), r.idx()),
                "lst *= %s" % r.c(["0", "2", "-3", "2**63"]),
                "lst = list(range(%d))" % r.r.randint(0, 12),
                "tp = tuple(%s)" % r.c(["lst", "b'ab'", "range(5)", "'xyz'"]),
            ]), "lst", "tp")
        if kind == 6:
            return r.expr_chunk("%s(%s)" % (r.c(["sorted", "tuple", "list", "len", "min", "max", "any", "all"]), r.byteslike()))
        if kind == 7:
            return r.expr_chunk("%s %% %s" % (r.c(["'%s|%r'", "'%5s'", "'%-4d|'", "'%.2s'", "'%(a)s'", "'%c'", "'%i%%'"]),
                                              r.c(["(1, 2)", "('a', b'b')", "{'a': 3}", "65", "'xy'", "(1,)", "0x110000"])))
        return r.expr_chunk("'%s'.join(%s)" % (r.c(["", ",", "-"]), r.c(["['a', 'b']", "('x',)", "[]", "['a', 1]", "'abc'", "map(str, lst)"])))

    # --- exceptions ----------------------------------------------------------------------
    def action(self, depth=0):
        r = self
        acts = ["raise ValueError('v')", "1 / 0", "{}['k']", "[][%s]" % r.idx(), "int('x')",
                "pass", "return 'ret'", "raise MyErr(1, 'two')", "raise KeyError('a', 'b')",
                "raise TypeError", "assert False, 'boom'", "assert 1", "raise StopIteration(3)",
                "x = undefined_name", "raise ValueError('a') from KeyError('b')",
                "raise RuntimeError('r') from None", "b'a' + 'b'", "bytes(-1)", "struct.pack('b', 999)",
                "memoryview(b'x')[0] = 1", "raise OSError(2, 'nope')", "raise Exception()",
                "raise MyErr", "raise SystemExit(3) if False else None", "getattr(1, 'nope')",
                "None.x", "ba.pop(100)"]
        if depth < 2:
            acts += ["NESTED", "WITH", "LOOP"]
        a = r.c(acts)
        if a == "NESTED":
            return r.try_block(depth + 1)
        if a == "WITH":
            cm = "CM('c%d', suppress=%s%s)" % (r.r.randint(0, 9), r.c(["False", "True"]),
                                               r.c(["", "", ", fail=KeyError('x')", ", fail=ValueError('f')"]))
            if r.p(0.3):
                cm += ", CM('d', %s)" % r.c(["True", "False"])
            body = r.action(depth + 1)
            return ["with %s as n:" % cm, "    print('@K in', n)"] + ["    " + b for b in body]
        if a == "LOOP":
            body = r.try_block(depth + 1, in_loop=True)
            return ["for i in range(3):", "    print('@K it', i)"] + ["    " + b for b in body]
        return [a]

    def try_block(self, depth=0, in_loop=False):
        r = self
        lines = ["try:", "    print('@K body')"]
        lines += ["    " + b for b in r.action(depth)]
        handlers = r.r.randint(0, 3)
        for _ in range(handlers):
            exc = r.c(["ValueError", "(KeyError, IndexError)", "ZeroDivisionError", "MyErr",
                       "LookupError", "ArithmeticError", "Exception", "TypeError", "AssertionError",
                       "(StopIteration, NameError)", "BaseException"])
            lines.append("except %s as e:" % exc)
            lines.append("    print('@K caught', type(e).__name__, e, e.args, ctx(e))")
            act = r.c(["", "", "raise", "raise RuntimeError('again')", "raise RuntimeError('from') from e",
                       "return 'h'", "raise e", "x = 1 / 0"] + (["break", "continue"] if in_loop else []))
            if act:
                lines.append("    " + act)
        if handlers and r.p(0.3):
            lines += ["else:", "    print('@K else')"]
        if r.p(0.6) or not handlers:
            lines += ["finally:", "    print('@K finally')"]
            act = r.c(["", "", "", "return 'fin'", "raise ValueError('fin')"] + (["break", "continue"] if in_loop else []))
            if act:
                lines.append("    " + act)
        return lines

    def exc_chunk(self):
        r = self
        k = r.k
        body = r.try_block()
        fn = ["def f%d():" % k] + ["    " + b for b in body] + ["    return 'end'"]
        if r.p(0.2):
            # a generator with try/finally, closed early
            fn = ["def f%d():" % k, "    def g():", "        try:", "            yield 1", "            yield 2",
                  "        finally:", "            print('@K gen finally')", "    it = g()",
                  "    print('@K', next(it))", "    it.close()", "    return list(it)"]
        return r.wrap(fn + ["print('@K', show(f%d()))" % k], chained=True)

    # --- whole program ------------------------------------------------------------------
    def setup(self):
        r = self
        lines = [
            "bs = %s" % r.bytes_lit(),
            "ba = bytearray(%s)" % r.c(["b'abcdefghijklmnop'", r.bytes_lit(), "range(12)", "b'hello world'"]),
            "ba2 = bytearray(%s)" % r.bytes_lit(),
            "mv = memoryview(%s)" % r.c(["ba2", "bytearray(b'0123456789')", "ba2"]),
            "mb = memoryview(%s)" % r.c(["bs", "b'memory'", "b'\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08'"]),
            "lst = list(range(%d))" % r.r.randint(0, 10),
            "tp = tuple(%s)" % r.c(["range(6)", "'abc'", "[1, 3, 5, 7]", "()"]),
            "s = %s" % r.c(STR_LITS),
            "rg = range(%s)" % r.c(["10", "2, 20, 3", "10, -10, -4", "0", "-2**62, 2**62, 2**61"]),
        ]
        return "\n".join(lines) + "\n"

    def program(self):
        r = self
        chunks = [PRELUDE, r.setup()]
        weights = [(r.arith, 5), (r.bytes_method, 5), (r.bytes_index, 4), (r.bytearray_mut, 4),
                   (r.memview, 5), (r.struct_op, 5), (r.seq_op, 4), (r.exc_chunk, 3)]
        funcs = [f for f, w in weights for _ in range(w)]
        for _ in range(r.r.randint(15, 40)):
            chunks.append(r.c(funcs)())
        if r.p(0.08):
            chunks.append(r.c(["raise ValueError('uncaught')", "sys.exit(4)", "sys.exit('bye')",
                               "raise SystemExit", "struct.unpack('i', b'')",
                               "assert False"]) + "\n")
        return chunks


def gen_program(seed, n):
    return Gen(random.Random("%s:%d" % (seed, n))).program()


# ---------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------

ADDR = re.compile(r" at 0x[0-9a-fA-F]+")


def limit_memory():
    lim = 8 << 30
    resource.setrlimit(resource.RLIMIT_AS, (lim, lim))


def run_one(cmd, path, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout, env=env,
                           preexec_fn=limit_memory, cwd=os.path.dirname(path))
        return ADDR.sub(" at 0x?", p.stdout.decode("utf-8", "replace")), p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return ADDR.sub(" at 0x?", out), "timeout", (e.stderr or b"").decode("utf-8", "replace")


class Runner:
    def __init__(self, minipy, workdir):
        self.minipy = [minipy, "--timeout", "5"]
        self.python = ["python3"]
        self.workdir = workdir
        self.pool = ThreadPoolExecutor(2)
        self.counter = 0

    def run(self, src):
        self.counter += 1
        path = os.path.join(self.workdir, "prog%d.py" % self.counter)
        with open(path, "w") as f:
            f.write(src)
        fp = self.pool.submit(run_one, self.python, path, 20)
        fm = self.pool.submit(run_one, self.minipy, path, 20)
        py, mp = fp.result(), fm.result()
        os.unlink(path)
        return py, mp


def is_crash(rc):
    return rc == "timeout" or rc in (101, 134) or (isinstance(rc, int) and rc < 0)


LABEL = re.compile(r"^s(\d+)")


def by_chunk(out):
    """Output lines grouped by the label of the chunk that printed them."""
    groups = {}
    cur = -1
    for ln in out.splitlines():
        m = LABEL.match(ln)
        if m:
            cur = int(m.group(1))
            ln = "s" + ln[m.end():]
        groups.setdefault(cur, []).append(ln)
    return groups


def panic_site(stderr):
    m = re.search(r"panicked at ([^\n]*)\n([^\n]*)", stderr)
    if m:
        return m.group(1) + " " + m.group(2)
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def first_pair(a, b):
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<no line>"
        y = b[i] if i < len(b) else "<no line>"
        if x != y:
            return x, y
    return None


def verdicts(py, mp):
    """Every finding, as (kind, chunk, signature); empty when the two agree.

    Output is compared chunk by chunk (labels `sK`), so one program can show several
    independent disagreements; a crash ends minipy's output, so it is reported alone."""
    (py_out, py_rc, _), (mp_out, mp_rc, mp_err) = py, mp
    if is_crash(mp_rc):
        return [("crash", None, ("crash", mp_rc, panic_site(mp_err)))]
    found = []
    a, b = by_chunk(py_out), by_chunk(mp_out)
    for k in sorted(set(a) | set(b)):
        pair = first_pair(a.get(k, []), b.get(k, []))
        if pair is not None:
            found.append(("disagreement", k, ("diff",) + pair))
    if py_rc != mp_rc:
        found.append(("disagreement", None, ("status", py_rc, mp_rc)))
    return found


def dedup_key(sig):
    """Coarse key: exception lines by type and message, value lines by the result's type."""
    def norm(x):
        x = str(x)
        x = re.sub(r"b?'[^']*'|b?\"[^\"]*\"", "Q", x)
        x = re.sub(r"-?\d+(\.\d+)?(e[-+]?\d+)?", "N", x)
        return x

    def side(x):
        x = str(x)
        if x.startswith("s! "):
            return norm(x)[:70]
        if x.startswith("s "):
            return "value:" + norm(x)[2:].split("(")[0].split("[")[0][:12]
        return norm(x)[:40]
    if sig[0] == "diff":
        return ("diff", side(sig[1]), side(sig[2]))
    return tuple(norm(x)[:80] for x in sig)


def holds(runner, cs, kind, chunk, sig):
    py, mp = runner.run("".join(cs))
    if py[1] == "timeout":
        return False
    return any(v[0] == kind and v[2] == sig and (kind == "crash" or v[1] == chunk or v[1] is None)
               for v in verdicts(py, mp))


def minimize(runner, chunks, kind, chunk, sig, budget=150):
    """Greedy chunk removal (prelude and setup kept) while the same finding holds."""
    cur = list(chunks)
    tries = 0
    step = max(1, (len(cur) - 2) // 2)
    while step >= 1 and tries < budget:
        i = len(cur) - step
        changed = False
        while i >= 2 and tries < budget:
            cand = cur[:i] + cur[i + step:]
            tries += 1
            if holds(runner, cand, kind, chunk, sig):
                cur = cand
                changed = True
            i -= step
        if not changed or step > 1:
            step //= 2
    return cur


def save(runner, name, kind, sig, seed, n, src, small, outputs):
    with open(os.path.join(OUT_DIR, name + ".py"), "w") as f:
        f.write(small[0] + "# ---- end of prelude ----\n" + "".join(small[1:]))
    spy, smp = outputs if outputs is not None else runner.run("".join(small))
    with open(os.path.join(OUT_DIR, name + ".txt"), "w") as f:
        f.write("kind: %s\nsignature: %r\nseed %s program %d (scripts/difffuzz.py --show %d %s)\n"
                % (kind, sig, seed, n, n, seed))
        f.write("\n==== python3 (exit %s) ====\n%s\n---- stderr ----\n%s" % (spy[1], spy[0], spy[2][-3000:]))
        f.write("\n==== minipy (exit %s) ====\n%s\n---- stderr ----\n%s" % (smp[1], smp[0], smp[2][-3000:]))
        f.write("\n==== original program ====\n%s" % src)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seconds", nargs="?", type=float, default=60)
    ap.add_argument("seed", nargs="?", default="1")
    ap.add_argument("--minipy", default=os.path.join(ROOT, "target", "release", "minipy"))
    ap.add_argument("--only", type=int, help="run program N only")
    ap.add_argument("--show", type=int, help="print program N and exit")
    ap.add_argument("--max-programs", type=int, default=None)
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--max-saved", type=int, default=300, help="reproducers kept per run")
    args = ap.parse_args()

    if args.show is not None:
        sys.stdout.write("".join(gen_program(args.seed, args.show)))
        return 0
    if not os.access(args.minipy, os.X_OK):
        print("difffuzz: no minipy binary at %s (cargo build --release)" % args.minipy, file=sys.stderr)
        return 2
    os.makedirs(OUT_DIR, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="difffuzz")
    runner = Runner(args.minipy, workdir)
    start = time.time()
    n = args.only if args.only is not None else 0
    programs = skipped = bad_programs = crashes = findings = saved = 0
    uniq = {}
    while True:
        if args.only is None and time.time() - start >= args.seconds:
            break
        if args.max_programs is not None and programs >= args.max_programs:
            break
        chunks = gen_program(args.seed, n)
        src = "".join(chunks)
        py, mp = runner.run(src)
        programs += 1
        if py[1] == "timeout" or (isinstance(py[1], int) and py[1] < 0):
            skipped += 1  # CPython itself hung or crashed: not minipy's problem
            n += 1
            continue
        found = verdicts(py, mp)
        if found:
            if found[0][0] == "crash":
                crashes += 1
            else:
                bad_programs += 1
        for kind, chunk, sig in found:
            findings += 1
            key = dedup_key(sig)
            first = key not in uniq
            uniq.setdefault(key, []).append(n)
            if not first and saved >= args.max_saved:
                continue
            name = "%s-seed%s-%d%s" % (kind, args.seed, n, "" if chunk is None else "-s%d" % chunk)
            small = chunks
            if first and not args.no_minimize:
                small = minimize(runner, chunks, kind, chunk, sig)
            save(runner, name, kind, sig, args.seed, n, src, small, (py, mp) if small is chunks else None)
            saved += 1
            if first:
                print("%s: %s\n    -> fuzz/difffuzz/%s.py" % (kind, sig, name), flush=True)
        n += 1
        if args.only is not None:
            break
    elapsed = time.time() - start
    print("\n== difffuzz seed %s: %.0fs, reproducers in %s" % (args.seed, elapsed, OUT_DIR))
    print("programs run: %d (%d skipped: python3 itself timed out)" % (programs, skipped))
    print("disagreements: %d programs, %d differing chunks/statuses" % (bad_programs, findings - crashes))
    print("crashes: %d" % crashes)
    print("distinct signatures: %d" % len(uniq))
    for key, ns in sorted(uniq.items(), key=lambda kv: -len(kv[1])):
        print("  %4dx %s   e.g. program %d" % (len(ns), " | ".join(map(str, key)), ns[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
