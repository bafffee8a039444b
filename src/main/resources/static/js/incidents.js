// SMR Desk incidents: small behaviour for the incident pages (strict CSP, no inline scripts).
(function () {
  'use strict';

  // With JavaScript the timeline filters apply on change (htmx), so their submit button is not needed.
  function hideNoJsButtons(root) {
    root.querySelectorAll('.js-hide').forEach(function (element) {
      element.hidden = true;
    });
  }

  // Fields that only matter for some entry types (the corrected entry for a correction).
  function showFieldsForType(root) {
    root.querySelectorAll('form[data-entry-form]').forEach(function (form) {
      var type = form.querySelector('select[name="type"]');
      form.querySelectorAll('.entry-field[data-types]').forEach(function (field) {
        var types = field.getAttribute('data-types').split(' ');
        field.hidden = !type || types.indexOf(type.value) < 0;
      });
    });
  }

  function init(root) {
    hideNoJsButtons(root);
    showFieldsForType(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    init(document);
  });

  document.addEventListener('htmx:afterSwap', function () {
    init(document);
    // After an entry is added, focus moves to it (screen readers announce it, keyboard users continue from it).
    var added = document.querySelector('[data-added-entry]');
    if (added) {
      added.focus();
    }
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches('form[data-entry-form] select[name="type"]')) {
      showFieldsForType(document);
    }
    // An outside party is external by definition.
    if (target.matches('form[data-entry-form] select[name="group"]') && target.value.charAt(0) === 'p') {
      var external = target.form.querySelector('input[name="external"][type="checkbox"]');
      if (external) {
        external.checked = true;
      }
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
