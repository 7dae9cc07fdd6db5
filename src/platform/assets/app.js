// SPDX-License-Identifier: EUPL-1.2
// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Move focus to the error summary after a failed submit, so screen-reader users hear what went wrong.
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  // Confirm destructive actions (forms marked data-confirm) before sending.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form && form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) event.preventDefault();
  });
})();
