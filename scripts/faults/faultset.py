#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The fault set: Keepsake imports mutated exports, and every case must keep its promises.

Each case builds small exports (QZoneExport JSON with pictures, QZoneExport MarkDown, a photo
folder, a zip of the first), mutates them (truncation, flipped bytes, NULs, wrong JSON types,
deep nesting, huge strings, bad encodings, broken zips / JPEG / PNG, symlinks out of the folder,
FIFOs, vanishing files), or attacks the run (two imports at once, kill -9 and SIGTERM at random
moments), then checks:
  * no crash (exit 0, 1, or 130/143 after a signal), no hang (timeout), peak memory < 500 MB;
  * PRAGMA integrity_check is ok and `keepsake verify` passes;
  * nothing from an intact file is lost: every memory a clean import gives, whose source file
    was not touched, is there; a file whose memories are missing is named in the problems;
  * the exit code tells the truth: 0 only when the report says it did not fail.

    scripts/faults/faultset.py --keepsake build/app/keepsake [--fast] [--seed N] [--only NAME]

--fast is the subset CTest runs. The table at the end lists every case and what it found.
"""
import argparse
import contextlib
import base64
import json
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from pathlib import Path

MEMORY_LIMIT_MB = 500
TIMEOUT_S = 120

# A 16×16 JPEG; its comment segment ("Lavc59.37.100") is rewritten to make each copy distinct.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgEBAQEBAUFBQUFBQYGBgYGBgYGBgYGBgYHBwcICAgH"
    "BwcGBgcHCAgICAkJCQgICAgJCQoKCgwMCwsODg4RERT/xABLAAEBAAAAAAAAAAAAAAAAAAAACAEBAAAAAAAAAAAAAAAAAAAAABAB"
    "AAAAAAAAAAAAAAAAAAAAABEBAAAAAAAAAAAAAAAAAAAAAP/AABEIABAAEAMBIgACEQADEQD/2gAMAwEAAhEDEQA/AJ/AAAf/2Q==")


def jpeg(seed: int) -> bytes:
    tag = b"Lavc59.37.100"
    return TINY_JPEG.replace(tag, (b"%013d" % seed)[:13], 1)


def png(seed: int) -> bytes:
    rows = b"".join(b"\x00" + bytes((seed + x + y) % 256 for x in range(12)) for y in range(4))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# ---------------------------------------------------------------- fixtures

def write(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def make_qzoneexport(base: Path, uin="10001", posts=24) -> Path:
    root = base / f"QQ空间备份_{uin}"
    items = []
    for i in range(posts):
        item = {"tid": f"{uin}t{i}", "uin": int(uin), "name": "我", "content": f"第{i}条说说，今天天气很好",
                "created_time": 1300000000 + i * 86400,
                "custom_comments": [{"uin": 20002, "name": "小红", "content": f"评论{i}",
                                     "create_time": 1300000100 + i * 86400}]}
        if i % 2 == 0:
            item["custom_images"] = [{"custom_filepath": f"images/P{i}.jpeg"}]
            write(root / "Messages" / "images" / f"P{i}.jpeg", jpeg(i))
        items.append(item)
    # Posts in two year files: a broken one must not take the other with it.
    write(root / "Messages" / "2011.json", json.dumps([p for p in items if p["created_time"] < 1325376000],
                                                      ensure_ascii=False))
    write(root / "Messages" / "2012.json", json.dumps([p for p in items if p["created_time"] >= 1325376000],
                                                      ensure_ascii=False))
    boards = [{"id": str(i), "uin": 20002, "nickname": "小红", "ubbContent": f"留言{i}",
               "pubtime": 1300000000 + i * 3600} for i in range(6)]
    write(root / "Boards" / "boards.json", json.dumps(boards, ensure_ascii=False))
    write(root / "Friends" / "friends.json", json.dumps([{"uin": 20002, "name": "小红"}], ensure_ascii=False))
    write(root / "Common" / "images" / "20002", jpeg(999))
    return root


def make_markdown(base: Path, uin="30003") -> Path:
    root = base / f"QQ空间备份_{uin}"
    lines = []
    for i in range(8):
        lines += [f"#### 我", f"> 2013-0{1 + i % 9}-1{i} 20:1{i}:00", "", f"第{i}条 MarkDown 说说", "", "---", ""]
    write(root / "Messages" / "2013.md", "\r\n".join(lines))
    write(root / "Messages" / "Messages.md", "\r\n".join(["# 2013年", ""] + lines))
    write(root / "Blogs" / "随笔" / "01_2013-05-01_原创【春天】.md", "# 春天\r\n\r\n> 2013-05-01 10:00:00\r\n\r\n春天来了。\r\n")
    return root


def make_photo_folder(base: Path) -> Path:
    root = base / "老照片"
    for i in range(6):
        write(root / f"2012/IMG_{i:04d}.jpg", jpeg(5000 + i))
    write(root / "scan.png", png(3))
    return root


def make_zip(base: Path, source: Path) -> Path:
    archive = base / f"{source.name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                z.write(path, f"{source.name}/{path.relative_to(source)}")
    return archive


FIXTURES = {
    "qzoneexport": lambda base: make_qzoneexport(base),
    "markdown": lambda base: make_markdown(base),
    "photos": lambda base: make_photo_folder(base),
}


# ---------------------------------------------------------------- running keepsake

class Run:
    def __init__(self, rc, out, err, peak_mb, seconds, timed_out):
        self.rc, self.out, self.err, self.peak_mb, self.seconds, self.timed_out = rc, out, err, peak_mb, seconds, timed_out

    def report(self):
        try:
            return json.loads(self.out.strip().splitlines()[-1]) if self.out.strip() else {}
        except (ValueError, IndexError):
            return {}


def high_water_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_keepsake(exe, args, timeout=TIMEOUT_S, on_start=None) -> Run:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([exe] + args, stdout=out, stderr=err, env=env)
        if on_start:
            on_start(proc)
        timed_out = False
        deadline = start + timeout
        peak_kb = 0
        while True:
            # VmHWM of the running process: a forked child's own rusage would include the parent's.
            peak_kb = max(peak_kb, high_water_kb(proc.pid))
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                timed_out = True
                proc.kill()
                pid, status, _ = os.wait4(proc.pid, 0)
                break
            time.sleep(0.01)
        proc.returncode = os.waitstatus_to_exitcode(status)  # also tells the interrupting thread
        out.seek(0)
        err.seek(0)
        return Run(proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   peak_kb / 1024.0, time.monotonic() - start, timed_out)


def memories(exe, library) -> dict:
    run = run_keepsake(exe, ["list", "--json", "--library", str(library)])
    result = {}
    for line in run.out.splitlines():
        if line.strip():
            item = json.loads(line)
            result[item["key"]] = item.get("source") or ""
    return result


def problems(exe, library) -> list:
    run = run_keepsake(exe, ["problems", "--json", "--library", str(library)])
    return [json.loads(line) for line in run.out.splitlines() if line.strip()]


def integrity_ok(library: Path) -> bool:
    db = library / "keepsake.db"
    if not db.exists():
        return True
    # closing(): a sqlite3 connection's own "with" only commits, and an open file keeps the
    # full-disk case's small file system busy.
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---------------------------------------------------------------- mutations of one file

def m_truncate_zero(data, rng):
    return b""


def m_truncate_half(data, rng):
    return data[: len(data) // 2]


def m_flip_bytes(data, rng):
    data = bytearray(data)
    for _ in range(max(1, len(data) // 200)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def m_nuls(data, rng):
    data = bytearray(data)
    for _ in range(4):
        i = rng.randrange(len(data) + 1)
        data[i:i] = b"\x00\x00"
    return bytes(data)


def m_garbage(data, rng):
    return bytes(rng.randrange(256) for _ in range(max(len(data), 64)))


def m_utf16(data, rng):
    return data.decode("utf-8", "replace").encode("utf-16")


def m_gbk(data, rng):
    return data.decode("utf-8", "replace").encode("gbk", "replace")


def m_wrong_types(data, rng):
    items = json.loads(data)
    for item in items:
        for key in list(item):
            item[key] = rng.choice([None, 7, "x", [], {}, True, [1, 2], {"a": 1}])
    return json.dumps(items).encode()


def m_deep_nesting(data, rng):
    return b"[" * 200000 + data + b"]" * 200000


def m_huge_strings(data, rng):
    # Six 50 MB strings in one data page, written without holding them as Python objects.
    items = json.loads(data)
    out = bytearray(b"[")
    for i, item in enumerate(items):
        if i:
            out += b","
        if i < 6:
            item["content"] = "@HUGE@"
            head, tail = json.dumps(item, ensure_ascii=False).encode().split(b"@HUGE@")
            out += head + b"a" * (50 * 1024 * 1024) + tail
        else:
            out += json.dumps(item, ensure_ascii=False).encode()
    return bytes(out + b"]")


def m_png_huge_chunk(data, rng):
    # IHDR claims a 60000×60000 picture and the next chunk claims 2 GB.
    out = bytearray(data)
    out[16:24] = struct.pack(">II", 60000, 60000)
    out[33:37] = struct.pack(">I", 0x7FFFFFF0)
    return bytes(out)


MUTATIONS = {
    "truncate-zero": (m_truncate_zero, True),
    "truncate-half": (m_truncate_half, True),
    "flip-bytes": (m_flip_bytes, False),
    "nuls": (m_nuls, False),
    "garbage": (m_garbage, True),
    "utf16": (m_utf16, False),
    "gbk": (m_gbk, False),
    "wrong-types": (m_wrong_types, False),
    "deep-nesting": (m_deep_nesting, False),
    "huge-strings": (m_huge_strings, False),
    "png-huge-chunk": (m_png_huge_chunk, True),
}

# (fixture, file inside it, mutations that make sense for it)
TARGETS = [
    ("qzoneexport", "QQ空间备份_10001/Messages/2011.json",
     ["truncate-zero", "truncate-half", "flip-bytes", "nuls", "garbage", "utf16", "gbk", "wrong-types",
      "deep-nesting", "huge-strings"]),
    ("qzoneexport", "QQ空间备份_10001/Boards/boards.json", ["truncate-half", "garbage", "wrong-types"]),
    ("qzoneexport", "QQ空间备份_10001/Messages/images/P2.jpeg",
     ["truncate-zero", "truncate-half", "flip-bytes", "garbage"]),
    ("markdown", "QQ空间备份_30003/Messages/2013.md", ["truncate-half", "nuls", "garbage", "utf16", "gbk"]),
    ("markdown", "QQ空间备份_30003/Blogs/随笔/01_2013-05-01_原创【春天】.md", ["truncate-zero", "garbage"]),
    ("photos", "老照片/2012/IMG_0003.jpg", ["truncate-zero", "truncate-half", "garbage"]),
    ("photos", "老照片/scan.png", ["truncate-half", "garbage", "png-huge-chunk"]),
]

FAST = {("qzoneexport", "truncate-half"), ("qzoneexport", "garbage"), ("qzoneexport", "huge-strings"),
        ("qzoneexport", "deep-nesting"), ("markdown", "utf16"), ("photos", "png-huge-chunk"),
        ("photos", "truncate-zero")}


# ---------------------------------------------------------------- checks

class Case:
    def __init__(self, name):
        self.name, self.failures, self.notes, self.peak_mb, self.rc = name, [], [], 0.0, None

    def fail(self, why):
        self.failures.append(why)


def relative_source(source: str, base: Path) -> str:
    prefix = str(base) + "/"
    return source[len(prefix):] if source.startswith(prefix) else source


def check_run(case, exe, library, run, base, baseline, touched, must_name, allowed_rc=(0, 1)):
    case.peak_mb, case.rc = max(case.peak_mb, run.peak_mb), run.rc
    if run.timed_out:
        case.fail("hang (killed after %ds)" % TIMEOUT_S)
    elif run.rc not in allowed_rc:
        case.fail(f"exit {run.rc} (crash?) {run.err[-300:]}")
    if run.peak_mb > MEMORY_LIMIT_MB:
        case.fail(f"peak memory {run.peak_mb:.0f} MB")
    report = run.report()
    if run.rc == 0 and report.get("failed"):
        case.fail("exit 0 although the report says failed")
    if run.rc == 1 and report and not report.get("failed"):
        case.fail("exit 1 although the report says it did not fail")
    if not integrity_ok(library):
        case.fail("PRAGMA integrity_check failed")
    verify = run_keepsake(exe, ["verify", "--library", str(library)])
    if verify.rc != 0:
        case.fail("keepsake verify: " + verify.out[-300:])
    present = memories(exe, library)
    named = [p.get("file", "") for p in problems(exe, library)]
    def is_named(rel):
        return any(f.endswith(rel) or rel.endswith(f.split("/", 3)[-1]) for f in named)
    lost_intact, lost_unnamed = [], set()
    for key, source in baseline.items():
        if key in present:
            continue
        if any(source.endswith(t) for t in touched):
            if not any(is_named(t) for t in touched if source.endswith(t)):
                lost_unnamed.add(source)
        else:
            lost_intact.append(key)
    if lost_intact:
        case.fail(f"{len(lost_intact)} memories of intact files lost, e.g. {lost_intact[:3]}")
    if lost_unnamed:
        case.fail(f"memories of {sorted(lost_unnamed)} lost and the file is not named in the problems")
    for rel in must_name:
        if not is_named(rel):
            case.fail(f"damaged file {rel} not named in the problems")
    return present


def baseline_of(exe, fixture, workdir) -> dict:
    base = workdir / f"baseline-{fixture}"
    base.mkdir(parents=True)
    root = FIXTURES[fixture](base)
    library = workdir / f"baseline-lib-{fixture}"
    run = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"])
    if run.rc != 0:
        raise SystemExit(f"the clean {fixture} fixture does not import: {run.err}")
    return {key: relative_source(src, base) for key, src in memories(exe, library).items()}


# ---------------------------------------------------------------- cases

def mutation_case(exe, workdir, baselines, fixture, rel, op, seed):
    case = Case(f"{fixture}:{Path(rel).name}:{op}:{seed}")
    base = workdir / case.name.replace(":", "_").replace("/", "_")
    base.mkdir(parents=True)
    root = FIXTURES[fixture](base)
    target = base / rel
    mutate, destroys = MUTATIONS[op]
    target.write_bytes(mutate(target.read_bytes(), random.Random(seed)))
    library = base / "library"
    run = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"])
    media = target.suffix.lower() in (".jpg", ".jpeg", ".png")
    check_run(case, exe, library, run, base, baselines[fixture], [rel], [rel] if destroys and media else [])
    shutil.rmtree(base, ignore_errors=True)
    return case


def special_file_case(exe, workdir, baselines, kind):
    case = Case(f"qzoneexport:{kind}")
    base = workdir / f"special-{kind}"
    base.mkdir(parents=True)
    root = make_qzoneexport(base)
    library = base / "library"
    touched, must_name = [], []
    if kind == "symlink-out":
        # A referenced picture and a loose one lead outside the dropped folder.
        picture = root / "Messages" / "images" / "P4.jpeg"
        picture.unlink()
        picture.symlink_to("/etc/hostname")
        (root / "Messages" / "images" / "loose.jpeg").symlink_to("/etc/passwd")
        touched = must_name = ["Messages/images/P4.jpeg"]
    elif kind == "fifo":
        os.mkfifo(root / "Messages" / "images" / "pipe.jpeg")
        must_name = ["Messages/images/pipe.jpeg"]
    elif kind == "unreadable-folder":
        (root / "Boards").chmod(0)
        touched = ["Boards/boards.json"]
        if os.geteuid() != 0:
            must_name = ["Boards"]
        else:
            case.notes.append("root reads a chmod 000 folder: only no-loss is checked")
    elif kind == "zip-damaged-entry":
        archive = make_zip(base, root)
        shutil.rmtree(root)
        data = bytearray(archive.read_bytes())
        with zipfile.ZipFile(archive) as z:
            info = z.getinfo(f"{root.name}/Boards/boards.json")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for i in range(start + 2, start + min(info.compress_size, 40)):
            data[i] ^= 0x5A
        archive.write_bytes(bytes(data))
        root = archive
        touched = must_name = ["Boards/boards.json"]
    run = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"])
    baseline = baselines["qzoneexport"]
    if kind == "zip-damaged-entry":
        baseline = {k: v for k, v in baseline.items()}
    check_run(case, exe, library, run, base, baseline, touched, must_name)
    if kind == "symlink-out":
        leaked = [p for p in (library / "vault").rglob("*") if p.is_file() and p.read_bytes() in
                  (Path("/etc/hostname").read_bytes(), Path("/etc/passwd").read_bytes())]
        if leaked:
            case.fail("a file from outside the export is in the vault")
    if kind == "unreadable-folder":
        (root / "Boards").chmod(0o755)
    shutil.rmtree(base, ignore_errors=True)
    return case


def vanishing_case(exe, workdir, baselines):
    case = Case("qzoneexport:vanishing-files")
    base = workdir / "vanishing"
    base.mkdir(parents=True)
    root = make_qzoneexport(base, posts=400)
    library = base / "library"
    pictures = sorted((root / "Messages" / "images").glob("*.jpeg"))
    def remove_some(proc):
        def later():
            time.sleep(0.15)
            for p in pictures[100:]:
                p.unlink(missing_ok=True)
        threading.Thread(target=later, daemon=True).start()
    run = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"], on_start=remove_some)
    # The pictures may vanish; every post stays, and the run ends honestly.
    check_run(case, exe, library, run, base, {}, [], [])
    if len(memories(exe, library)) < 400 + 6:
        case.fail("posts were lost when their pictures vanished")
    shutil.rmtree(base, ignore_errors=True)
    return case


def interrupted_case(exe, workdir, baselines, how, seed):
    case = Case(f"qzoneexport:{how}:{seed}")
    base = workdir / f"interrupt-{how}-{seed}"
    base.mkdir(parents=True)
    root = make_qzoneexport(base, posts=300)
    library = base / "library"
    delay = random.Random(seed).uniform(0.05, 1.5)
    def interrupt(proc):
        def later():
            time.sleep(delay)
            # os.kill, not Popen.send_signal: that one reaps the child behind run_keepsake's back.
            if proc.returncode is None:
                try:
                    os.kill(proc.pid, signal.SIGKILL if how == "kill-9" else signal.SIGTERM)
                except ProcessLookupError:
                    pass
        threading.Thread(target=later, daemon=True).start()
    run = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"], on_start=interrupt)
    # A SIGTERM that lands before the import has begun (Qt still starting) ends the process the
    # usual way (-15): nothing was written yet, and the rerun below proves it.
    allowed = (0, -9) if how == "kill-9" else (0, 143, -15)
    case.peak_mb, case.rc = run.peak_mb, run.rc
    if run.rc not in allowed:
        case.fail(f"exit {run.rc} after {how} at {delay:.2f}s")
    if how == "sigterm" and run.rc == 143:
        report = run.report()
        if not report.get("cancelled"):
            case.fail("SIGTERM: the report does not say cancelled")
        if len(memories(exe, library)) != report.get("added", -1):
            case.fail("SIGTERM: the report's added differs from what the library holds")
    if not integrity_ok(library):
        case.fail("PRAGMA integrity_check failed after the interruption")
    again = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"])
    expected = make_expected_keys(300)
    present = check_run(case, exe, library, again, base, {}, [], [])
    missing = expected - set(present)
    if missing:
        case.fail(f"the rerun did not complete the import: {len(missing)} memories missing")
    if list((library / "vault" / ".incoming").glob("*")):
        case.fail("files left in vault/.incoming after the rerun")
    case.notes.append(f"{how} at {delay:.2f}s (exit {run.rc})")
    shutil.rmtree(base, ignore_errors=True)
    return case


def make_expected_keys(posts, uin="10001"):
    return {f"post:{uin}t{i}" for i in range(posts)} | {f"board:{i}" for i in range(6)}


def concurrent_case(exe, workdir, baselines):
    case = Case("two-imports-at-once")
    base = workdir / "concurrent"
    (base / "a").mkdir(parents=True)
    (base / "b").mkdir(parents=True)
    first = make_qzoneexport(base / "a", uin="10001", posts=200)
    second = make_markdown(base / "b")
    library = base / "library"
    results = {}
    def go(name, root):
        results[name] = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"])
    threads = [threading.Thread(target=go, args=("a", first)), threading.Thread(target=go, args=("b", second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, run in results.items():
        check_run(case, exe, library, run, base, {}, [], [], allowed_rc=(0,))
        if any("locked" in p.get("message", "") for p in run.report().get("problems", [])):
            case.fail(f"import {name} reported the library as locked")
    present = set(memories(exe, library))
    want = make_expected_keys(200) | set(baselines["markdown"])
    if want - present:
        case.fail(f"{len(want - present)} memories missing after two imports at once")
    shutil.rmtree(base, ignore_errors=True)
    return case


def full_disk_case(exe, workdir, baselines):
    case = Case("full-disk")
    base = workdir / "fulldisk"
    base.mkdir(parents=True)
    root = make_qzoneexport(base, posts=300)
    mount = base / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        case.notes.append("skipped: cannot mount a small file system here (tst_importpipeline injects SQLITE_FULL)")
        return case
    try:
        library = mount / "library"
        run = run_keepsake(exe, ["import", str(root), "--library", str(library), "--json"])
        case.peak_mb, case.rc = run.peak_mb, run.rc
        if run.rc == 0:
            case.fail("exit 0 on a full disk")
        if not integrity_ok(library):
            case.fail("PRAGMA integrity_check failed on the full disk")
        roomy = base / "roomy"
        shutil.copytree(library, roomy)
    finally:
        subprocess.run(["umount", str(mount)])
    again = run_keepsake(exe, ["import", str(root), "--library", str(roomy), "--json"])
    present = check_run(case, exe, roomy, again, base, {}, [], [])
    if make_expected_keys(300) - set(present):
        case.fail("a later import with room did not complete the job")
    shutil.rmtree(base, ignore_errors=True)
    return case


# ---------------------------------------------------------------- main

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keepsake", required=True)
    parser.add_argument("--fast", action="store_true", help="the subset CTest runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="run the cases whose name contains this")
    args = parser.parse_args()
    exe = str(Path(args.keepsake).resolve())
    work = Path(tempfile.mkdtemp(prefix="keepsake-faults-"))
    try:
        baselines = {name: baseline_of(exe, name, work) for name in FIXTURES}
        jobs = []
        seeds = [args.seed] if args.fast else [args.seed, args.seed + 1, args.seed + 2]
        for fixture, rel, ops in TARGETS:
            for op in ops:
                if args.fast and (fixture, op) not in FAST:
                    continue
                for seed in (seeds if MUTATIONS[op][0] in (m_flip_bytes, m_nuls, m_garbage) else seeds[:1]):
                    jobs.append(lambda f=fixture, r=rel, o=op, s=seed: mutation_case(exe, work, baselines, f, r, o, s))
        for kind in ("symlink-out", "fifo", "unreadable-folder", "zip-damaged-entry"):
            jobs.append(lambda k=kind: special_file_case(exe, work, baselines, k))
        jobs.append(lambda: concurrent_case(exe, work, baselines))
        interruptions = 2 if args.fast else 10
        for i in range(interruptions):
            jobs.append(lambda s=args.seed + i: interrupted_case(exe, work, baselines, "kill-9", s))
            jobs.append(lambda s=args.seed + i: interrupted_case(exe, work, baselines, "sigterm", s))
        if not args.fast:
            jobs.append(lambda: vanishing_case(exe, work, baselines))
            jobs.append(lambda: full_disk_case(exe, work, baselines))
        cases = []
        for job in jobs:
            case = job()
            if args.only and args.only not in case.name:
                continue
            cases.append(case)
            mark = "FAIL" if case.failures else "ok"
            print(f"{mark:4}  {case.name:55} exit {str(case.rc):>4}  peak {case.peak_mb:6.0f} MB  "
                  + "; ".join(case.failures + case.notes), flush=True)
        failed = [c for c in cases if c.failures]
        worst = max((c.peak_mb for c in cases), default=0)
        print(f"\n{len(cases)} cases, {len(failed)} failed; highest peak memory {worst:.0f} MB "
              f"(limit {MEMORY_LIMIT_MB} MB); {os.cpu_count()} cores")
        return 1 if failed else 0
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", str(work)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
