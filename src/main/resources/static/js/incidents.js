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
    if (target.matches('form[data-entry-form] select[name="group"]') && (target.value.charAt(0) === 'p' || target.value.charAt(0) === 'n')) {
      var external = target.form.querySelector('input[name="external"][type="checkbox"]');
      if (external) {
        external.checked = true;
      }
    }
  });

  // Evidence: a file that is empty or larger than the limit is refused before it is sent, beside the field, so
  // nothing else typed in the form is lost (the server checks again).
  function checkEvidence(input) {
    var file = input.files && input.files[0];
    var message = '';
    if (file && file.size === 0) {
      message = input.getAttribute('data-empty');
    } else if (file && file.size > Number(input.getAttribute('data-max-bytes'))) {
      message = input.getAttribute('data-too-large');
    }
    var feedback = input.form.querySelector('#file-check');
    if (feedback) {
      feedback.textContent = message;
    }
    input.classList.toggle('is-invalid', message !== '');
    input.setAttribute('aria-describedby', message !== '' ? 'file-check file-help' : 'file-help');
    return message === '';
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('input[type="file"][data-max-bytes]')) {
      checkEvidence(event.target);
    }
  });

  document.addEventListener('submit', function (event) {
    var input = event.target.querySelector('input[type="file"][data-max-bytes]');
    if (input && !checkEvidence(input)) {
      event.preventDefault();
      input.focus();
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
