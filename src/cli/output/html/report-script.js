// Sorts the report's posts table when a column's button is pressed. It only reorders the rows
// already in the page (by their data-* numbers); it never builds markup from text.
(() => {
  const table = document.getElementById('posts');
  if (!table) return;
  const body = table.tBodies[0];
  const number = (row, key) => {
    const value = row.dataset[key];
    return value === undefined || value === '' ? Number.NaN : Number(value);
  };
  let current = { key: 'line', direction: 1 };
  for (const button of table.querySelectorAll('button[data-sort]')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort;
      const direction = current.key === key ? -current.direction : 1;
      current = { key, direction };
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = number(a, key);
        const y = number(b, key);
        // Posts without a score (not scored, unreadable) stay at the bottom either way.
        if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
        const order = Number.isNaN(x) ? 0 : (x - y) * direction;
        return order !== 0 ? order : number(a, 'line') - number(b, 'line');
      });
      body.append(...rows);
      for (const header of table.tHead.rows[0].cells) header.removeAttribute('aria-sort');
      button.closest('th').setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    });
  }
})();
