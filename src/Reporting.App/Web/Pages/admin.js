// Running rows ask for their state every few seconds and show their step; when one ends, the page reloads to show its outputs.
(function () {
  const rows = document.querySelectorAll('tr.run[data-running="true"]');
  if (rows.length === 0) return;
  const poll = async () => {
    let ended = false;
    for (const row of rows) {
      if (row.dataset.running !== 'true') continue;
      try {
        const response = await fetch('/runs/' + row.dataset.run + '/state', { credentials: 'same-origin' });
        if (!response.ok) continue;
        const state = await response.json();
        row.querySelector('.duration').textContent = state.duration;
        const status = row.querySelector('.status');
        status.textContent = state.status;
        status.className = 'status ' + state.statusClass;
        const step = row.querySelector('.step');
        if (step) step.textContent = state.step || '';
        if (!state.running) { row.dataset.running = 'false'; ended = true; }
      } catch (e) { /* the server restarting: try again at the next tick */ }
    }
    if (ended) window.location.reload();
  };
  setInterval(poll, 3000);
})();
