/* disclose default theme: remembers the reading preferences.
 *
 * The preferences work without this script: two switches (checkboxes with
 * role=switch, #pref-large and #pref-contrast) sit before div.page, out of
 * sight but in the tab order after the skip link; Space toggles them, the
 * stylesheet reacts to :checked and rings label.pref-toggle in the header
 * while one has the focus; the labels toggle them by mouse or touch. This
 * script only adds:
 *   - persistence in localStorage ("disclose.large", "disclose.contrast";
 *     "1" when on, absent when off), so the choice holds on every page;
 *   - the print date on a printout's last line (.print-date).
 * ES5, no dependencies. Every storage access may throw (private modes,
 * disabled storage), so each one is guarded.
 */
(function () {
  'use strict';

  var PREFS = [
    { id: 'pref-large', key: 'disclose.large' },
    { id: 'pref-contrast', key: 'disclose.contrast' }
  ];

  // Returns true or false, or null when storage cannot be read.
  function load(key) {
    try {
      return window.localStorage.getItem(key) === '1';
    } catch (e) {
      return null;
    }
  }

  function save(key, on) {
    try {
      if (on) {
        window.localStorage.setItem(key, '1');
      } else {
        window.localStorage.removeItem(key);
      }
    } catch (e) {
      // Not stored; the preference still applies to this page.
    }
  }

  // Sets every checkbox from storage (on load, on return from the
  // back/forward cache, and when another tab changes a preference).
  function restore() {
    for (var i = 0; i < PREFS.length; i++) {
      var pref = PREFS[i];
      if (!pref.box) continue;
      var on = load(pref.key);
      if (on !== null) pref.box.checked = on;
    }
  }

  function setup(pref) {
    pref.box = document.getElementById(pref.id);
    if (!pref.box) return;

    pref.box.addEventListener('change', function () {
      save(pref.key, pref.box.checked);
    });
  }

  // The date a printout was made, on its last line (.print-date).
  function printDate() {
    var line = document.querySelector('.print-date-line');
    var date = document.querySelector('.print-date');
    if (!line || !date) return;
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    date.textContent = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' +
        pad(d.getDate());
    line.hidden = false;
  }

  function init() {
    for (var i = 0; i < PREFS.length; i++) setup(PREFS[i]);
    restore();
    printDate();
    window.addEventListener('beforeprint', printDate);
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) restore();
    });
    window.addEventListener('storage', function (event) {
      for (var i = 0; i < PREFS.length; i++) {
        if (event.key === PREFS[i].key || event.key === null) {
          restore();
          return;
        }
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
