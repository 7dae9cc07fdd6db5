// SPDX-License-Identifier: EUPL-1.2
// Employer suggestions for the sign-up and profile forms (progressive enhancement: without this script the field
// is plain text and the server resolves the name). Suggestions fill the field's native <datalist>, which browsers
// and screen readers already present as an accessible list of options.
(function () {
  'use strict';
  var lists = document.querySelectorAll('datalist[data-suggest-url]');
  Array.prototype.forEach.call(lists, function (list) {
    var input = document.querySelector('input[list="' + list.id + '"]');
    if (!input || !window.fetch) return;
    var url = list.getAttribute('data-suggest-url');
    var timer = null;
    var lastQuery = '';
    var controller = null;

    function fill(items) {
      while (list.firstChild) list.removeChild(list.firstChild);
      items.forEach(function (item) {
        var option = document.createElement('option');
        option.value = item.name;
        // The code and province tell same-named places apart; the value stays the plain name.
        option.label = [item.cbsCode, item.province].filter(Boolean).join(' · ');
        list.appendChild(option);
      });
    }

    function suggest() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < 2) {
        fill([]);
        return;
      }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      window
        .fetch(url + '?q=' + encodeURIComponent(query), { headers: { accept: 'application/json' }, signal: controller ? controller.signal : undefined })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (items) {
          if (Array.isArray(items)) fill(items.slice(0, 10));
        })
        .catch(function () {
          // Suggestions are a convenience: on any failure the member keeps typing and the server decides.
        });
    }

    input.addEventListener('input', function () {
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(suggest, 200);
    });
  });
})();
