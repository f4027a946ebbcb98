#!/usr/bin/env python3
"""Attributes the bytes of the npm package's .wasm to areas of the code (scripts/size-report).

Inputs: the shipped module rebuilt with its name section (wasm-opt -Oz -g), its wasm-dis text,
and the linker map of the cargo build (wasm-ld --Map). Function bodies are attributed by their
(demangled) names; data by the linker map's symbol names where they have one, otherwise to the
area of the code (or data) that points into them (i32.const / load-store offsets in the code,
4-byte pointers inside other data). Gzip shares: each area's bytes gzipped (-9) alone, then
scaled so the areas add up to the gzipped module without names.

usage: size_report.py NAMED.wasm NAMED.wat LINK.map SHIPPED.wasm
"""
import collections
import gzip
import re
import sys

# Ordered: the first pattern that matches a function's or data symbol's name decides its area.
AREAS = [
    ("phone: engine + metadata", r"customer_validate::fields::phone|fields5phone"),
    ("customer conversions (src/customer, wasm/customer.rs, their serde)",
     r"customer_validate::customer|customer_validate::wasm::customer|8customer|"
     r"^raw_(to_payload|from_payload|requirements|checklist)\b"),
    ("address checks + tables", r"customer_validate::fields::address|7address"),
    ("country table + lookup", r"customer_validate::fields::country|7country"),
    ("email", r"customer_validate::fields::email"),
    ("Unicode: idna, icu_*, core::unicode",
     r"idna|icu_|zerovec|zerotrie|zerofrom|potential_utf|utf8_iter|utf16_iter|write16|"
     r"smallvec|utf_types|utf8_data|is_numeric|is_alphabetic|is_whitespace|core::unicode|core\[[0-9a-f]+\]::unicode|char::methods::to_(lower|upper)|"
     r"to_lowercase|to_uppercase|unicode"),
    ("options (src/options.rs, its serde)", r"customer_validate::options"),
    ("rules engine, providers, issues",
     r"customer_validate::(rules|providers|issue|check|redact|rows|lines)"),
    ("other field checks (text, date, ids)", r"customer_validate::fields"),
    ("wasm surface + wasm-bindgen glue (exports, with what they inline)",
     r"customer_validate::wasm|wasm_bindgen|__wbindgen|__wbg|js_sys|externref shim|"
     r"multivalue shim|^raw_|__externref"),
    ("float parse/print (core::num, serde_json numbers)",
     r"dec2flt|flt2dec|POWER_OF_FIVE|POW10|core::num|core\[[0-9a-f]+\]::num|ryu|itoa|zmij|"
     r"u128>::_fmt|__muloti|__multi3|__udivti|__divti"),
    ("serde_json + serde", r"serde_json|serde_core|serde::|serde\[|indexmap"),
    ("core::fmt, Debug, panics",
     r"core::fmt|core\[[0-9a-f]+\]::fmt|as core::fmt|fmt::Debug|fmt::Display|panick|panic|"
     r"unwrap_failed|expect_failed|slice_index|slice_end_index|slice_start_index|str_index|"
     r"assert_failed|alloc::fmt|alloc\[[0-9a-f]+\]::fmt|::format|Formatter|"
     r"core::result::unwrap|backtrace|escape_debug"),
    ("allocator, collections, core/alloc rest",
     r"dlmalloc|alloc|hashbrown|core|std|memcpy|memset|memmove|memcmp|compiler_builtins|"
     r"__rust|rust_begin_unwind"),
]
COMPILED = [(a, re.compile(p)) for a, p in AREAS]
OTHER = "other / unnamed"


CRATE_HASH = re.compile(r"\[[0-9a-f]{16}\]")


def area_of(name):
    # v0-mangled names (the browser modules' build-std) carry each crate's hash:
    # `customer_validate[c0d1…]::rules::…`; the areas are written without it.
    name = CRATE_HASH.sub("", name)
    for a, p in COMPILED:
        if p.search(name):
            return a
    return OTHER


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        yield sid, b[j:j + size], i, j + size - i
        i = j + size


