/* disclose default theme: the search page (/search/).
 *
 * The generator writes the index (generator/search/index.h has the format):
 *   search/meta.json          the manifest: shard count, facets per document
 *   search/shards/<n>.bin      bigram postings, by SearchShardOf
 *   search/docs/<id>.json      what a result shows, and its text
 * A query fetches the manifest, the shards of its bigrams and the files of
 * the results it shows, nothing else.
 *
 * Text is folded exactly as FoldForSearch (generator/base/unicode.cc) folds
 * it: NFC, each character in its compatibility form, lower case, letters,
 * marks and numbers only. A term of two or more folded characters matches
 * where all its bigrams stand at consecutive positions of one field, so
 * every result holds every term. Terms are separated by spaces; a phrase in
 * quotes is one term.
 *
 * Without this script the page shows links to the catalogue instead.
 * No dependencies; every string comes from the page (data-settings).
 */
(function () {
  'use strict';

  var PAGE_SIZE = 20;
  // Field ids (SearchField) to their rank class: title; 文号 and 索引号;
  // keywords; summary; body.
  var FIELD_CLASS = [0, 1, 1, 2, 3, 4];
  var CLASS_WEIGHT = [10000, 1000, 100, 10, 1];
  var EXACT_TITLE = 1000000;
  var FILTERS = ['department', 'type', 'category', 'year', 'validity'];
  var LETTER_MARK_NUMBER = /[\p{L}\p{M}\p{N}]/u;
  var OPEN_QUOTES = '"\u201C\u300C\u300E\u2018\'';
  var CLOSE_QUOTES = '"\u201D\u300D\u300F\u2019\'';

  // ---- Folding (must agree with FoldForSearch) ----

  function foldChar(ch) {
    var cp = ch.codePointAt(0);
    if (cp < 0x80 || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF)) {
      return ch;
    }
    return ch.normalize('NFKC');
  }

  function lower(c) {
    if (c === '\u0130') return c;
    var l = c.toLowerCase();
    return Array.from(l).length === 1 ? l : c;
  }

  // {chars: [code points], from: [offset in text.normalize('NFC') of the
  // character each came from], text: that NFC text}.
  function fold(text) {
    var nfc = String(text).normalize('NFC');
    var chars = [];
    var from = [];
    var offset = 0;
    for (var ch of nfc) {
      for (var c of foldChar(ch)) {
        if (!LETTER_MARK_NUMBER.test(c)) continue;
        chars.push(lower(c).codePointAt(0));
        from.push(offset);
      }
      offset += ch.length;
    }
    return { chars: chars, from: from, text: nfc };
  }

  // ---- The query ----

  // The terms of a query: quoted phrases whole, the rest split at spaces.
  function splitQuery(q) {
    var terms = [];
    var i = 0;
    while (i < q.length) {
      var ch = q[i];
      var quote = OPEN_QUOTES.indexOf(ch);
      if (quote >= 0) {
        var end = i + 1;
        while (end < q.length && CLOSE_QUOTES.indexOf(q[end]) < 0) end++;
        terms.push(q.slice(i + 1, end));
        i = end + 1;
      } else if (/\s/.test(ch)) {
        i++;
      } else {
        var stop = i;
        while (stop < q.length && !/\s/.test(q[stop]) &&
               OPEN_QUOTES.indexOf(q[stop]) < 0) {
          stop++;
        }
        terms.push(q.slice(i, stop));
        i = stop;
      }
    }
    return terms;
  }

  // {terms: [{text, chars}], ignored: [text]}: each term folded, those of
  // fewer than two characters set aside, repeats dropped.
  function parseQuery(q) {
    var out = { terms: [], ignored: [] };
    var seen = {};
    splitQuery(q).forEach(function (text) {
      var chars = fold(text).chars;
      if (chars.length === 0) return;
      if (chars.length < 2) {
        out.ignored.push(text);
        return;
      }
      var key = String.fromCodePoint.apply(null, chars);
      if (seen[key]) return;
      seen[key] = true;
      out.terms.push({ text: text, chars: chars });
    });
    return out;
  }

  // ---- The index ----

  function shardOf(a, b, count) {
    var h = 2166136261;
    h = Math.imul(h ^ a, 16777619) >>> 0;
    h = Math.imul(h ^ b, 16777619) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
    return h & (count - 1);
  }

  function Reader(bytes, at) {
    this.bytes = bytes;
    this.at = at || 0;
  }
  Reader.prototype.varint = function () {
    var n = 0;
    var scale = 1;
    for (;;) {
      var b = this.bytes[this.at++];
      if (b === undefined) throw new Error('truncated shard');
      n += (b & 0x7F) * scale;
      if ((b & 0x80) === 0) return n;
      scale *= 128;
    }
  };

  // A shard: its keys ("a,b") to where their postings lie.
  function parseShard(bytes) {
    var r = new Reader(bytes);
    var keys = new Map();
    var count = r.varint();
    for (var k = 0; k < count; k++) {
      var a = r.varint();
      var b = r.varint();
      var length = r.varint();
      keys.set(a + ',' + b, { bytes: bytes, at: r.at, end: r.at + length });
      r.at += length;
    }
    return keys;
  }

  // The postings of a key: [{doc, fields: Map(field -> [positions])}],
  // ascending by doc.
  function decodePostings(where) {
    var list = [];
    if (!where) return list;
    var r = new Reader(where.bytes, where.at);
    var doc = -1;
    while (r.at < where.end) {
      doc += r.varint();
      var fields = new Map();
      var n = r.varint();
      for (var f = 0; f < n; f++) {
        var field = r.varint();
        var count = r.varint();
        var positions = new Array(count);
        var p = 0;
        for (var i = 0; i < count; i++) {
          p += r.varint();
          positions[i] = p;
        }
        fields.set(field, positions);
      }
      list.push({ doc: doc, fields: fields });
    }
    return list;
  }

  function Index(base, version) {
    this.base = base;
    this.version = version;
    this.manifest = null;
    this.shards = new Map();  // number -> Promise of parsed shard
    this.docs = new Map();    // id -> Promise of document
  }
  Index.prototype.url = function (path) {
    return this.base + path + '?v=' + encodeURIComponent(this.version);
  };
  Index.prototype.load = function () {
    var self = this;
    if (!this.manifest) {
      this.manifest = fetch(this.url('meta.json')).then(function (r) {
        if (!r.ok) throw new Error('meta.json: ' + r.status);
        return r.json();
      });
    }
    return this.manifest;
  };
  Index.prototype.shard = function (n) {
    if (!this.shards.has(n)) {
      this.shards.set(n, fetch(this.url('shards/' + n + '.bin'))
          .then(function (r) {
            if (!r.ok) throw new Error('shard ' + n + ': ' + r.status);
            return r.arrayBuffer();
          })
          .then(function (buffer) {
            return parseShard(new Uint8Array(buffer));
          }));
    }
    return this.shards.get(n);
  };
  Index.prototype.doc = function (id) {
    if (!this.docs.has(id)) {
      this.docs.set(id, fetch(this.url('docs/' + id + '.json'))
          .then(function (r) {
            if (!r.ok) throw new Error('document ' + id + ': ' + r.status);
            return r.json();
          }));
    }
    return this.docs.get(id);
  };

  function bigrams(chars) {
    var out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push([chars[i], chars[i + 1]]);
    return out;
  }

  function contains(sorted, value) {
    var lo = 0;
    var hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < value) lo = mid + 1; else hi = mid;
    }
    return lo < sorted.length && sorted[lo] === value;
  }

  // Where a term occurs: Map(doc -> {rank class, exact title}).
  function matchTerm(term, shards, manifest) {
    var lists = bigrams(term.chars).map(function (bg) {
      var shard = shards.get(shardOf(bg[0], bg[1], manifest.shards));
      return decodePostings(shard.get(bg[0] + ',' + bg[1]));
    });
    var found = new Map();
    if (lists.some(function (l) { return l.length === 0; })) return found;
    var byDoc = lists.map(function (l) {
      var m = new Map();
      l.forEach(function (p) { m.set(p.doc, p.fields); });
      return m;
    });
    lists[0].forEach(function (first) {
      var doc = first.doc;
      var fieldsOf = [];
      for (var i = 0; i < byDoc.length; i++) {
        var f = byDoc[i].get(doc);
        if (!f) return;
        fieldsOf.push(f);
      }
      // The best field the term is in; positions ascend, so the first
      // verified start is the only one that can be 0 (the whole title).
      var best = null;
      first.fields.forEach(function (starts, field) {
        var cls = FIELD_CLASS[field];
        if (best !== null && best.cls <= cls) return;
        for (var s = 0; s < starts.length; s++) {
          var p = starts[s];
          var all = true;
          for (var k = 1; k < fieldsOf.length && all; k++) {
            var at = fieldsOf[k].get(field);
            all = at !== undefined && contains(at, p + k);
          }
          if (!all) continue;
          best = {
            cls: cls,
            exact: field === 0 && p === 0 &&
                term.chars.length === manifest.title_lengths[doc]
          };
          return;
        }
      });
      if (best !== null) found.set(doc, best);
    });
    return found;
  }

  // The filters of the URL as facet value indexes (null: any).
  function chosenFilters(params, manifest) {
    var chosen = {};
    FILTERS.forEach(function (name) {
      var value = params.get(name) || '';
      if (value === '') return;
      if (name === 'year') {
        chosen.year = Number(value);
        return;
      }
      var values = manifest.facets[name].values;
      var at = -2;  // matches nothing
      for (var i = 0; i < values.length; i++) {
        if (values[i].id === value) at = i;
      }
      chosen[name] = at;
    });
    return chosen;
  }

  function passes(doc, chosen, manifest) {
    var facets = manifest.facets;
    for (var name in chosen) {
      var want = chosen[name];
      var has = facets[name].of[doc];
      if (name === 'category') {
        var parent = has >= 0 ? facets.category.values[has].parent : -1;
        if (has !== want && parent !== want) return false;
      } else if (has !== want) {
        return false;
      }
    }
    return true;
  }

  // The ids of the documents holding every term, best first.
  function rank(terms, shards, manifest, chosen) {
    var perTerm = terms.map(function (t) { return matchTerm(t, shards, manifest); });
    var scored = [];
    perTerm[0].forEach(function (first, doc) {
      if (!passes(doc, chosen, manifest)) return;
      var score = 0;
      for (var i = 0; i < perTerm.length; i++) {
        var m = perTerm[i].get(doc);
        if (!m) return;
        score += CLASS_WEIGHT[m.cls];
      }
      if (terms.length === 1 && first.exact) score += EXACT_TITLE;
      scored.push({ doc: doc, score: score });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return scored.map(function (s) { return s.doc; });
  }

  // ---- Showing results ----

  function format(pattern, args) {
    return pattern.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(args, name) ? args[name] : all;
    });
  }

  // The ranges [start, end) of text.normalize('NFC') where a term occurs.
  function occurrences(folded, terms) {
    var ranges = [];
    var chars = folded.chars;
    terms.forEach(function (term) {
      var n = term.chars.length;
      for (var i = 0; i + n <= chars.length; i++) {
        var k = 0;
        while (k < n && chars[i + k] === term.chars[k]) k++;
        if (k < n) continue;
        var last = folded.from[i + n - 1];
        var lastLength = String.fromCodePoint(folded.text.codePointAt(last)).length;
        ranges.push([folded.from[i], last + lastLength]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var top = merged[merged.length - 1];
      if (top && r[0] <= top[1]) top[1] = Math.max(top[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

  // Appends text[start, end) to node with the ranges marked.
  function appendMarked(node, text, ranges, start, end) {
    var at = start;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], start);
      var e = Math.min(r[1], end);
      if (s >= e) return;
      if (s > at) node.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s, e);
      node.appendChild(mark);
      at = e;
    });
    if (at < end) node.appendChild(document.createTextNode(text.slice(at, end)));
  }

  // A snippet of the first field of the document holding a term, with the
  // terms marked.
  function snippet(doc, terms) {
    var p = document.createElement('p');
    p.className = 'result-snippet';
    var fields = [doc.summary, doc.body, doc.keywords].filter(Boolean);
    for (var i = 0; i < fields.length; i++) {
      var folded = fold(fields[i]);
      var ranges = occurrences(folded, terms);
      if (ranges.length === 0) continue;
      var text = folded.text.replace(/\s+/g, ' ');
      var start = Math.max(0, ranges[0][0] - 40);
      var end = Math.min(text.length, start + 160);
      if (start > 0) p.appendChild(document.createTextNode('…'));
      appendMarked(p, text, ranges, start, end);
      if (end < text.length) p.appendChild(document.createTextNode('…'));
      return p;
    }
    if (doc.summary) {
      p.textContent = doc.summary.length > 160 ?
          doc.summary.slice(0, 160) + '…' : doc.summary;
      return p;
    }
    return null;
  }

  function resultItem(doc, terms, t) {
    var li = document.createElement('li');
    li.className = 'result';
    var h = document.createElement('h3');
    h.className = 'result-title';
    var a = document.createElement('a');
    a.href = doc.url;
    var title = fold(doc.title);
    appendMarked(a, title.text, occurrences(title, terms), 0, title.text.length);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement('p');
    meta.className = 'result-meta';
    var parts = [doc.department, doc.published];
    if (doc.type) parts.push(doc.type);
    parts.push(t.validity + t.colon + doc.validity);
    meta.textContent = parts.join(' · ');
    li.appendChild(meta);
    var ids = document.createElement('p');
    ids.className = 'result-ids';
    var idText = t.index_no + t.colon + doc.index_no;
    if (doc.doc_no) idText = t.doc_no + t.colon + doc.doc_no + ' · ' + idText;
    var idsFolded = fold(idText);
    appendMarked(ids, idsFolded.text, occurrences(idsFolded, terms), 0,
                 idsFolded.text.length);
    li.appendChild(ids);
    var s = snippet(doc, terms);
    if (s) li.appendChild(s);
    return li;
  }

  function pageLink(params, page, label, rel) {
    var a = document.createElement('a');
    var next = new URLSearchParams(params);
    if (page > 1) next.set('page', String(page)); else next.delete('page');
    a.href = '?' + next.toString();
    a.textContent = label;
    if (rel) a.rel = rel;
    return a;
  }

  function showPages(nav, params, page, pages, t) {
    nav.textContent = '';
    if (pages <= 1) {
      nav.hidden = true;
      return;
    }
    nav.hidden = false;
    if (page > 1) nav.appendChild(pageLink(params, page - 1, t.previous, 'prev'));
    var label = document.createElement('span');
    label.textContent = format(t.search_page, { n: page, total: pages });
    nav.appendChild(label);
    if (page < pages) nav.appendChild(pageLink(params, page + 1, t.next, 'next'));
  }

  // The ids of the documents that answer the parsed query under the
  // filters of params (URLSearchParams), best first.
  function find(index, parsed, params) {
    return index.load().then(function (manifest) {
      var needed = new Set();
      parsed.terms.forEach(function (term) {
        bigrams(term.chars).forEach(function (bg) {
          needed.add(shardOf(bg[0], bg[1], manifest.shards));
        });
      });
      var numbers = Array.from(needed);
      return Promise.all(numbers.map(function (n) { return index.shard(n); }))
          .then(function (loaded) {
            var shards = new Map();
            numbers.forEach(function (n, i) { shards.set(n, loaded[i]); });
            return rank(parsed.terms, shards, manifest,
                        chosenFilters(params, manifest));
          });
    });
  }

  function run(root) {
    var settings = JSON.parse(root.getAttribute('data-settings'));
    var t = settings.t;
    t.colon = t.colon || '：';
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-list');
    var nav = document.getElementById('search-pages');
    var fallback = document.getElementById('search-fallback');
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q') || '';
    var index = new Index(settings.index, settings.version);
    // For tools that measure or test the search (bench/search): the same
    // query as the page runs, without the page.
    window.DiscloseSearch = {
      find: function (query, filters) {
        var parsed = parseQuery(query);
        if (parsed.terms.length === 0) return Promise.resolve([]);
        return find(index, parsed, new URLSearchParams(filters || {}));
      },
      doc: function (id) { return index.doc(id); }
    };

    // The form shows what was asked.
    var input = document.getElementById('search-q');
    if (input) input.value = q;
    var anyFilter = false;
    FILTERS.forEach(function (name) {
      var select = document.getElementById('filter-' + name);
      var value = params.get(name) || '';
      if (select && value) {
        select.value = value;
        anyFilter = true;
      }
    });
    if (anyFilter) {
      var details = document.querySelector('.search-filters');
      if (details) details.open = true;
    }
    fallback.hidden = true;
    if (!q.trim()) return;
    root.hidden = false;

    var parsed = parseQuery(q);
    if (parsed.terms.length === 0) {
      status.textContent = t.search_short;
      return;
    }
    status.textContent = t.search_loading;
    find(index, parsed, params).then(function (docs) {
      var pages = Math.max(1, Math.ceil(docs.length / PAGE_SIZE));
      var page = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
      var shown = docs.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      return Promise.all(shown.map(function (id) { return index.doc(id); }))
          .then(function (files) {
            return { docs: docs, files: files, page: page, pages: pages };
          });
    }).then(function (result) {
      var text = result.docs.length === 0 ?
          format(t.search_none, { q: q.trim() }) :
          format(t.search_count, { n: result.docs.length });
      if (parsed.ignored.length > 0) {
        text += t.separator + format(t.search_ignored,
                                     { chars: parsed.ignored.join(' ') });
      }
      status.textContent = text;
      list.textContent = '';
      result.files.forEach(function (doc) {
        list.appendChild(resultItem(doc, parsed.terms, t));
      });
      showPages(nav, params, result.page, result.pages, t);
    }).catch(function () {
      status.textContent = t.search_failed;
      fallback.hidden = false;
    });
  }

  var root = document.getElementById('search-results');
  if (root) run(root);
}());
