#!/usr/bin/env python3
"""Hostile Markdown bodies: how long Debian's cmark-gfm takes on each
unbounded, and what `disclose check` does with the same body in a copy of
the sample site. Prints the table of docs/threat-model.md.

usage: bench/hostile.py [DISCLOSE_BINARY]   (default build/disclose)

Needs the `cmark-gfm` command (Debian package cmark-gfm, the same library
disclose links). Each cmark-gfm run is cut off after 120 s.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CMARK_LIMIT_S = 120


def lines_of(unit, count, per_line, prefix=""):
    """count copies of unit, per_line to a line (each line after prefix)."""
    out = []
    for start in range(0, count, per_line):
        out.append(prefix + unit * min(per_line, count - start))
    return "\n".join(out) + "\n"


def stairs(depth):
    return "".join(" " * (2 * i) + "- x\n" for i in range(depth))


def table(columns, rows):
    row = "|x" * columns + "|\n"
    return row + "|-" * columns + "|\n" + row * rows


SHAPES = [
    # name, what it is, body
    ("image_brackets", "`![[]()` ×300,000, 100 to a line, one paragraph",
     lines_of("![[]()", 300000, 100)),
    ("cdata", "`<![CDATA[` ×200,000, 100 to a line, one paragraph",
     lines_of("<![CDATA[", 200000, 100, "x ")),
    ("emphasis", "`*a ` ×600,000, 300 to a line, one paragraph",
     lines_of("*a ", 600000, 300)),
    ("open_links", "`[a](b ` ×300,000, 100 to a line, one paragraph",
     lines_of("[a](b ", 300000, 100)),
    ("quotes_then_emphasis", "`>` ×20,000 then `*a ` ×20,000",
     ">" * 20000 + "*a " * 20000 + "\n"),
    ("list_stairs", "list items each indented 2 more, 1,400 deep",
     stairs(1400)),
    ("loose_list", "`- a` and a blank line ×100,000", "- a\n\n" * 100000),
    ("wide_table", "a table of 800 columns × 800 rows", table(800, 800)),
    ("autolink_line", "`a@` ×1,000,000 on one line", "a@" * 1000000 + "\n"),
    ("reference_blowup",
     "one 2,000-byte reference used 5,000 times, 100 to a paragraph",
     "[r]: /" + "u" * 2000 + "\n\n" + ("[r] " * 100 + "\n\n") * 50),
]


def peak_rss_mib(cmd, timeout):
    """Runs cmd under /usr/bin/time -f %M; (seconds, MiB, stderr, timed out)."""
    start = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M"] + cmd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    timed_out = False
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        subprocess.run(["pkill", "-KILL", "-P", str(proc.pid)], check=False)
        proc.kill()
        _, err = proc.communicate()
        timed_out = True
    seconds = time.monotonic() - start
    text = err.decode("utf-8", "replace").strip().splitlines()
    kib = int(text[-1]) if text and text[-1].isdigit() else 0
    return seconds, kib / 1024, "\n".join(text[:-1]), timed_out


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1
                             else os.path.join(ROOT, "build/disclose"))
    if shutil.which("cmark-gfm") is None:
        sys.exit("hostile.py: needs the cmark-gfm command "
                 "(apt-get install cmark-gfm)")
    sample = os.path.join(ROOT, "content/notices/2005/consolidate-approval-items.md")
    front = open(sample, encoding="utf-8").read().split("\n---\n", 1)[0]
    print("| input | size | cmark-gfm alone | disclose check | answer |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        site = os.path.join(work, "site")
        shutil.copytree(os.path.join(ROOT, "content"),
                        os.path.join(site, "content"))
        shutil.copytree(os.path.join(ROOT, "themes"),
                        os.path.join(site, "themes"))
        doc = os.path.join(site, "content/notices/2005/hostile.md")
        for name, what, body in SHAPES:
            body_path = os.path.join(work, name + ".md")
            with open(body_path, "w", encoding="utf-8") as f:
                f.write(body)
            with open(doc, "w", encoding="utf-8") as f:
                f.write(front.replace("2005-00003", "2005-00099") +
                        "\n---\n\n" + body)
            c_s, c_mib, _, c_out = peak_rss_mib(
                ["cmark-gfm", "-e", "table", "-e", "autolink", "-e",
                 "strikethrough", "-e", "tagfilter", body_path], CMARK_LIMIT_S)
            d_s, d_mib, d_err, d_out = peak_rss_mib(
                [binary, "check", "--quiet", "--site", site], 600)
            codes = sorted({part.split("]")[0] for part in
                            d_err.split("error[")[1:]})
            hostile = [l for l in d_err.splitlines() if "hostile.md" in l]
            answer = ", ".join(codes) if codes else "no error"
            if hostile:
                answer += ": " + hostile[0].split("]: ", 1)[-1][:90]
            cmark = (f"> {CMARK_LIMIT_S} s (cut off)" if c_out
                     else f"{c_s:.2f} s, {c_mib:.0f} MiB")
            check = ("timed out" if d_out else f"{d_s:.2f} s, {d_mib:.0f} MiB")
            size = f"{len(body.encode()) / 1024:.0f} KiB"
            print(f"| {what} | {size} | {cmark} | {check} | {answer} |",
                  flush=True)


if __name__ == "__main__":
    main()
