"""Reads a built site as a feed reader does (tests/cli/feeds_test.cc).

Every Atom feed a page names in its <head> (link rel="alternate" of type
application/atom+xml) must exist and parse as Atom with a title, id, updated
date and self link; every entry must have a title, id, link and updated
date, and ids must be unique within a feed. Each document page that
sitemap.xml offers (the listed documents) must be an entry of every feed of
its lists (section, department, category) that it names.

Usage: check_feeds.py OUT_DIR BASE_URL
Prints "feeds: N, pages: M, memberships: K" and exits 0, or prints each
problem and exits 1.
"""
import html.parser
import os
import sys
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


class HeadLinks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.feeds = []
        self.canonical = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag != "link":
            return
        if a.get("rel") == "alternate" and a.get("type") == "application/atom+xml":
            self.feeds.append(a["href"])
        if a.get("rel") == "canonical":
            self.canonical = a["href"]


def main():
    out, base_url = sys.argv[1], sys.argv[2]
    base_path = "/" + base_url.split("://", 1)[1].split("/", 1)[1]
    problems = []
    feeds = {}  # site-relative path -> set of entry links

    def read_feed(path):
        if path in feeds:
            return feeds[path]
        file = os.path.join(out, path)
        if not os.path.isfile(file):
            problems.append("missing feed " + path)
            feeds[path] = set()
            return feeds[path]
        root = ET.parse(file).getroot()
        if root.tag != ATOM + "feed":
            problems.append(path + ": not an Atom feed")
        for child in ("title", "id", "updated"):
            if root.find(ATOM + child) is None:
                problems.append(path + ": no " + child)
        selfs = [l for l in root.findall(ATOM + "link") if l.get("rel") == "self"]
        if len(selfs) != 1 or selfs[0].get("href") != base_url + path:
            problems.append(path + ": self link is not " + base_url + path)
        links, ids = set(), set()
        for e in root.findall(ATOM + "entry"):
            for child in ("title", "id", "updated"):
                if not (e.findtext(ATOM + child) or "").strip():
                    problems.append(path + ": an entry without " + child)
            entry_id = e.findtext(ATOM + "id")
            if entry_id in ids:
                problems.append(path + ": entry id twice: " + entry_id)
            ids.add(entry_id)
            link = e.find(ATOM + "link")
            links.add(link.get("href") if link is not None else None)
        feeds[path] = links
        return links

    sitemap = ET.parse(os.path.join(out, "sitemap.xml")).getroot()
    offered = {u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
               for u in sitemap}
    pages = memberships = 0
    for folder, _, files in os.walk(out):
        for name in files:
            if not name.endswith(".html"):
                continue
            rel = os.path.relpath(os.path.join(folder, name), out)
            parser = HeadLinks()
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                parser.feed(f.read())
            pages += 1
            if not parser.feeds:
                problems.append(rel + ": names no feed")
            for href in parser.feeds:
                if not href.startswith(base_path):
                    problems.append(rel + ": feed outside the site: " + href)
                    continue
                links = read_feed(href[len(base_path):])
                # A document page (section/yyyy/slug/) in one of its lists.
                parts = rel.split("/")
                if (len(parts) == 4 and parts[1].isdigit() and href != base_path + "feed.xml"
                        and not href.endswith("updates/feed.xml")
                        and parser.canonical in offered):
                    memberships += 1
                    if parser.canonical not in links:
                        problems.append(rel + ": not an entry of " + href)
    for p in problems:
        print(p)
    print("feeds: %d, pages: %d, memberships: %d" % (len(feeds), pages, memberships))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
