// Awareness: the "activity this month by department" bar chart. Data comes from data- attributes (strict CSP: no
// inline script); without JavaScript or Chart.js the table beside the chart shows the same figures.
(function () {
  'use strict';

  function parse(text) {
    try {
      return JSON.parse(text || '[]');
    } catch (e) {
      return [];
    }
  }

  function draw(canvas) {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    var labels = parse(canvas.getAttribute('data-labels'));
    var values = parse(canvas.getAttribute('data-values'));
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{
          label: canvas.getAttribute('data-series') || '',
          data: values,
          backgroundColor: '#3c6e9f'
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.js-bar-chart').forEach(draw);
  });
})();