def parse(path):
    b = open(path, "rb").read()
    n_imported = 0
    bodies, segments, names, custom = [], [], {}, 0
    sizes = collections.Counter()
    for sid, s, _, total in sections(b):
        sizes[sid] += total
        if sid == 2:
            n, i = leb(s, 0)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(s, i)
                    i += ln
                kind = s[i]
                i += 1
                if kind == 0:
                    n_imported += 1
                    _, i = leb(s, i)
                elif kind in (1, 2):  # table (element type, limits) or memory (limits)
                    i += 1 if kind == 1 else 0
                    flags = s[i]
                    _, i = leb(s, i + 1)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            n, i = leb(s, 0)
            for _ in range(n):
                ln, i = leb(s, i)
                bodies.append(s[i:i + ln])
                i += ln
        elif sid == 11:
            n, i = leb(s, 0)
            for _ in range(n):
                flag, i = leb(s, i)
                if flag == 1:
                    ln, i = leb(s, i)
                    segments.append((None, s[i:i + ln]))
                    i += ln
                    continue
                if flag == 2:
                    _, i = leb(s, i)
                assert s[i] == 0x41  # i32.const
                addr, j = leb(s, i + 1)  # addresses below 2^31: unsigned reading is fine
                i = j + 1  # end
                ln, i = leb(s, i)
                segments.append((addr, s[i:i + ln]))
                i += ln
        elif sid == 0:
            ln, i = leb(s, 0)
            cname = s[i:i + ln].decode()
            i += ln
            if cname == "name":
                while i < len(s):
                    sub = s[i]
                    sl, i = leb(s, i + 1)
                    if sub == 1:
                        k, j = leb(s, i)
                        for _ in range(k):
                            idx, j = leb(s, j)
                            nl, j = leb(s, j)
                            names[idx] = s[j:j + nl].decode(errors="replace")
                            j += nl
                    i += sl
            else:
                custom += total
    return b, n_imported, bodies, segments, names, sizes


