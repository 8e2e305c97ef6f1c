#!/usr/bin/env python3
"""Usage: extract_coretests.py CORETESTS_FILE OUT.rs TITLE

Turns a file of core's own test suite (library/coretests/tests/X.rs of rustc 1.96.0) into a
no_std run-pass program: #[test] fns become plain fns called by run(), each followed by a
printed name; items that do not compile in no_std (alloc/std, unavailable features) are
dropped iteratively by the compiler's error locations. The compiler is `rustc +wasmrust` (any rustc
with the wasm32-unknown-unknown target works: set EXTRACT_RUSTC, e.g. "rustc +1.95.0"); the
program then goes to rustc_codegen_wasmir/tests/run-pass/ and is compared like any other."""
import re, subprocess, sys, os, shlex
src, out, title = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
# EXTRACT_ALLOC=1: a file of alloc's suite (library/alloctests/tests/X.rs) for
# rustc_codegen_wasmir/tests/run-pass-alloc/: `std::` paths resolve through a small `std` facade
# over core and alloc, and the alloc prelude (String, Vec, Box, vec!, format!) is in scope.
ALLOC = os.environ.get('EXTRACT_ALLOC') == '1'
SUITE = 'alloctests' if ALLOC else 'coretests'
text = open(src).read()
if not ALLOC:
    text = text.replace('std::', 'core::')
ALLOC_PRELUDE = """#[allow(unused_imports)]
use alloc::{borrow::ToOwned, boxed::Box, format, string::{String, ToString}, vec, vec::Vec};
#[allow(unused_imports)]
mod std {
    pub use ::alloc::{alloc, borrow, boxed, collections, ffi, fmt, format, rc, slice, str, string, sync, vec};
    pub use ::core::{any, array, ascii, cell, char, clone, cmp, convert, default, hash, hint, iter, marker, mem, num, ops, option, ptr, result};
    pub use ::core::{assert_eq, assert_ne, assert, debug_assert, debug_assert_eq, matches, panic, write, writeln, i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, f32, f64};
}
"""
lines = text.split('\n')
# split into top-level items: each item is (start,end) line range incl. leading attrs/comments
items = []
depth = 0; start = None; i = 0
pending_start = None
in_str = False
for ln, l in enumerate(lines):
    s = l.strip()
    if depth == 0 and pending_start is None:
        if s == '' :
            continue
        pending_start = ln
    # naive brace counting ignoring chars in strings/char literals/comments
    code = re.sub(r'//.*', '', l)
    code = re.sub(r'"(\\.|[^"\\])*"', '""', code)
    code = re.sub(r"'(\\.|[^'\\])'", "' '", code)
    depth += code.count('{') - code.count('}')
    if depth == 0 and pending_start is not None:
        st = s
        if st.startswith('#[') or st.startswith('//') or st.startswith('///') or st.startswith('#!['):
            if not (st.startswith('#[') and (st.endswith(';') or st.endswith('}'))):
                continue
        if st.endswith(';') or st.endswith('}') or st.endswith('},') :
            items.append([pending_start, ln])
            pending_start = None
kept = [True]*len(items)
def is_test(it):
    seg = '\n'.join(lines[it[0]:it[1]+1])
    return re.search(r'^\s*#\[test\]', seg, re.M) is not None
# EXTRACT_SKIP="test_name=why;...": tests left out on purpose (named in the header).
SKIP = dict(x.split('=', 1) for x in os.environ.get('EXTRACT_SKIP', '').split(';') if x)
def excluded(it):
    seg = '\n'.join(lines[it[0]:it[1]+1])
    m = re.search(r'fn\s+(\w+)', seg)
    if m and m.group(1) in SKIP:
        return True
    # A #[test] item whose name is not a plain `fn name(` (macro-generated tests): left out.
    if re.search(r'^\s*#\[test\]', seg, re.M) and not re.search(r'^\s*(?:pub\s+)?(?:unsafe\s+)?fn\s+\w+\s*[(<]', seg, re.M):
        return True
    return ('should_panic' in seg or '#![' in seg or 'cfg_attr(miri' in seg and False)
