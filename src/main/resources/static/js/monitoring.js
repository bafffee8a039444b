// Monitoring: the mention volume chart on the home panel (data from data- attributes; without JavaScript or
// Chart.js the table beside it shows the same figures), and "select all" in the mentions inbox.
(function () {
  'use strict';

  function numbers(text) {
    return (text || '').split(',').filter(function (v) { return v !== ''; }).map(Number);
  }

  function draw(canvas) {
    if (typeof window.Chart === 'undefined' || canvas.dataset.drawn) {
      return;
    }
    canvas.dataset.drawn = 'true';
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: (canvas.dataset.labels || '').split(','),
        datasets: [
          { label: canvas.dataset.series, data: numbers(canvas.dataset.values), borderColor: '#1f5f8b', pointRadius: 0, tension: 0.2 },
          { label: canvas.dataset.previousSeries, data: numbers(canvas.dataset.previous), borderColor: '#b0b7bf', borderDash: [4, 4], pointRadius: 0, tension: 0.2 }
        ]
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, interaction: { mode: 'index', intersect: false },
        scales: { x: { ticks: { maxTicksLimit: 8 } }, y: { beginAtZero: true } } }
    });
  }

  function selectAll() {
    document.querySelectorAll('.js-select-all').forEach(function (box) {
      box.addEventListener('change', function () {
        document.querySelectorAll('.js-select').forEach(function (item) {
          item.checked = box.checked;
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.js-volume-chart').forEach(draw);
    selectAll();
  });
}());
