'use strict';
// The crisis unit: the watch list of firms whose CO show signs of crisis, and a firm's case with its workers'
// re-employment curve. Helpers from app.js: words from the bundles, records written as text, CSRF on every change.
(() => {
  const { views, el, t, api, field, select, show, say, svgChart, state } = window.openpes;
  const PROCEDURES = ['COLLECTIVE_DISMISSAL', 'CIGS', 'CLOSURE', 'TRANSFER'];
  const value = (id) => document.getElementById(id).value;

  /** The Kaplan–Meier curve as steps (SVG): the share still without a new job, by days since the contract ended. */
  function curveChart(curve) {
    const w = 560;
    const h = 220;
    const maxDay = Math.max(30, ...curve.steps.map((s) => s.day));
    const x = (d) => 50 + (d / maxDay) * (w - 70);
    const y = (v) => h - 30 - v * (h - 50);
    let path = 'M' + x(0) + ',' + y(1);
    curve.steps.forEach((s) => { path += ' H' + x(s.day) + ' V' + y(s.survival); });
    path += ' H' + x(maxDay);
    const { svg, add } = svgChart(t('crisis.chart', curve.workers, curve.reemployed), w, h);
    add('line', { x1: 50, y1: y(0), x2: w, y2: y(0), stroke: '#333' });
    [0, 0.5, 1].forEach((v) => add('text', { x: 44, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 },
      (v * 100) + ' %'));
    add('text', { x: w - 10, y: h - 8, 'text-anchor': 'end', 'font-size': 11 }, maxDay + ' ' + t('outcomes.days'));
    add('path', { d: path, fill: 'none', stroke: '#0066cc', 'stroke-width': 2 });
    return svg;
  }

  views.crisis = async () => {
    const list = await api('GET', '/api/crisis/watch');
    const form = el('form', { id: 'crisis-form' },
      el('fieldset', {}, el('legend', { text: t('crisis.open') }),
        field('crAccount', 'crisis.account', {}),
        select('crProcedure', 'crisis.procedure', PROCEDURES.map((p) => [p, t('procedure.' + p)])),
        field('crAt', 'crisis.at', { type: 'date' }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('crisis.openSubmit') })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      say(t('outcomes.working'));
      const c = await api('POST', '/api/crisis', { account: value('crAccount'), procedure: value('crProcedure'),
        at: value('crAt') });
      if (c) { say(t('common.saved')); location.hash = '#/crisisCase/' + encodeURIComponent(c.id); }
    });
    show('crisis.heading', el('p', { text: t('crisis.intro') }),
      list && list.length ? el('table', { class: 'table', id: 'watch-table' },
        el('caption', { text: t('crisis.caption', list.length) }),
        el('thead', {}, el('tr', {}, ['account.code', 'crisis.province', 'crisis.terminations', 'crisis.hires',
          'crisis.collective', 'crisis.signals'].map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, list.map((w) => el('tr', {},
          el('th', { scope: 'row', text: w.account ? w.account.code + ' (' + w.account.id + ')' : t('crisis.soleTrader') }),
          el('td', { text: w.province }),
          el('td', { text: w.flows.terminationsLately + ' / ' + w.flows.terminationsBefore }),
          el('td', { text: w.flows.hiresLately + ' / ' + w.flows.hiresBefore }),
          el('td', { text: w.flows.collectiveLately }),
          el('td', { text: w.signals.map((s) => t('signal.' + s)).join(', ') })))))
        : el('p', { text: t('caseload.none') }),
      form);
  };

  views.crisisCase = async (id) => {
    const c = await api('GET', '/api/crisis/' + encodeURIComponent(id));
    if (!c) return show('crisis.caseHeading');
    const row = (k, v) => [el('dt', { text: t(k) }), el('dd', { text: v === null || v === undefined ? '-' : v })];
    const all = c.curves[0];
    const roundTable = el('section', { id: 'round-table' });
    const enrol = el('section', { id: 'group-assessment' }, el('h2', { text: t('crisis.groupAssessment') }),
      el('p', { text: t('crisis.groupAssessmentIntro') }),
      el('button', { type: 'button', id: 'assess-group', class: 'btn btn-primary', text: t('crisis.assessGroup'),
        onclick: async () => {
          const r = await api('POST', '/api/crisis/' + encodeURIComponent(c.id) + '/group-assessment', {});
          if (r) say(t('crisis.assessed', r.drafted, r.actionsAdded, r.alreadyEnrolled, r.outOfScope));
        } }));
    show('crisis.caseHeading',
      el('dl', { class: 'record', id: 'crisis-record' },
        row('account.code', c.employer.code), row('crisis.procedure', t('procedure.' + c.procedure)),
        row('crisis.at', c.workersAt), row('crisis.workers', c.workers), row('crisis.stillEmployed', c.stillEmployed),
        row('crisis.registered', c.registered.length)),
      el('h2', { text: t('crisis.curve') }),
      curveChart(all),
      el('p', { class: 'legend', text: t('crisis.legend', c.observedUntil) }),
      el('table', { class: 'table', id: 'curve-table' },
        el('caption', { text: t('crisis.curveCaption') }),
        el('thead', {}, el('tr', {}, ['crisis.group', 'crisis.left', 'crisis.reemployed', 'crisis.median']
          .map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, c.curves.map((cv) => el('tr', {},
          el('th', { scope: 'row', text: cv.group === 'all' ? t('crisis.all') : cv.group }),
          el('td', { text: cv.workers }), el('td', { text: cv.reemployed }),
          el('td', { text: cv.medianDays === null ? t('outcomes.notReached') : cv.medianDays }))))),
      el('h2', { text: t('crisis.people') }),
      c.registered.length ? el('ul', { id: 'crisis-people' }, c.registered.map((p) => {
        const nearby = el('div', { id: 'nearby-' + p.id, 'aria-live': 'polite' });
        return el('li', { class: 'mb-2' }, el('a', { href: '#/person/' + encodeURIComponent(p.id), text: p.name }), ' ',
          el('button', { type: 'button', id: 'nearby-button-' + p.id, class: 'btn btn-sm btn-secondary',
            text: t('crisis.nearby'), 'aria-label': t('crisis.nearbyFor', p.name),
            onclick: () => nearbyOccupations(p, c.province, nearby) }), nearby);
      })) : el('p', { text: t('caseload.none') }),
      enrol, roundTable);
    window.openpes.meetingsSection(roundTable, 'crisis.roundTable', c.roundTable,
      '/api/crisis/' + encodeURIComponent(c.id) + '/round-table', '/api/crisis/' + encodeURIComponent(c.id));
  };

  /** The occupations nearest the worker's skills that employers of the firm's province seek (the transitions engine). */
  async function nearbyOccupations(p, province, container) {
    const list = await api('GET', '/api/transitions?seeker=' + encodeURIComponent(p.id) + '&province='
      + encodeURIComponent(province) + '&limit=3&lang=' + encodeURIComponent(state.lang));
    if (!list) return;
    container.replaceChildren(list.length ? el('ul', { class: 'nearby' }, list.map((x) => el('li', {
      text: (x.label || x.occupationUri) + ' (' + t('crisis.similarity', Math.round((x.similarity || 0) * 100)) + ')' })))
      : el('p', { text: t('crisis.noNearby') }));
  }
})();
