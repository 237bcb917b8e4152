#!/usr/bin/env python3
"""Makes two copies of a large site from the sample's documents: one for
disclose (content/ + themes/) and one for Hugo (the same Markdown bodies and
front matter, with Hugo's `date`), so both tools render the same text.
Every copy after the first names a place of its own before each title
(青山县…), so that no two documents share a title, as on a real portal
that gathers the documents of many counties.

usage: make_sites.py COPIES OUT_DIR
"""
import os
import re
import shutil
import sys

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
copies = int(sys.argv[1])
out = sys.argv[2]
shutil.rmtree(out, ignore_errors=True)
d_site = os.path.join(out, "disclose")
h_site = os.path.join(out, "hugo")
shutil.copytree(os.path.join(repo, "themes"), os.path.join(d_site, "themes"))
os.makedirs(os.path.join(d_site, "content"))
for name in ("site.yaml", "departments.yaml", "schemas"):
    src = os.path.join(repo, "content", name)
    dst = os.path.join(d_site, "content", name)
    (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, dst)
shutil.copytree(os.path.join(os.path.dirname(__file__), "hugo"), h_site)

docs = []
for root, _, files in os.walk(os.path.join(repo, "content")):
    for f in sorted(files):
        if f.endswith(".md"):
            docs.append(os.path.join(root, f))
docs.sort()

FIRST = "东西南北青白石龙凤金银桃柳松梅兰竹菊云川"
SECOND = "山河湖江岭田溪坪桥塘岗湾林源峰泉洲阳平安"
KINDS = "县区镇乡"


def place(n):
    """The n-th place name (n >= 1), all distinct up to 1,600."""
    n -= 1
    return FIRST[n % 20] + SECOND[n // 20 % 20] + KINDS[n // 400 % 4]


serial = 0
for copy in range(copies):
    renamed = {}
    texts = []
    for path in docs:
        text = open(path, encoding="utf-8").read()
        index_no = re.search(r'^index_no: "([^"]+)"', text, re.M).group(1)
        serial += 1
        # The serial at the end, whatever its width (layouts differ).
        new = re.sub(r"-(\d+)$",
                     lambda m: "-%0*d" % (len(m.group(1)), serial), index_no)
        renamed[index_no] = new
        texts.append((path, text))
    for path, text in texts:
        for old, new in renamed.items():
            text = text.replace('"%s"' % old, '"%s"' % new)
        # One assessment per period: each copy rates later months.
        def shift(m):
            months = int(m.group(1)) * 12 + int(m.group(2)) - 1 + 2 * copy
            return "period: %04d-%02d" % (months // 12, months % 12 + 1)
        text = re.sub(r"^period: (\d{4})-(\d{2})", shift, text, flags=re.M)
        if copy > 0:
            text = re.sub(r"^title: ", "title: " + place(copy), text, count=1,
                          flags=re.M)
        rel = os.path.relpath(path, os.path.join(repo, "content"))
        rel = rel[:-3] + "-%d.md" % copy
        target = os.path.join(d_site, "content", rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, "w", encoding="utf-8").write(text)
        published = re.search(r"^published: (\S+)", text, re.M).group(1)
        hugo_text = text.replace("\n---\n", "\ndate: %s\n---\n" % published, 1)
        target = os.path.join(h_site, "content", rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, "w", encoding="utf-8").write(hugo_text)
print(serial)
