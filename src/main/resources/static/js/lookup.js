// Type-ahead fields (fragments/lookup.html): offer the names /people/lookup returns for what was typed and keep the
// chosen person's id in the hidden field; a name typed but not chosen is sent as text (the list filters by it).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('input[data-lookup]').forEach((input) => {
    const hidden = document.getElementById(input.dataset.lookupTarget);
    const options = document.getElementById(input.getAttribute('list'));
    let offered = [];
    let timer = null;
    const choose = () => {
      const match = offered.find((person) => person.name === input.value);
      hidden.value = match ? match.id : '';
    };
    input.addEventListener('input', () => {
      choose();
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const typed = input.value.trim();
        if (typed === '') {
          offered = [];
          options.replaceChildren();
          return;
        }
        const response = await fetch(input.dataset.lookup + '?q=' + encodeURIComponent(typed),
          { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) {
          return;
        }
        offered = await response.json();
        options.replaceChildren(...offered.map((person) => {
          const option = document.createElement('option');
          option.value = person.name;
          return option;
        }));
        choose();
      }, 200);
    });
  });
});