def main():
    named, wat, linkmap, shipped = sys.argv[1:5]
    b, n_imp, bodies, segments, names, _ = parse(named)
    shipped_b, _, _, _, _, ship_sizes = parse(shipped)

    # Data symbols from the linker map (addresses survive wasm-bindgen and wasm-opt).
    syms = []
    in_data = False
    for line in open(linkmap):
        p = line.split()
        if len(p) >= 4 and p[0] == "-" and p[3] == "DATA":
            in_data = True
            continue
        if in_data and len(p) >= 4 and p[0] == "-":
            break
        if in_data and len(p) == 4 and p[0] != "-" and not p[3].startswith(("/", ".rodata", ".data", ".bss", "<internal>")):
            syms.append((int(p[0], 16), int(p[2], 16), p[3]))
    syms.sort()
    starts = [s[0] for s in syms]

    import bisect

    def sym_at(addr):
        k = bisect.bisect_right(starts, addr) - 1
        if k >= 0 and syms[k][0] <= addr < syms[k][0] + max(syms[k][1], 1):
            return k
        return None

    mem = {}
    for addr, data in segments:
        if addr is not None:
            mem[addr] = data

    def read(addr, size):
        for a, d in mem.items():
            if a <= addr < a + len(d):
                return d[addr - a:addr - a + size]
        return b"\0" * size  # zero-filled (dropped by wasm-opt's memory packing)

    # Code -> data references, function by function in wat order (= code section order).
    func_refs = []
    func_calls = []
    wat_names = []
    cur = None
    call = re.compile(r"\((?:call|return_call|ref\.func) \$(\"[^\"]+\"|[^\s()]+)")
    num = re.compile(r"(?:i32\.const |offset=)(\d{7,})")
    for line in open(wat):
        if line.startswith(" (func "):
            cur = []
            func_refs.append(cur)
            func_calls.append(set())
            head = line[8:]  # after ' (func $'
            wat_names.append(head[:head.index('"', 1) + 1] if head.startswith('"') else head.split(" ", 1)[0].rstrip("\n"))
        elif cur is not None:
            for m in call.finditer(line):
                func_calls[-1].add(m.group(1))
            for m in num.finditer(line):
                v = int(m.group(1))
                if v not in (0x110000, 0x110001):  # char::MAX + 1 (Option<char> None), not an address
                    cur.append(v)
    assert len(func_refs) == len(bodies), (len(func_refs), len(bodies))

    raw = collections.Counter()
    gzparts = collections.defaultdict(list)
    sym_area = {}
    votes = collections.defaultdict(collections.Counter)
    # Library code (serde_json, core, alloc...) that only one of our areas calls, directly or
    # through other such code, is that area's: monomorphized for its types.
    func_area = [area_of(names.get(n_imp + i, "")) for i in range(len(bodies))]
    index = {n: i for i, n in enumerate(wat_names)}
    callers = collections.defaultdict(set)
    for i, calls in enumerate(func_calls):
        for c in calls:
            j = index.get(c)
            if j is not None and j != i:
                callers[j].add(i)
    exports = {m.group(1) for m in re.finditer(r'\(export "[^"]+" \(func \$("[^"]+"|[^\s()]+)\)\)', open(wat).read())}
    library = {a for a, _ in AREAS[AREAS.index(next(x for x in AREAS if x[0].startswith("float"))):]} | {OTHER}
    changed = True
    while changed:
        changed = False
        for i in range(len(bodies)):
            if func_area[i] in library and callers[i] and wat_names[i] not in exports:
                areas = {func_area[j] for j in callers[i]}
                if len(areas) == 1 and next(iter(areas)) not in library:
                    func_area[i] = next(iter(areas))
                    changed = True
    for i, body in enumerate(bodies):
        a = func_area[i]
        raw[("code", a)] += len(body)
        gzparts[("code", a)].append(body)
        for addr in func_refs[i]:
            k = sym_at(addr)
            if k is not None:
                votes[k][a] += 1
    # Named data symbols decide themselves. Anonymous ones (.Lanon.<module hash>.N) first follow
    # the data that points at them (a table of slices owns its strings), then the code that
    # refers to them. Code votes alone mislead for tables of other crates inlined into our
    # functions, so the module hash (one per crate under fat LTO) narrows them first: the
    # module with core's "to_digit" message is core (its kilobyte tables: case mapping), a
    # module made of big tables that our crate's named data does not point into is compiled
    # Unicode data (icu_*/idna).
    def group(n):
        m = re.match(r"\.Lanon\.([0-9a-f]+)\.", n)
        return m.group(1) if m else None

    def pointers(k):
        addr, size, _ = syms[k]
        d = read(addr, size)
        for off in range(0, len(d) - 3, 4):
            t = int.from_bytes(d[off:off + 4], "little")
            j = sym_at(t) if t >= 0x100000 and t not in (0x110000, 0x110001) else None
            # Only pointers to a symbol's first byte: table bytes that merely fall inside a
            # big symbol are numbers, not references.
            if j is not None and j != k and syms[j][0] == t:
                yield j

    for k, (_, _, n) in enumerate(syms):
        if not n.startswith(".L"):
            sym_area[k] = area_of(n)
    ours = collections.Counter()
    for k in list(sym_area):
        if "customer_validate" in syms[k][2]:
            for j in pointers(k):
                if group(syms[j][2]):
                    ours[group(syms[j][2])] += 1
    print("module groups pointed to by our named data:", ours.most_common(4), file=sys.stderr)
    ours = ours.most_common(1)[0][0]
    groups = collections.defaultdict(list)
    for k, (addr, size, n) in enumerate(syms):
        if group(n):
            groups[group(n)].append(k)
    core = next((g for g, ks in groups.items()
                 if any(b"to_digit: invalid radix" in read(syms[k][0], syms[k][1]) for k in ks)), None)
    for g, ks in groups.items():
        big = sum(syms[k][1] for k in ks if syms[k][1] >= 1024)
        if g == core:
            for k in ks:
                if syms[k][1] >= 4096:
                    sym_area[k] = "Unicode: idna, icu_*, core::unicode"
        elif g != ours and big >= 0.8 * sum(syms[k][1] for k in ks):
            for k in ks:
                sym_area[k] = "Unicode: idna, icu_*, core::unicode"
    for _ in range(6):
        for k, a in list(sym_area.items()):
            for j in pointers(k):
                if j not in sym_area:
                    votes[j]["@" + a] += 1
        for k, v in votes.items():
            if k not in sym_area and v:
                via_data = [(c, a[1:]) for a, c in v.items() if a.startswith("@")]
                sym_area[k] = max(via_data)[1] if via_data else v.most_common(1)[0][0]
    for k, (addr, size, n) in enumerate(syms):
        a = sym_area.get(k, OTHER)
        d = read(addr, size)
        raw[("data", a)] += size
        gzparts[("data", a)].append(d)

    names_bytes = len(b) - len(shipped_b)
    # GZ_TOTAL: the module's gzip size as scripts/bench-pkg measures it (Node's zlib differs
    # from Python's by a few per cent); the shares are scaled to it.
    import os

    total_gz = int(os.environ.get("GZ_TOTAL") or len(gzip.compress(shipped_b, 9)))
    gz_alone = {k: len(gzip.compress(b"".join(v), 9)) for k, v in gzparts.items()}
    scale = total_gz / sum(gz_alone.values())
    by_area = collections.defaultdict(lambda: [0, 0, 0, 0])
    for (kind, a), r in raw.items():
        by_area[a][0 if kind == "code" else 1] += r
        by_area[a][2 if kind == "code" else 3] += gz_alone[(kind, a)] * scale
    code_total = sum(v[0] for v in by_area.values())
    data_total = sum(v[1] for v in by_area.values())
    rest = len(shipped_b) - ship_sizes[10] - ship_sizes[11]
    print(f"shipped .wasm {len(shipped_b)} B raw, {total_gz} B gzip -9 (Node zlib); with names {len(b)} B "
          f"(name section {names_bytes} B)")
    print("≈ gz: each area's code and data gzipped alone, scaled to add up to the module's gzip size")
    print(f"code section {ship_sizes[10]} B, data section {ship_sizes[11]} B, other sections {rest} B "
          f"(attributed: code bodies {code_total} B, data symbols {data_total} B)")
    print()
    print("| area | code raw | data raw | raw total | ≈ gz (scaled) | ≈ gz share |")
    print("|---|---:|---:|---:|---:|---:|")
    for a, (c, d, gc, gd) in sorted(by_area.items(), key=lambda kv: -(kv[1][2] + kv[1][3])):
        print(f"| {a} | {c / 1024:.1f} KB | {d / 1024:.1f} KB | {(c + d) / 1024:.1f} KB | "
              f"{(gc + gd) / 1024:.1f} KB | {(gc + gd) / total_gz * 100:.0f} % |")
    gc = sum(v[2] for v in by_area.values())
    gd = sum(v[3] for v in by_area.values())
    print(f"| **total** | {code_total / 1024:.1f} KB | {data_total / 1024:.1f} KB | "
          f"{(code_total + data_total) / 1024:.1f} KB | {(gc + gd) / 1024:.1f} KB | 100 % |")
    print()
    print(f"code gzipped alone {sum(v for (k, _), v in gz_alone.items() if k == 'code')} B, "
          f"data gzipped alone {sum(v for (k, _), v in gz_alone.items() if k == 'data')} B")
    if len(sys.argv) > 5 and int(sys.argv[5]) > 0:
        print()
        print("largest items:")
        items = []
        only = os.environ.get("SIZE_REPORT_AREA", "")
        for i, body in enumerate(bodies):
            items.append((len(body), "code", func_area[i], names.get(n_imp + i, "?")))
        for k, (addr, size, n) in enumerate(syms):
            items.append((size, "data", sym_area.get(k, OTHER), n))
        items = [x for x in items if only in x[2]]
        for s, kind, a, n in sorted(items, reverse=True)[: int(sys.argv[5])]:
            print(f"{s:8d} {kind} {a[:14]:14s} {n[:120]}")


if __name__ == "__main__":
    main()
