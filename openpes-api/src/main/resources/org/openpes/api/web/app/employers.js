'use strict';
// The account manager's pages: the portfolio, an employer's account, a vacancy with its applications. They use the
// operator application's helpers (app.js): words from the bundles, records written as text, CSRF on every change.
(() => {
  const { views, el, t, api, field, select, show, say, svgChart } = window.openpes;
  const VACANCY_EVENTS = ['PUBLISH', 'START_SELECTION', 'FILL', 'CLOSE'];
  const APPLICATION_EVENTS = ['PROCESS', 'POSTPONE', 'PRE_HIRE', 'ACCEPT', 'REFUSE', 'CANCEL', 'MOVE_TO_POOL',
    'REOPEN'];
  const REFUSALS = ['SKILLS_DO_NOT_MATCH', 'EXPERIENCE_INSUFFICIENT', 'CANDIDATE_NOT_AVAILABLE', 'CANDIDATE_DECLINED',
    'CANDIDATE_UNREACHABLE', 'DID_NOT_ATTEND_INTERVIEW', 'POSITION_FILLED', 'DISTANCE', 'CONTRACT_NOT_WANTED', 'OTHER'];
  const KINDS = ['VISIT', 'CALL', 'EMAIL', 'EVENT'];

  const table = window.openpes.dataTable;
  const accountLink = (a) => el('a', { href: '#/account/' + encodeURIComponent(a.id), text: a.code });
  const vacancyLink = (v) => el('a', { href: '#/vacancy/' + encodeURIComponent(v.id), text: v.title || v.id });
  const none = () => el('p', { text: t('caseload.none') });

  /** Hires and terminations by quarter, as paired bars (SVG), with the numbers in the table below it. */
  function flowChart(quarters) {
    const w = 560;
    const h = 200;
    const top = Math.max(1, ...quarters.map((q) => Math.max(q.hires, q.terminations)));
    const band = (w - 50) / Math.max(1, quarters.length);
    const y = (v) => h - 30 - (v / top) * (h - 50);
    const { svg, add } = svgChart(t('account.chart'), w, h);
    add('line', { x1: 40, y1: y(0), x2: w, y2: y(0), stroke: '#333' });
    add('text', { x: 36, y: y(top) + 4, 'text-anchor': 'end', 'font-size': 11 }, String(top));
    quarters.forEach((q, i) => {
      const x = 50 + i * band;
      add('rect', { x, y: y(q.hires), width: band * 0.35, height: y(0) - y(q.hires), fill: '#0066cc' });
      add('rect', { x: x + band * 0.37, y: y(q.terminations), width: band * 0.35,
        height: y(0) - y(q.terminations), fill: '#8c8c8c' });
      add('text', { x: x + band * 0.36, y: h - 12, 'text-anchor': 'middle', 'font-size': 10 }, q.quarter);
    });
    return svg;
  }

  views.portfolio = async () => {
    const p = await api('GET', '/api/portfolio');
    if (!p) return show('portfolio.heading');
    const prospects = el('div', { id: 'prospects' });
    const find = el('button', { type: 'button', class: 'btn btn-secondary', id: 'find-prospects',
      text: t('portfolio.findProspects'), onclick: async () => {
        say(t('outcomes.working'));
        const list = await api('GET', '/api/portfolio/prospects');
        if (!list) return;
        say('');
        prospects.replaceChildren(list.length ? table('prospect-table', t('portfolio.prospectsCaption'),
          ['account.code', 'account.section', 'account.comune', 'account.size', 'portfolio.hires'],
          list.map((r) => el('tr', {}, el('th', { scope: 'row' }, accountLink(r.account)),
            el('td', { text: r.account.section }), el('td', { text: r.account.comune }),
            el('td', { text: r.account.sizeClass }), el('td', { text: r.hires })))) : none());
      } });
    const hires = el('div', { id: 'hires' });
    const check = el('button', { type: 'button', class: 'btn btn-secondary', id: 'check-hires',
      text: t('portfolio.checkHires'), onclick: async () => {
        say(t('outcomes.working'));
        const h = await api('GET', '/api/portfolio/hires');
        if (!h) return;
        say('');
        hires.replaceChildren(
          el('p', { id: 'placements', text: t('portfolio.placements', h.placements, h.proposals,
            h.placementsWaitingForCo, h.observedUntil) }),
          h.accepted.length ? table('hire-table', t('portfolio.hiresCaption'), ['account.code', 'portfolio.acceptedOn',
            'portfolio.hiredOn', 'portfolio.status'], h.accepted.map((c) => el('tr', {},
            el('th', { scope: 'row' }, accountLink(c.employer)), el('td', { text: c.acceptedOn }),
            el('td', { text: c.hiredOn || '-' }), el('td', { class: 'hire-status',
              text: t('hire.' + c.status) })))) : none());
      } });
    show('portfolio.heading',
      el('h2', { text: t('portfolio.accounts') }),
      p.accounts.length ? table('portfolio-table', t('portfolio.caption'),
        ['account.code', 'account.section', 'account.comune', 'portfolio.open', 'portfolio.overdue',
          'portfolio.lastContact'],
        p.accounts.map((a) => el('tr', {}, el('th', { scope: 'row' }, accountLink(a)),
          el('td', { text: a.section }), el('td', { text: a.comune }), el('td', { text: a.openVacancies }),
          el('td', { text: a.overdueSteps }), el('td', { text: a.lastContact || '-' })))) : none(),
      el('h2', { text: t('portfolio.overdueSteps') }),
      p.overdue.length ? el('ul', { id: 'overdue-steps' }, p.overdue.map((i) => el('li', {
        text: i.nextStep + ' (' + i.nextStepDue + ')' }))) : none(),
      el('h2', { text: t('portfolio.openVacancies') }),
      p.openVacancies.length ? el('ul', {}, p.openVacancies.map((v) => el('li', {}, vacancyLink(v),
        ' - ' + t('vstate.' + v.state)))) : none(),
      el('h2', { text: t('portfolio.hiresHeading') }), el('p', { text: t('portfolio.hiresIntro') }), check, hires,
      el('h2', { text: t('portfolio.prospects') }), el('p', { text: t('portfolio.prospectsIntro') }), find,
      prospects);
  };

  views.account = async (id) => {
    const a = await api('GET', '/api/accounts/' + encodeURIComponent(id));
    if (!a) return show('account.heading');
    const reload = async () => { await views.account(id); say(t('common.saved')); };
    const take = el('button', { type: 'button', class: 'btn btn-primary', id: 'take-account', hidden: a.managed,
      text: t('account.take'), onclick: async () => {
        if (await api('POST', '/api/accounts/' + encodeURIComponent(id) + '/take', { version: a.version })) {
          await reload();
        }
      } });
    const contact = el('form', { id: 'interaction-form' },
      el('fieldset', {}, el('legend', { text: t('account.record') }),
        select('kind', 'account.kind', KINDS.map((k) => [k, t('kind.' + k)])),
        field('on', 'account.on', { type: 'date' }),
        field('note', 'account.note', {}),
        field('nextStep', 'account.nextStep', {}),
        field('nextStepDue', 'account.nextStepDue', { type: 'date' }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('account.recordSubmit') })));
    contact.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = {};
      ['kind', 'on', 'note', 'nextStep', 'nextStepDue'].forEach((k) => { body[k] = document.getElementById(k).value; });
      if (await api('POST', '/api/accounts/' + encodeURIComponent(id) + '/interactions', body)) await reload();
    });
    const vacancy = el('form', { id: 'new-vacancy-form' },
      el('fieldset', {}, el('legend', { text: t('account.newVacancy') }),
        field('vTitle', 'vacancy.title', { required: true }),
        el('div', { class: 'mb-3' }, el('label', { for: 'vDescription', class: 'form-label',
          text: t('vacancy.description') }), el('textarea', { id: 'vDescription', class: 'form-control', rows: 3 })),
        field('vCloses', 'vacancy.closes', { type: 'date' }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('account.newVacancySubmit') })));
    vacancy.addEventListener('submit', async (e) => {
      e.preventDefault();
      const v = await api('POST', '/api/accounts/' + encodeURIComponent(id) + '/vacancies', {
        title: document.getElementById('vTitle').value, description: document.getElementById('vDescription').value,
        closesOn: document.getElementById('vCloses').value || null });
      if (v) { say(t('common.saved')); location.hash = '#/vacancy/' + encodeURIComponent(v.id); }
    });
    const row = (k, v) => [el('dt', { text: t(k) }), el('dd', { text: v === null || v === undefined ? '-' : v })];
    show('account.heading',
      el('dl', { class: 'record', id: 'account-record' },
        row('account.code', a.code), row('account.ateco', a.ateco), row('account.comune', a.comune),
        row('account.size', a.sizeClass), row('account.headcount', a.headcount),
        row('account.quota', a.protectedQuota), row('account.managed', t(a.managed ? 'common.yes' : 'common.no'))),
      take,
      el('h2', { text: t('account.flows') }),
      a.quarters.length ? flowChart(a.quarters) : none(),
      el('p', { class: 'legend', text: t('account.legend', a.observedUntil || '-') }),
      a.quarters.length ? table('flows-table', t('account.flowsCaption'), ['account.quarter', 'account.hires',
        'account.terminations', 'account.mix'], a.quarters.map((q) => el('tr', {},
        el('th', { scope: 'row', text: q.quarter }), el('td', { text: q.hires }), el('td', { text: q.terminations }),
        el('td', { text: Object.entries(q.hiresByContract).map(([k, n]) => t('contract.' + k) + ' ' + n).join(', ') })))) : null,
      el('h2', { text: t('account.interactions') }),
      a.interactions.length ? el('ul', { id: 'interactions' }, a.interactions.map((i) => el('li', {},
        i.on + ' ' + t('kind.' + i.kind) + ': ' + i.note,
        i.nextStep ? ' - ' + t('account.step', i.nextStep, i.nextStepDue) : '',
        i.nextStep && !i.nextStepDone ? el('button', { type: 'button', class: 'btn btn-sm btn-outline-primary ms-2',
          text: t('account.stepDone'), onclick: async () => {
            if (await api('POST', '/api/interactions/' + encodeURIComponent(i.id) + '/done')) await reload();
          } }) : null))) : none(),
      contact,
      el('h2', { text: t('account.vacancies') }),
      a.vacancies.length ? el('ul', { id: 'account-vacancies' }, a.vacancies.map((v) => el('li', {}, vacancyLink(v),
        ' - ' + t('vstate.' + v.state)))) : none(),
      vacancy,
      details(a, id, reload));
  };

  /** The account's contacts, other workplaces and recorded needs, each with the form that adds one. */
  function details(a, id, reload) {
    const form = (formId, legendKey, kind, fields, names) => {
      const f = el('form', { id: formId }, el('fieldset', {}, el('legend', { text: t(legendKey) }), ...fields,
        el('button', { type: 'submit', class: 'btn btn-secondary', text: t('account.add') })));
      f.addEventListener('submit', async (e) => {
        e.preventDefault();
        const body = { kind };
        names.forEach((n) => { body[n] = document.getElementById(formId + '-' + n).value; });
        if (await api('POST', '/api/accounts/' + encodeURIComponent(id) + '/details', body)) await reload();
      });
      return f;
    };
    const label = (labels, uri) => (labels && (labels[window.openpes.state.lang] || labels.en)) || uri;
    return el('section', { id: 'account-details' },
      el('h2', { text: t('account.contacts') }),
      a.contacts.length ? table('contacts-table', t('account.contactsCaption'), ['account.contactName',
        'account.contactRole', 'account.email', 'account.phone'], a.contacts.map((c) => el('tr', {},
        el('th', { scope: 'row', text: c.name }), el('td', { text: c.role }), el('td', { text: c.email || '-' }),
        el('td', { text: c.phone || '-' })))) : none(),
      form('add-contact', 'account.addContact', 'CONTACT', [field('add-contact-name', 'account.contactName', {}),
        field('add-contact-role', 'account.contactRole', {}),
        field('add-contact-email', 'account.email', { type: 'email' }),
        field('add-contact-phone', 'account.phone', { type: 'tel' })], ['name', 'role', 'email', 'phone']),
      el('h2', { text: t('account.establishments') }),
      a.establishments.length ? el('ul', { id: 'establishments' }, a.establishments.map((e) => el('li', {
        text: e.label + ' (' + e.comune + ')' }))) : none(),
      form('add-establishment', 'account.addEstablishment', 'ESTABLISHMENT', [
        field('add-establishment-comune', 'account.comuneCode', { maxlength: 6, placeholder: '015146' }),
        field('add-establishment-label', 'account.establishmentLabel', {})], ['comune', 'label']),
      el('h2', { text: t('account.needs') }),
      a.needs.length ? table('needs-table', t('account.needsCaption'), ['account.needOccupation',
        'account.needSkills', 'account.headcountNeeded', 'account.needFrom', 'account.needNote'], a.needs.map((n) =>
        el('tr', {}, el('th', { scope: 'row', text: label(n.occupationLabels, n.occupation) }),
          el('td', { text: n.skills.join(', ') || '-' }), el('td', { text: n.headcount }), el('td', { text: n.from }),
          el('td', { text: n.note || '-' })))) : none(),
      form('add-need', 'account.addNeed', 'NEED', [
        field('add-need-occupation', 'account.needOccupation', {}),
        el('div', { class: 'mb-3' }, el('label', { for: 'add-need-skills', class: 'form-label',
          text: t('account.needSkillsOnePerLine') }), el('textarea', { id: 'add-need-skills', class: 'form-control',
          rows: 2 })),
        field('add-need-headcount', 'account.headcountNeeded', { type: 'number', min: 1, max: 1000 }),
        field('add-need-from', 'account.needFrom', { placeholder: '2027-03' }),
        field('add-need-note', 'account.needNote', {})], ['occupation', 'skills', 'headcount', 'from', 'note']));
  }

  views.vacancy = async (id) => {
    const v = await api('GET', '/api/vacancies/' + encodeURIComponent(id) + '/file');
    if (!v) return show('vacancy.heading');
    const reload = async () => { await views.vacancy(id); say(t('common.saved')); };
    const events = el('form', { id: 'vacancy-event-form' },
      select('vEvent', 'vacancy.event', VACANCY_EVENTS.map((e) => [e, t('vevent.' + e)])),
      el('button', { type: 'submit', class: 'btn btn-secondary', text: t('vacancy.eventSubmit') }));
    events.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (await api('POST', '/api/vacancies/' + encodeURIComponent(id) + '/events',
        { event: document.getElementById('vEvent').value, version: v.version })) await reload();
    });
    const shortlist = el('form', { id: 'shortlist-form' },
      field('k', 'vacancy.k', { type: 'number', min: 1, max: 50, value: 10 }),
      el('button', { type: 'submit', class: 'btn btn-primary', text: t('vacancy.shortlist') }));
    shortlist.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (await api('POST', '/api/vacancies/' + encodeURIComponent(id) + '/shortlist',
        { k: Number(document.getElementById('k').value) })) await reload();
    });
    const move = (a, i) => {
      const form = el('form', { class: 'd-flex gap-2 align-items-end', id: 'move-' + i },
        select('aEvent-' + i, 'vacancy.applicationEvent', APPLICATION_EVENTS.map((e) => [e, t('aevent.' + e)])),
        select('aReason-' + i, 'vacancy.reason', [['', '-']].concat(REFUSALS.map((r) => [r, t('refusal.' + r)]))),
        el('button', { type: 'submit', class: 'btn btn-sm btn-secondary mb-3', text: t('vacancy.move') }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        if (await api('POST', '/api/applications/' + encodeURIComponent(a.id) + '/events', {
          event: document.getElementById('aEvent-' + i).value,
          reason: document.getElementById('aReason-' + i).value || null, version: a.version })) await reload();
      });
      return form;
    };
    show('vacancy.heading',
      el('dl', { class: 'record', id: 'vacancy-record' },
        el('dt', { text: t('vacancy.title') }), el('dd', { text: v.title }),
        el('dt', { text: t('vacancy.state') }), el('dd', { id: 'vacancy-state', text: t('vstate.' + v.state) }),
        el('dt', { text: t('vacancy.employer') }), el('dd', {}, el('a', { href: '#/account/'
          + encodeURIComponent(v.employer.id), text: v.employer.code })),
        el('dt', { text: t('vacancy.skills') }), el('dd', { text: v.essentialSkills.length }),
        el('dt', { text: t('vacancy.closes') }), el('dd', { text: v.closesOn || '-' })),
      events, shortlist,
      el('h2', { text: t('vacancy.applications') }),
      v.applications.length ? table('application-table', t('vacancy.applicationsCaption', v.applications.length),
        ['vacancy.person', 'vacancy.state', 'vacancy.note', 'vacancy.move'],
        v.applications.map((a, i) => el('tr', {}, el('th', { scope: 'row', text: a.name }),
          el('td', { class: 'application-state', text: t('astate.' + a.state)
            + (a.refusal ? ' (' + t('refusal.' + a.refusal) + ')' : '') }),
          el('td', { text: a.note || '' }), el('td', {}, move(a, i))))) : none());
  };
})();
