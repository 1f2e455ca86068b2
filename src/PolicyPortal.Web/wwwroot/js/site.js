// Forms of the staff pages: the error summary, double submits and where focus goes after a reload.
(function () {
    'use strict';

    // GOV.UK pattern: after a refused post, focus goes to the summary of errors so it is read and seen first.
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
        summary.focus();
    } else if (location.hash.length > 1) {
        // After «Вставить пункт после» and the like the page comes back at the new row: focus its first field
        // (once loaded: the browser's own scroll to the fragment comes after deferred scripts).
        window.addEventListener('load', function () {
            var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
            if (target && !target.matches('input, select, textarea, button, a')) {
                var first = target.querySelector('input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled])');
                if (first) {
                    first.focus();
                }
            }
        });
    }

    // A link of the summary focuses its field (a plain #id link would only scroll).
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('[data-error-summary] a[href^="#"]') : null;
        if (!link) {
            return;
        }
        var field = document.getElementById(link.getAttribute('href').slice(1));
        if (field) {
            event.preventDefault();
            field.focus();
        }
    });

    // A double click sends one request: the second submit of a form on its way is dropped and its buttons are
    // disabled (after the submit, so the pressed button's name and value still go with the form).
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.method.toLowerCase() !== 'post') {
            return;
        }
        if (form.dataset.submitting === 'true') {
            event.preventDefault();
            return;
        }
        form.dataset.submitting = 'true';
        form.setAttribute('aria-busy', 'true');
        setTimeout(function () {
            form.querySelectorAll('button, input[type=submit]').forEach(function (button) {
                if (!button.disabled) {
                    button.disabled = true;
                    button.dataset.submitDisabled = 'true';
                }
            });
        }, 0);
        // A download leaves the page as it is: give the form back after a while.
        setTimeout(function () { release(form); }, 15000);
    });

    function release(form) {
        delete form.dataset.submitting;
        form.removeAttribute('aria-busy');
        form.querySelectorAll('[data-submit-disabled]').forEach(function (button) {
            button.disabled = false;
            delete button.dataset.submitDisabled;
        });
    }

    // Back to a page kept by the browser (bfcache): its forms are usable again.
    window.addEventListener('pageshow', function () {
        document.querySelectorAll('form[data-submitting]').forEach(release);
    });
}());