for k, it in enumerate(items):
    if excluded(it): kept[k] = False
def fname(it):
    seg = '\n'.join(lines[it[0]:it[1]+1])
    m = re.search(r'^\s*(?:pub\s+)?(?:unsafe\s+)?fn\s+(\w+)', seg, re.M) or re.search(r'fn\s+(\w+)', seg)
    return m.group(1) if m else None
feats0 = [l for l in open(os.path.join(src[:src.index('/tests/')+7], 'lib.rs')).read().split('\n') if l.startswith('#![feature(')]
dropped_feats = set()
def make_header(feats):
  return f"""// {title}
// Adapted automatically from rustc 1.96.0 library/{SUITE}/tests/{os.path.basename(src)} ({'alloc' if ALLOC else 'core'}'s own test
// suite, MIT/Apache-2.0) by compiler-backends/codegen-tests/extract_coretests.py: {"`std::` through a core+alloc facade" if ALLOC else "`std::` -> `core::`"},
// #[test] fns become plain fns that `run` calls in order, printing each name after it passed (a
// failed assertion traps); tests and items needing {"std" if ALLOC else "alloc/std"} or panicking on purpose are left out{"".join(f", and {k} ({v})" for k, v in SKIP.items())}.
#![no_std]
#![allow(unused, internal_features, unnecessary_transmutes, deprecated, invalid_value, clippy::all)]
""" + '\n'.join(feats) + '\ninclude!("prelude.rs");\n' + (ALLOC_PRELUDE if ALLOC else '')
feats = list(feats0)
header = make_header(feats)
def render():
    body = []
    tests = []
    for k, it in enumerate(items):
        if not kept[k]: continue
        seg = lines[it[0]:it[1]+1]
        if is_test(it):
            seg = [l for l in seg if l.strip() not in ('#[test]',)]
            tests.append(fname(it))
        body.append('\n'.join(seg))
    run = '#[unsafe(no_mangle)]\npub extern "C" fn run() {\n' + ''.join(f'    {t}();\n    ps("{t}");\n' for t in tests) + '}\n'
    return header + '\n'.join(body) + '\n' + run, header.count('\n'), tests
for iteration in range(30):
    prog, hl, tests = render()
    open(out, 'w').write(prog)
    r = subprocess.run(shlex.split(os.environ.get('EXTRACT_RUSTC', 'rustc +wasmrust')) + ['--target', 'wasm32-unknown-unknown', '-Cpanic=abort', '--edition=2024', '--crate-type', 'cdylib', '--error-format=short', out, '-o', os.devnull], capture_output=True, text=True, env=dict(os.environ, RUSTC_BOOTSTRAP='1'), cwd=os.path.dirname(out))
    if r.returncode == 0:
        print('ok', len(tests), 'tests'); break
    # map error lines to items
    errlines = set()
    for m in re.finditer(r'^[^:\n]*' + re.escape(os.path.basename(out)) + r':(\d+):\d+: error', r.stderr, re.M):
        errlines.add(int(m.group(1)))
    hdr_err = [e for e in errlines if e <= hl]
    if hdr_err:
        hlines = header.split('\n')
        bad = {hlines[e-1] for e in hdr_err}
        feats = [f for f in feats if f not in bad]
        header = make_header(feats)
        continue
    if not errlines:
        print(r.stderr[-3000:]); sys.exit(1)
    # find which item each output line belongs to: recompute mapping
    pos = hl + 1  # 1-based line number of first body line
    removed = 0
    # body lines joined with '\n' between items
    for k, it in enumerate(items):
        if not kept[k]: continue
        seg = lines[it[0]:it[1]+1]
        if is_test(it): seg = [l for l in seg if l.strip() != '#[test]']
        n = len(seg)
        if any(pos <= e < pos + n for e in errlines):
            kept[k] = False; removed += 1
        pos += n
    if removed == 0:
        print('could not attribute errors'); print(r.stderr[-3000:]); sys.exit(1)
else:
    print('gave up'); sys.exit(1)
