'use strict';
// Cross-border mobility (MA.R.E.): import a neighbouring PES's vacancy feed (a refused feed lists every row at fault),
// the open vacancies in their own language with their ESCO occupation in ours, and each one's candidates: people of
// the caller's territory who declared mobility to that country and speak the languages it asks for.
(() => {
  const { views, el, t, api, show, say, state } = window.openpes;
  const table = (id, captionKey, headKeys, rows) => window.openpes.dataTable(id, t(captionKey), headKeys, rows);
  const label = (labels, uri) => (labels && (labels[state.lang] || labels.en)) || uri;
  const cells = (first, rest) => el('tr', {}, el('th', { scope: 'row' }, first),
    rest.map((c) => el('td', {}, c === null || c === undefined ? '-' : c)));

  function errorTable(errors) {
    return table('feed-errors', 'crossBorder.errorsCaption', ['crossBorder.row', 'crossBorder.foreignId',
      'crossBorder.field', 'crossBorder.message'], errors.map((e) => cells(String(e.row || t('crossBorder.wholeFeed')),
      [e.id, e.field, e.message])));
  }

  function importForm(after) {
    const f = el('form', { id: 'feed-form' }, el('fieldset', {}, el('legend', { text: t('crossBorder.import') }),
      el('div', { class: 'mb-3' }, el('label', { for: 'feed-file', class: 'form-label', text: t('crossBorder.file') }),
        el('input', { id: 'feed-file', type: 'file', accept: '.json,application/json', class: 'form-control',
          'aria-describedby': 'feed-help' }),
        el('p', { id: 'feed-help', class: 'form-text', text: t('crossBorder.fileHelp') })),
      el('button', { type: 'submit', id: 'feed-import', class: 'btn btn-primary', text: t('crossBorder.importButton') })));
    f.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = document.getElementById('feed-file').files[0];
      if (!file) { say(t('crossBorder.noFile'), 'problem'); return; }
      const done = await api('POST', '/api/cross-border/feeds', await file.text(), true);
      if (done) {
        await after();
        say(t('crossBorder.imported', done.rows, done.created, done.updated));
      } else if (state.problem && state.problem.errors) {
        document.getElementById('feed-result').replaceChildren(errorTable(state.problem.errors));
      }
    });
    return f;
  }

  async function candidates(v, container) {
    const found = await api('GET', '/api/cross-border/vacancies/' + encodeURIComponent(v.id) + '/candidates?k=20');
    if (!found) return;
    const heading = el('h2', { id: 'candidates-heading', tabindex: '-1', text: t('crossBorder.candidatesOf', v.title) });
    container.replaceChildren(heading, found.candidates.length
      ? table('cross-border-candidates', 'crossBorder.candidatesCaption', ['vacancy.person', 'crossBorder.score',
        'crossBorder.why'], found.candidates.map((c) => cells(el('a', { href: '#/person/' + encodeURIComponent(c.id),
        text: [c.given_name, c.family_name].filter(Boolean).join(' ') || c.id }), [c.score === null
        ? t('crossBorder.notScored') : c.score.toFixed(2), c.why || '-'])))
      : el('p', { text: t('crossBorder.noCandidates') }));
    heading.focus();
  }

  /** The person's page: the open cross-border vacancies of the countries they would work in, in their languages. */
  window.openpes.crossBorderOf = async (personId, container) => {
    const list = await api('GET', '/api/people/' + encodeURIComponent(personId) + '/cross-border');
    const heading = el('h2', { id: 'person-cross-border-heading', text: t('crossBorder.ofPerson') });
    if (!list) return container.replaceChildren(heading);
    container.replaceChildren(heading, list.length ? table('person-cross-border', 'crossBorder.ofPersonCaption',
      ['crossBorder.title', 'crossBorder.occupation', 'crossBorder.place', 'crossBorder.languages',
        'crossBorder.score'], list.map((v) => cells(el('span', { lang: v.country === 'FR' ? 'fr' : undefined,
        text: v.title }), [label(v.occupationLabels, v.occupation), v.place + ' (' + v.nuts3 + ')',
        v.languages.map((l) => l.code + ' ' + l.level).join(', ') || '-',
        v.score === null ? t('crossBorder.notScored') : v.score.toFixed(2)])))
      : el('p', { text: t('crossBorder.noneForPerson') }));
  };

  views['cross-border'] = async () => {
    const [list, feeds] = await Promise.all([api('GET', '/api/cross-border/vacancies'),
      api('GET', '/api/cross-border/feeds')]);
    if (!list || !feeds) return show('crossBorder.heading');
    const detail = el('section', { id: 'cross-border-candidates-section', 'aria-live': 'polite' });
    show('crossBorder.heading',
      el('p', { text: t('crossBorder.intro') }),
      importForm(views['cross-border']),
      el('div', { id: 'feed-result' }),
      el('h2', { text: t('crossBorder.feeds') }),
      feeds.length ? table('feed-table', 'crossBorder.feedsCaption', ['crossBorder.source', 'crossBorder.extracted',
        'crossBorder.rows', 'crossBorder.created', 'crossBorder.updated'], feeds.map((f) => cells(f.source,
        [f.extractedOn, String(f.rows), String(f.created), String(f.updated)])))
        : el('p', { text: t('crossBorder.noFeeds') }),
      el('h2', { text: t('crossBorder.vacancies') }),
      list.length ? table('cross-border-table', 'crossBorder.caption', ['crossBorder.title',
        'crossBorder.occupation', 'crossBorder.place', 'crossBorder.languages', 'crossBorder.contract',
        'crossBorder.closes', 'crossBorder.candidates'], list.map((v) => cells(el('span', { lang: v.country === 'FR'
        ? 'fr' : undefined, text: v.title }), [label(v.occupationLabels, v.occupation)
          + (v.occupationFromTitle ? ' (' + t('crossBorder.fromTitle') + ')' : ''),
        v.place + ' (' + v.nuts3 + ')',
        v.languages.map((l) => l.code + ' ' + l.level).join(', ') || '-',
        v.contract + ', ' + t('crossBorder.hours', v.hoursPerWeek), v.closesOn,
        el('button', { type: 'button', id: 'show-' + v.id, class: 'btn btn-sm btn-secondary', text: t('crossBorder.show'),
          'aria-label': t('crossBorder.showFor', v.title), onclick: () => candidates(v, detail) })])))
        : el('p', { text: t('crossBorder.none') }),
      detail);
  };
})();
