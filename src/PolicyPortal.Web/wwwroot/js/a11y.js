// Settings of the version for the visually impaired (ГОСТ Р 52872-2019): font size, colour scheme, letter spacing,
// images. Kept in localStorage, never in a cookie, so every visitor gets the same cached page and this script
// applies the choice. Loaded in <head> so the saved choice is applied before the page is drawn.
(function () {
  var key = 'pp-a11y';
  var defaults = { font: '1', scheme: 'bw', spacing: '1', images: 'on' };
  var root = document.documentElement;

  function load() {
    var saved = {};
    try { saved = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) { saved = {}; }
    var settings = {};
    for (var name in defaults) { settings[name] = typeof saved[name] === 'string' ? saved[name] : defaults[name]; }
    return settings;
  }

  function apply(settings) {
    for (var name in settings) { root.setAttribute('data-a11y-' + name, settings[name]); }
  }

  function mark(settings) {
    var buttons = document.querySelectorAll('[data-a11y-setting]');
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      b.setAttribute('aria-pressed', settings[b.getAttribute('data-a11y-setting')] === b.getAttribute('data-a11y-value') ? 'true' : 'false');
    }
  }

  var current = load();
  apply(current);

  document.addEventListener('DOMContentLoaded', function () {
    mark(current);
    document.addEventListener('click', function (event) {
      var button = event.target.closest ? event.target.closest('[data-a11y-setting], [data-a11y-reset]') : null;
      if (!button) { return; }
      if (button.hasAttribute('data-a11y-reset')) {
        current = load();
        for (var name in defaults) { current[name] = defaults[name]; }
      } else {
        current[button.getAttribute('data-a11y-setting')] = button.getAttribute('data-a11y-value');
      }
      try { localStorage.setItem(key, JSON.stringify(current)); } catch (e) { /* private mode: the choice lasts for this page */ }
      apply(current);
      mark(current);
    });
  });
})();
