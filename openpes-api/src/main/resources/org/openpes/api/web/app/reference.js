'use strict';
// The region and its reference data (the former look-up page at /): comuni, ESCO occupations, CP2011 and ATECO codes,
// a vacancy's public record. Helpers from app.js: words from the bundles, records written as text.
(() => {
  const { views, el, t, api, field, show } = window.openpes;
  const LOOKUPS = [
    ['comune', '/api/comuni?name=', 'Bergamo'],
    ['occupation', '/api/esco/occupations?lang=it&label=', 'cuoco'],
    ['cp', '/api/cp2011/', '5.2.2.1.0'],
    ['ateco', '/api/ateco/', '56.10.11'],
    ['vacancy', '/api/vacancies/', 'V00000001'],
  ];
  const text = (v) => (v === null || v === undefined ? '-' : typeof v === 'object' ? JSON.stringify(v) : String(v));

  /** A record as a definition list, a list of records as a table of their fields (the first 20). */
  function render(data) {
    if (Array.isArray(data)) {
      if (!data.length) return el('p', { text: t('caseload.none') });
      const keys = Object.keys(data[0]);
      return el('table', { class: 'table', id: 'lookup-table' },
        el('caption', { text: t('reference.rows', Math.min(20, data.length), data.length) }),
        el('thead', {}, el('tr', {}, keys.map((k) => el('th', { scope: 'col', text: k })))),
        el('tbody', {}, data.slice(0, 20).map((r) => el('tr', {}, keys.map((k) => el('td', { text: text(r[k]) }))))));
    }
    return el('dl', { class: 'record', id: 'lookup-record' }, Object.entries(data).flatMap(([k, v]) =>
      [el('dt', { text: k }), el('dd', { text: text(v) })]));
  }

  views.reference = async () => {
    const out = el('section', { id: 'lookup-result', 'aria-live': 'polite' });
    const forms = LOOKUPS.map(([key, url, example]) => {
      const form = el('form', { class: 'd-flex gap-2 align-items-end', id: 'lookup-' + key },
        field('q-' + key, 'reference.' + key, { value: example }),
        el('button', { type: 'submit', class: 'btn btn-secondary mb-3', text: t('reference.go') }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const data = await api('GET', url + encodeURIComponent(document.getElementById('q-' + key).value.trim()));
        if (data) out.replaceChildren(render(data));
      });
      return form;
    });
    const summary = await api('GET', '/api/region/summary');
    show('reference.heading', el('p', { text: t('reference.intro') }),
      el('h2', { text: t('reference.region') }), summary ? render(summary) : el('p', { text: t('caseload.none') }),
      el('h2', { text: t('reference.lookUp') }), ...forms, out,
      el('p', {}, el('a', { href: '/api/openapi.json', text: t('reference.openapi') })),
      el('p', { class: 'small', text: t('reference.attribution') }));
  };
})();
