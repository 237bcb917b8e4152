/* disclose default theme: remembers the reading preferences.
 *
 * The preferences work without this script: two hidden checkboxes
 * (#pref-large, #pref-contrast) sit before div.page and the stylesheet
 * reacts to :checked; label.pref-toggle in the header toggles them by
 * mouse or touch. This script only adds:
 *   - persistence in localStorage ("disclose.large", "disclose.contrast";
 *     "1" when on, absent when off);
 *   - keyboard use of the labels (tabindex=0, role=button, aria-pressed,
 *     Enter and Space toggle).
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

  function labelsFor(box) {
    var all = document.querySelectorAll('label.pref-toggle');
    var found = [];
    for (var i = 0; i < all.length; i++) {
      if (all[i].htmlFor === box.id) found.push(all[i]);
    }
    return found;
  }

  function reflect(pref) {
    var labels = labelsFor(pref.box);
    for (var i = 0; i < labels.length; i++) {
      labels[i].setAttribute('aria-pressed', pref.box.checked ? 'true' : 'false');
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
      reflect(pref);
    }
  }

  function isToggleKey(event) {
    var key = event.key;
    return key === 'Enter' || key === ' ' || key === 'Spacebar' ||
        event.keyCode === 13 || event.keyCode === 32;
  }

  function setup(pref) {
    pref.box = document.getElementById(pref.id);
    if (!pref.box) return;

    pref.box.addEventListener('change', function () {
      save(pref.key, pref.box.checked);
      reflect(pref);
    });

    var labels = labelsFor(pref.box);
    for (var i = 0; i < labels.length; i++) {
      var label = labels[i];
      label.setAttribute('tabindex', '0');
      label.setAttribute('role', 'button');
      label.addEventListener('keydown', function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (!isToggleKey(event)) return;
        event.preventDefault();
        pref.box.checked = !pref.box.checked;
        save(pref.key, pref.box.checked);
        reflect(pref);
      });
    }
  }

  function init() {
    for (var i = 0; i < PREFS.length; i++) setup(PREFS[i]);
    restore();
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
