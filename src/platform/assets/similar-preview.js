// SPDX-License-Identifier: EUPL-1.2
// Progressive enhancement of the pilot registration form: while the member types a title and summary, show
// pilots that look similar in the live region #similar-preview. Without this script the "Check for similar
// pilots" button does the same in a full page round trip. Same-origin fetch only (strict CSP: connect-src 'self').
(function () {
  'use strict';
  var form = document.querySelector('form[data-similar-preview]');
  var region = document.getElementById('similar-preview');
  if (!form || !region || !window.fetch || !window.URLSearchParams) return;
  var title = form.querySelector('[name="title"]');
  var summary = form.querySelector('[name="summary"]');
  if (!title || !summary) return;

  // When editing, the form posts to /pilots/<id>: that pilot should not be suggested to itself.
  var editing = /\/pilots\/(\d+)$/.exec(form.getAttribute('action') || '');
  var delayMs = 400;
  var timer = null;
  var controller = null;
  var lastQuery = null;
  var lastHtml = null;

  function wordCount(text) {
    var words = text.trim().split(/\s+/);
    return words[0] === '' ? 0 : words.length;
  }

  function refresh() {
    // Below three words the server answers with nothing; skip the request altogether.
    if (wordCount(title.value + ' ' + summary.value) < 3) return;
    var params = new URLSearchParams();
    params.set('title', title.value);
    params.set('summary', summary.value);
    if (editing) params.set('exclude', editing[1]);
    var query = params.toString();
    if (query === lastQuery) return;
    lastQuery = query;
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    fetch('/pilots/similar-preview?' + query, {
      headers: { accept: 'text/html' },
      credentials: 'same-origin',
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        // Replace only when something changed, so screen readers do not hear the same list again.
        if (html === null || html === lastHtml) return;
        lastHtml = html;
        region.innerHTML = html;
      })
      .catch(function (error) {
        // Offline or a server hiccup: try again on the next keystroke. (Aborted means a newer request runs.)
        if (!error || error.name !== 'AbortError') lastQuery = null;
      });
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, delayMs);
  }

  title.addEventListener('input', schedule);
  summary.addEventListener('input', schedule);
})();
