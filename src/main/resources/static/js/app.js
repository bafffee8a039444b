// SMR Desk: behaviour without inline scripts (strict CSP).
(function () {
  'use strict';

  // Move focus to the error summary after a failed submit, so keyboard and screen-reader users land on it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('form-errors');
    if (summary) {
      summary.focus();
    }
  });

  // Buttons that ask before acting: <button data-confirm="Are you sure?">
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message = submitter && submitter.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // htmx sends the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });
})();
