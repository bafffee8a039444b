// Goals: each metric this year against last year by month (bars). Data comes from data- attributes (strict CSP: no
// inline script); an empty value is "no data" and is left out, not drawn as 0. Without JavaScript or Chart.js the
// table below the chart shows the same figures.
(function () {
  'use strict';

  function numbers(text) {
    return (text || '').split(',').map(function (v) { return v === '' ? null : Number(v); });
  }

  function draw(canvas) {
    if (typeof window.Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: (canvas.dataset.labels || '').split(',').map(function (m) { return m.substring(5); }),
        datasets: [
          { label: canvas.dataset.series, data: numbers(canvas.dataset.values), backgroundColor: '#1f5f8b' },
          { label: canvas.dataset.previousSeries, data: numbers(canvas.dataset.previous), backgroundColor: '#b0b7bf' }
        ]
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false }, scales: { y: { beginAtZero: true } } }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.js-yoy-chart').forEach(draw);
  });
}());
