'use strict';
// OpenPES operator application. Every word comes from the message bundles (/api/i18n/LANG); every record is written
// with textContent (never as HTML); every change carries the session's CSRF token; each view moves the focus to its
// heading so that a keyboard or screen-reader user knows where they are.
(() => {
  const LANGS = ['it', 'en'];
  const state = { lang: 'it', messages: {}, me: null };
  const $ = (id) => document.getElementById(id);

  function pickLanguage() {
    const chosen = localStorage.getItem('openpes.lang');
    if (LANGS.includes(chosen)) return chosen;
    for (const l of navigator.languages || [navigator.language]) {
      const base = (l || '').slice(0, 2).toLowerCase();
      if (LANGS.includes(base)) return base;
    }
    return 'it';
  }

  function t(key, ...args) {
    const text = state.messages[key];
    if (text === undefined) return '??' + key + '??';
    return text.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)] ?? ''));
  }

  async function loadMessages(lang) {
    const r = await fetch('/api/i18n/' + lang);
    state.messages = await r.json();
    state.lang = lang;
    document.documentElement.lang = lang;
    $('language').value = lang;
    document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
    document.querySelectorAll('[data-i18n-aria-label]').forEach((n) => {
      n.setAttribute('aria-label', t(n.dataset.i18nAriaLabel));
    });
  }

  function el(tag, attrs = {}, ...children) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v === null || v === undefined) continue;
      if (k === 'text') n.textContent = v;
      else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined) n.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return n;
  }

  function field(id, labelKey, attrs = {}) {
    return el('div', { class: 'form-group mb-3' },
      el('label', { for: id, text: t(labelKey), class: 'active' }),
      el('input', Object.assign({ id, name: id, class: 'form-control' }, attrs)));
  }

  function select(id, labelKey, options, current) {
    return el('div', { class: 'mb-3' },
      el('label', { for: id, text: t(labelKey), class: 'form-label' }),
      el('select', { id, name: id, class: 'form-select' },
        options.map(([value, text]) => el('option', { value, text, selected: value === (current ?? '') }))));
  }

  function checkbox(id, labelKey, checked) {
    return el('div', { class: 'form-check' },
      el('input', { id, type: 'checkbox', checked: !!checked }),
      el('label', { for: id, text: t(labelKey) }));
  }

  function say(text, kind) {
    $('alert').replaceChildren();
    $('status').replaceChildren(text ? el('p', { class: kind || 'saved', text }) : '');
  }

  function problem(p) {
    $('status').replaceChildren();
    $('alert').replaceChildren(el('p', { class: 'problem', text: t('common.error') + ': ' + (p.code || '') + ' '
      + (p.detail || '') }));
  }

  /** Calls the API; a refusal is shown (and kept in state.problem) and answers null. {@code raw}: send text as is. */
  async function api(method, path, body, raw) {
    if (method !== 'GET') say('');
    state.problem = null;
    const headers = { 'Content-Type': 'application/json' };
    if (state.me && state.me.csrfToken) headers['X-CSRF-Token'] = state.me.csrfToken;
    const r = await fetch(path, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body) });
    if (r.status === 204) return {};
    const data = await r.json().catch(() => ({}));
    if (!r.ok) {
      state.problem = data;
      if (r.status === 401 && path !== '/api/session') { state.me = null; location.hash = '#/login'; }
      problem(data);
      return null;
    }
    return data;
  }

  function show(headingKey, ...content) {
    const h = el('h1', { text: t(headingKey), tabindex: '-1', id: 'view-heading' });
    $('view').replaceChildren(h, ...content);
    h.focus();
  }

  function chrome() {
    const signedIn = !!state.me;
    $('nav').hidden = !signedIn;
    $('logout').hidden = !signedIn;
    $('who').textContent = signedIn ? t('app.signedInAs', state.me.username, state.me.role) : '';
    document.querySelectorAll('#nav [data-needs]').forEach((li) => {
      li.hidden = !may(li.dataset.needs);
    });
  }

  function may(permission) {
    return !!(state.me && (state.me.permissions || []).includes(permission));
  }

  /** A table with its caption (text), column headings (bundle keys) and body rows (elements). */
  function dataTable(id, captionText, headKeys, rows) {
    return el('table', { class: 'table', id },
      el('caption', { text: captionText }),
      el('thead', {}, el('tr', {}, headKeys.map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, rows));
  }

  /** An empty chart (SVG, an image named by {@code label}) and the function that draws into it. */
  function svgChart(label, w, h) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    svg.setAttribute('class', 'outcome-chart');
    const add = (tag, attrs, text) => {
      const n = document.createElementNS('http://www.w3.org/2000/svg', tag);
      Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
      if (text !== undefined) n.textContent = text;
      svg.append(n);
    };
    return { svg, add };
  }

  /** A bar chart (SVG) of the served and the comparison group's shares, one pair of bars per horizon. */
  function outcomeChart(rows) {
    const shown = rows.filter((r) => !r.suppressed);
    const w = 560;
    const h = 220;
    const band = (w - 60) / Math.max(1, shown.length);
    const y = (v) => h - 30 - v * (h - 50);
    const { svg, add } = svgChart(t('outcomes.chart'), w, h);
    add('line', { x1: 50, y1: y(0), x2: w, y2: y(0), stroke: '#333' });
    [0, 0.5, 1].forEach((v) => add('text', { x: 44, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 },
      (v * 100) + ' %'));
    shown.forEach((r, i) => {
      const x = 60 + i * band;
      const bar = (v, dx, fill) => add('rect', { x: x + dx, y: y(v), width: band * 0.35, height: y(0) - y(v), fill });
      bar(r.treatedShare, 0, '#0066cc');
      bar(r.comparisonShare, band * 0.37, '#8c8c8c');
      add('text', { x: x + band * 0.36, y: h - 12, 'text-anchor': 'middle', 'font-size': 11 },
        r.outcome === 'durable' ? t('outcomes.durable') : r.days + ' ' + t('outcomes.days'));
    });
    return svg;
  }

  // ---- views ----
  const views = {
    login() {
      const form = el('form', { novalidate: true },
        field('username', 'login.username', { autocomplete: 'username', required: true }),
        field('password', 'login.password', { type: 'password', autocomplete: 'current-password', required: true }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('login.submit') }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const me = await api('POST', '/api/session', { username: $('username').value, password: $('password').value });
        if (!me) return;
        state.me = me;
        chrome();
        location.hash = me.mustChangePassword ? '#/password' : '#/home';
      });
      show('login.heading', form);
    },
    password() {
      const form = el('form', {},
        el('p', { text: t('password.intro') }),
        field('current', 'password.current', { type: 'password', autocomplete: 'current-password' }),
        field('next', 'password.next', { type: 'password', autocomplete: 'new-password' }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('password.submit') }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        if (await api('POST', '/api/me/password', { current: $('current').value, next: $('next').value })) {
          state.me = null;
          chrome();
          location.hash = '#/login';
          say(t('common.saved'));
        }
      });
      show('password.heading', form);
    },
    /** Each role's first page: its worklist, or what it may open. */
    async home() {
      if (may('CASELOAD_READ')) return views.caseload();
      if (may('EMPLOYER_WRITE')) return views.portfolio();
      if (may('CRISIS_WORK')) return views.crisis();
      if (may('OUTCOMES_READ')) return views.outcomes();
      if (may('REFERRAL_WORK')) return views.referrals();
      if (may('USER_ADMIN')) return views.admin();
      show('home.heading', el('p', { text: t('home.intro') }),
        el('ul', {}, el('li', {}, el('a', { href: '/observatory.html', text: t('nav.observatory') }))));
    },
    async outcomes(service) {
      const chosen = service || 'patto';
      const options = [['patto', t('outcomes.patto')]].concat(PATHS.slice(0, 4).map((g) => ['path:' + g,
        t('outcomes.path') + ' ' + t('gol.' + g)])).concat(['LEP_BASIC_ORIENTATION', 'LEP_JOB_ACCOMPANIMENT',
        'GOL_UPSKILLING_COURSE', 'GOL_RESKILLING_COURSE', 'LEP_TRAINEESHIP'].map((k) => ['action:' + k,
        t('outcomes.action') + ' ' + k])).concat(['proposed', 'event', 'crisis', 'referral',
        'referral:SOCIAL_COOPERATIVE'].map((k) => [k, t('outcomes.service.' + k)]));
      const form = el('form', { id: 'outcomes-form' },
        select('service', 'outcomes.service', options, chosen),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('outcomes.measure') }));
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        location.hash = '#/outcomes/' + encodeURIComponent($('service').value);
      });
      if (!service) return show('outcomes.heading', el('p', { text: t('outcomes.intro') }), form);
      show('outcomes.heading', el('p', { text: t('outcomes.intro') }), form,
        el('p', { id: 'outcomes-status', text: t('outcomes.working') }));
      const e = await api('GET', '/api/outcomes?service=' + encodeURIComponent(service));
      if (!e) return;
      const pct = (x) => (x === null ? '' : (x * 100).toFixed(1) + ' %');
      const pt = (x) => (x === null ? '' : (x >= 0 ? '+' : '') + (x * 100).toFixed(1));
      const table = el('table', { class: 'table', id: 'outcomes-table' },
        el('caption', { text: t('outcomes.caption', e.received, e.matched, e.observedUntil) }),
        el('thead', {}, el('tr', {}, ['outcomes.outcome', 'outcomes.horizon', 'outcomes.people', 'outcomes.served',
          'outcomes.comparison', 'outcomes.difference', 'outcomes.interval'].map((k) => el('th', { scope: 'col',
          text: t(k) })))),
        el('tbody', {}, e.rows.map((r) => el('tr', {},
          el('th', { scope: 'row', text: t(r.outcome === 'durable' ? 'outcomes.durable' : 'outcomes.hired') }),
          el('td', { text: r.days + ' ' + t('outcomes.days') }),
          el('td', { text: r.suppressed ? t('outcomes.suppressed') : r.people }),
          el('td', { text: pct(r.treatedShare) }), el('td', { text: pct(r.comparisonShare) }),
          el('td', { text: pt(r.difference) }),
          el('td', { text: r.suppressed ? '' : '[' + pt(r.low) + ', ' + pt(r.high) + ']' })))));
      $('outcomes-status').textContent = t('outcomes.medians', e.medianDaysTreated ?? t('outcomes.notReached'),
        e.medianDaysComparison ?? t('outcomes.notReached'));
      $('view').append(outcomeChart(e.rows), el('p', { class: 'legend', text: t('outcomes.legend') }), table,
        el('a', { href: '/api/outcomes.csv?service=' + encodeURIComponent(service), id: 'outcomes-csv',
          text: t('outcomes.csv') }));
    },
    /** Job titles to ESCO occupations, and a vacancy's candidates with the reasons (the former skills page). */
    skills() {
      const titles = el('form', { id: 'title-form' },
        el('fieldset', {}, el('legend', { text: t('skills.normalise') }),
          field('title', 'skills.title', { required: true }),
          select('titleLang', 'skills.lang', ['it', 'en', 'fr', 'es', 'de', 'nl', 'sv'].map((l) => [l, l]), 'it'),
          el('button', { type: 'submit', class: 'btn btn-primary', text: t('skills.normaliseSubmit') })));
      const occupations = el('div', { id: 'occupations' });
      titles.addEventListener('submit', async (e) => {
        e.preventDefault();
        const rows = await api('GET', '/api/skills/normalize?' + new URLSearchParams({ title: $('title').value,
          lang: $('titleLang').value, limit: 10 }));
        if (!rows) return;
        occupations.replaceChildren(el('table', { class: 'table', id: 'occupation-table' },
          el('caption', { text: t('skills.occupations', $('title').value) }),
          el('thead', {}, el('tr', {}, ['skills.rank', 'skills.occupation', 'skills.english', 'skills.matched',
            'skills.score'].map((k) => el('th', { scope: 'col', text: t(k) })))),
          el('tbody', {}, rows.map((o, i) => el('tr', {}, el('td', { text: i + 1 }),
            el('th', { scope: 'row', text: o.label }), el('td', { text: o.labelEn }), el('td', { text: o.matchedLabel }),
            el('td', { text: o.score.toFixed(2) }))))));
      });
      const vacancy = el('form', { id: 'vacancy-form' },
        el('fieldset', {}, el('legend', { text: t('skills.candidates') }),
          field('vacancy', 'skills.vacancy', { required: true, placeholder: 'V00000001' }),
          el('button', { type: 'submit', class: 'btn btn-primary', text: t('skills.match') })));
      const candidates = el('div', { id: 'candidates' });
      vacancy.addEventListener('submit', async (e) => {
        e.preventDefault();
        const rows = await api('GET', '/api/match/vacancy/' + encodeURIComponent($('vacancy').value) + '?limit=10');
        if (!rows) return;
        candidates.replaceChildren(rows.length ? el('ol', { id: 'candidate-list' }, rows.map((m) => el('li', {},
          el('a', { href: '#/person/' + encodeURIComponent(m.seekerId), text: m.seekerId }),
          ' ' + t('vacancies.score', (m.score * 100).toFixed(0)) + ' ',
          t('vacancies.why', m.explanation.matchedSkills.length, m.explanation.missingEssentialSkills.length,
            m.explanation.distanceKm === null ? '-' : m.explanation.distanceKm.toFixed(0)),
          el('div', { class: 'small', text: t('skills.missing') + ': '
            + (m.explanation.missingEssentialSkills.join(', ') || '-') }))))
          : el('p', { text: t('skills.noCandidates') }));
      });
      show('skills.heading', titles, occupations, vacancy, candidates);
    },
    async model() {
      const m = await api('GET', '/api/profiling/model');
      const fit = el('button', { type: 'button', class: 'btn btn-secondary', id: 'fit-model', text: t('model.fit'),
        onclick: async () => {
          say(t('outcomes.working'));
          if (await api('POST', '/api/profiling/model', {})) { await views.model(); say(t('common.saved')); }
        } });
      if (!m) return show('model.heading', fit);
      const auc = (c) => (c.auc === null ? '' : c.auc.toFixed(3));
      const rows = [];
      m.horizons.forEach((h) => {
        rows.push([h.months, t('model.all'), h.heldOut.people, auc(h.heldOut)]);
        Object.entries(h.bySex).forEach(([g, c]) => rows.push([h.months, t('model.sex') + ' ' + g, c.people, auc(c)]));
        Object.entries(h.byCitizenship).forEach(([g, c]) => rows.push([h.months, t('model.citizenship') + ' ' + g,
          c.people, auc(c)]));
      });
      show('model.heading', el('p', { text: t('model.intro', m.observedUntil) }),
        el('table', { class: 'table', id: 'model-table' },
          el('caption', { text: t('model.caption') }),
          el('thead', {}, el('tr', {}, ['model.months', 'model.group', 'model.people', 'model.auc'].map((k) =>
            el('th', { scope: 'col', text: t(k) })))),
          el('tbody', {}, rows.map((r) => el('tr', {}, el('td', { text: r[0] }), el('th', { scope: 'row',
            text: r[1] }), el('td', { text: r[2] }), el('td', { text: r[3] }))))),
        fit);
    },
    async caseload() {
      const c = await api('GET', '/api/caseload');
      if (!c) return show('caseload.heading');
      const list = (items, render) => items.length ? el('ul', {}, items.map((i) => el('li', {}, render(i))))
        : el('p', { text: t('caseload.none') });
      show('caseload.heading',
        el('h2', { text: t('caseload.patti') }),
        list(c.patti, (p) => [el('a', { href: '#/patto/' + p.id, text: p.id + ' - ' + t('state.' + p.state) }),
          ' ' + t('caseload.progress', p.done, p.actions)
          + (p.next ? ' - ' + t('caseload.next', p.next.label, p.next.due) : '')]),
        el('h2', { text: t('caseload.overdue') }),
        c.overdueCount > c.overdue.length ? el('p', { id: 'overdue-count', text: t('caseload.overdueShown',
          c.overdue.length, c.overdueCount) }) : '',
        list(c.overdue, (a) => el('a', { href: '#/patto/' + a.patto, text: a.label + ' (' + a.due + ')' })),
        el('h2', { text: t('caseload.waiting') }),
        list(c.waitingForAPatto, (p) => el('a', { href: '#/person/' + p.id,
          text: [p.family_name, p.given_name].filter(Boolean).join(' ') || p.id })));
    },
    search() {
      const results = el('section', { 'aria-labelledby': 'results-heading' });
      const form = el('form', { role: 'search' },
        field('family_name', 'search.familyName', { autocomplete: 'off' }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('search.submit') }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const found = await api('GET', '/api/people?purpose=search&family_name='
          + encodeURIComponent($('family_name').value));
        if (!found) return;
        results.replaceChildren(el('h2', { id: 'results-heading', text: t('search.results') }),
          found.length ? el('ul', {}, found.map((p) => el('li', {}, el('a', { href: '#/person/' + p.id,
            text: p.family_name + ' ' + p.given_name })))) : el('p', { text: t('search.none') }));
        say(t('search.results') + ': ' + found.length);
      });
      show('search.heading', form, results);
    },
    register() {
      const form = el('form', {},
        field('fiscal_code', 'register.fiscalCode', { autocomplete: 'off', maxlength: 16 }),
        field('given_name', 'register.givenName', { autocomplete: 'given-name' }),
        field('family_name', 'register.familyName', { autocomplete: 'family-name' }),
        field('citizenship', 'register.citizenship', { value: 'IT', maxlength: 2 }),
        field('domicile_comune', 'register.domicile', { maxlength: 6 }),
        field('education_isced', 'register.education', { type: 'number', min: 0, max: 8 }),
        field('did_date', 'register.did', { type: 'date' }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('register.submit') }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const body = {};
        for (const k of ['fiscal_code', 'given_name', 'family_name', 'citizenship', 'domicile_comune',
          'education_isced', 'did_date']) body[k] = $(k).value;
        const p = await api('POST', '/api/people', body);
        if (p) { say(t('common.saved')); location.hash = '#/person/' + p.id; }
      });
      show('register.heading', form);
    },
    async person(id) {
      const p = await api('GET', '/api/people/' + encodeURIComponent(id) + '?purpose=record');
      if (!p) return show('person.heading');
      const draft = !may('PATTO_WRITE') ? '' : el('button', { type: 'button', class: 'btn btn-primary',
        text: t('person.draftPatto'),
        onclick: async () => {
          const patto = await api('POST', '/api/people/' + encodeURIComponent(id) + '/patti');
          if (patto) location.hash = '#/patto/' + patto.id;
        } });
      show('person.heading',
        el('dl', { class: 'record' },
          el('dt', { text: t('person.name') }), el('dd', { text: (p.given_name || '') + ' ' + (p.family_name || '') }),
          el('dt', { text: t('person.fiscalCode') }), el('dd', { text: p.fiscal_code }),
          el('dt', { text: t('person.birthDate') }), el('dd', { text: p.birth_date }),
          el('dt', { text: t('person.did') }), el('dd', { text: p.did_date || '' }),
          el('dt', { text: t('person.cpi') }), el('dd', { text: p.owner_cpi || '' })),
        el('h2', { text: t('person.patti') }), el('div', { id: 'person-patti' }), draft,
        el('div', { id: 'referrals' }), el('div', { id: 'work' }), el('div', { id: 'curriculum' }),
        el('div', { id: 'profile' }), el('div', { id: 'vacancies' }), el('div', { id: 'cross-border' }));
      await Promise.all([pattiOf(id), window.openpes.referralsOf(id, $('referrals')), workOf(id),
        window.openpes.curriculumOf(id, $('curriculum')), profileOf(id), vacanciesOf(id),
        may('CROSS_BORDER') ? window.openpes.crossBorderOf(id, $('cross-border')) : null]);
    },
    async patto(id) {
      const p = await api('GET', '/api/patti/' + encodeURIComponent(id));
      if (!p) return show('patto.heading');
      const c = p.content || {};
      const act = (c.searchActs && c.searchActs[0]) || {};
      const content = el('form', { id: 'content-form' },
        el('fieldset', {}, el('legend', { text: t('patto.content') }),
          field('caseManager', 'patto.caseManager', { value: c.caseManager || '' }),
          field('riskClass', 'patto.riskClass', { type: 'number', min: 1, max: 3, value: c.riskClass ?? '' }),
          select('golPath', 'patto.golPath', [['', '-']].concat(['REINSERIMENTO', 'AGGIORNAMENTO',
            'RIQUALIFICAZIONE', 'LAVORO_E_INCLUSIONE', 'RICOLLOCAZIONE_COLLETTIVA'].map((g) => [g, t('gol.' + g)])),
            c.golPath),
          field('act', 'patto.act', { value: act.description || '' }),
          field('actDeadline', 'patto.actDeadline', { type: 'date', value: act.deadline || '' }),
          field('contactEveryDays', 'patto.contactDays', { type: 'number', min: 1, max: 180,
            value: c.contactEveryDays ?? '' }),
          field('proofOfSearch', 'patto.proof', { value: c.proofOfSearch || '' }),
          checkbox('availableForWorkshops', 'patto.workshops', c.availableForWorkshops),
          checkbox('availableForTraining', 'patto.training', c.availableForTraining),
          checkbox('acceptsSuitableOffers', 'patto.offers', c.acceptsSuitableOffers),
          field('contentReason', 'patto.reason', {}),
          el('button', { type: 'submit', class: 'btn btn-primary mt-2', text: t('patto.save') })));
      content.addEventListener('submit', async (e) => {
        e.preventDefault();
        const num = (k) => ($(k).value === '' ? null : Number($(k).value));
        const body = { version: p.version, reason: $('contentReason').value, content: {
          caseManager: $('caseManager').value, riskClass: num('riskClass'), golPath: $('golPath').value || null,
          searchActs: $('act').value ? [{ description: $('act').value, deadline: $('actDeadline').value || null }] : [],
          contactEveryDays: num('contactEveryDays'), proofOfSearch: $('proofOfSearch').value,
          availableForWorkshops: $('availableForWorkshops').checked,
          availableForTraining: $('availableForTraining').checked,
          acceptsSuitableOffers: $('acceptsSuitableOffers').checked } };
        if (await api('PUT', '/api/patti/' + encodeURIComponent(id) + '/content', body)) {
          await views.patto(id);
          say(t('common.saved'));
        }
      });
      if (p.content) $('view').dataset.loaded = '1';
      const events = el('form', { id: 'event-form' },
        el('fieldset', {}, el('legend', { text: t('patto.event') }),
          select('event', 'patto.event', ['SIGN', 'ACTIVATE', 'SUSPEND', 'RESUME', 'CLOSE', 'LAPSE']
            .map((e) => [e, t('event.' + e)])),
          field('eventReason', 'patto.reason', {}),
          el('button', { type: 'submit', class: 'btn btn-secondary', text: t('patto.eventSubmit') })));
      events.addEventListener('submit', async (e) => {
        e.preventDefault();
        const r = await api('POST', '/api/patti/' + encodeURIComponent(id) + '/events',
          { version: p.version, event: $('event').value, reason: $('eventReason').value });
        if (r) { await views.patto(id); say(t('common.saved')); }
      });
      show('patto.heading',
        el('dl', { class: 'record' },
          el('dt', { text: t('patto.state') }), el('dd', { id: 'patto-state', text: t('state.' + p.state) }),
          el('dt', { text: t('patto.version') }), el('dd', { text: String(p.version) })),
        p.missing.length ? el('section', { 'aria-labelledby': 'missing-heading' },
          el('h2', { id: 'missing-heading', text: t('patto.missing') }),
          el('ul', {}, p.missing.map((m) => el('li', { text: t('patto.element.' + m) }))))
          : el('p', { class: 'saved', text: t('patto.complete') }),
        el('p', {}, el('a', { href: '/api/patti/' + encodeURIComponent(id) + '/pdf?lang=' + state.lang,
          text: t('patto.print'), target: '_blank', rel: 'noopener' })),
        content, events,
        el('h2', { text: t('patto.actions') }),
        el('ul', {}, (p.actions || []).map((a) => el('li', {}, a.label + ' - ' + (a.due || ''),
          a.overdue ? el('span', { class: 'overdue', text: ' (' + t('action.overdue') + ')' }) : null))),
        el('h2', { text: t('patto.revisions') }),
        el('ol', {}, p.revisions.map((r) => el('li', { text: 'v' + r.version + ' - ' + t('state.' + r.state)
          + ' - ' + r.reason }))));
    },
  };

  const QUESTIONS = ['caringResponsibilities', 'healthLimitation', 'followedBySocialServices', 'housingDifficulty',
    'needsItalianLanguage', 'lacksDigitalSkills', 'willingToRetrain'];
  const PATHS = ['REINSERIMENTO', 'AGGIORNAMENTO', 'RIQUALIFICAZIONE', 'LAVORO_E_INCLUSIONE',
    'RICOLLOCAZIONE_COLLETTIVA'];

  /** The person's profile: the estimate or the recorded one, and the form that records the next version. */
  async function profileOf(id) {
    const box = $('profile');
    const heading = el('h2', { id: 'profile-heading', text: t('profile.heading') });
    const f = await api('GET', '/api/people/' + encodeURIComponent(id) + '/profile');
    if (!f) return box.replaceChildren(heading);
    const pct = (x) => (x * 100).toFixed(0) + ' %';
    const factors = el('ul', {}, f.mainFactors.map((m) => el('li', { text: m.category + ': '
      + t(m.weight >= 0 ? 'profile.raises' : 'profile.lowers') + ' (' + m.weight.toFixed(2) + ')' })));
    const recorded = f.recorded
      ? t('profile.recordedVersion', f.version, (f.decidedAt || '').slice(0, 10)) : t('profile.estimate');
    const form = el('form', { id: 'profile-form' },
      el('fieldset', {}, el('legend', { text: t('profile.questionnaire') }),
        QUESTIONS.map((q) => checkbox('q-' + q, 'q.' + q, f.questionnaire[q]))),
      select('profilePath', 'profile.path', [['', t('profile.asProposed')]].concat(PATHS.map((g) => [g,
        t('gol.' + g)])), f.overridden ? f.chosenPath.name : ''),
      field('profileReason', 'profile.reason', { value: f.overrideReason || '' }),
      el('button', { type: 'submit', class: 'btn btn-primary', text: t('profile.save') }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const questionnaire = {};
      QUESTIONS.forEach((q) => { questionnaire[q] = $('q-' + q).checked; });
      const saved = await api('POST', '/api/people/' + encodeURIComponent(id) + '/profile', { questionnaire,
        path: $('profilePath').value || null, reason: $('profileReason').value || null, version: f.version });
      if (saved) { await profileOf(id); say(t('common.saved')); $('profile-heading').focus(); }
    });
    box.replaceChildren(heading,
      el('dl', { class: 'record' },
        el('dt', { text: t('profile.employedSix') }), el('dd', { text: pct(f.employedIn6Months) }),
        el('dt', { text: t('profile.employedTwelve') }), el('dd', { text: pct(f.employedIn12Months) }),
        el('dt', { text: t('profile.risk') }), el('dd', { id: 'profile-risk', text: t('risk.' + f.risk) }),
        el('dt', { text: t('profile.proposed') }), el('dd', { id: 'profile-proposed',
          text: t('gol.' + f.proposedPath.name) }),
        el('dt', { text: t('profile.chosen') }), el('dd', { id: 'profile-chosen', text: t('gol.' + f.chosenPath.name) })),
      el('p', { id: 'profile-status', text: recorded }),
      ...(f.overridden ? [el('p', { text: t('profile.overridden', f.overrideReason) })] : []),
      el('h3', { text: t('profile.factors') }), factors, form);
    heading.setAttribute('tabindex', '-1');
  }

  /** The person's patti, newest first, with their state, GOL path and actions done: their active-policy history. */
  async function pattiOf(id) {
    const list = await api('GET', '/api/people/' + encodeURIComponent(id) + '/patti');
    if (!list) return;
    $('person-patti').replaceChildren(list.length ? el('ul', { id: 'patti-list' }, list.map((p) => el('li', {},
      el('a', { href: '#/patto/' + encodeURIComponent(p.id), text: p.id }),
      ' ' + t('state.' + p.state) + (p.content.golPath ? ', ' + t('gol.' + p.content.golPath) : '') + ', '
        + t('person.actionsDone', p.actions.filter((a) => a.state === 'DONE').length, p.actions.length))))
      : el('p', { text: t('person.noPatto') }));
  }

  /** What the CO show of the person: the Scheda Anagrafica's work experience and months without work. */
  async function workOf(id) {
    const w = await api('GET', '/api/people/' + encodeURIComponent(id) + '/work-history');
    const heading = el('h2', { id: 'work-heading', text: t('work.heading') });
    if (!w) return $('work').replaceChildren(heading);
    const row = (k, v) => [el('dt', { text: t(k) }), el('dd', { text: v === null || v === undefined ? '-' : v })];
    $('work').replaceChildren(heading, el('p', { text: t('work.seen', w.seenOn, w.observedUntil) }),
      el('dl', { class: 'record', id: 'work-record' },
        row('work.monthsWithoutWork', w.monthsWithoutWork),
        row('work.lastEnded', w.lastContractEnded),
        row('work.contracts', w.contractsInLast24Months),
        row('work.lastOccupation', w.lastCp2011),
        row('work.lastContract', w.lastContractGroup),
        row('work.firstHire', w.firstHireAfterDid)));
  }

  /** The matcher's vacancies for the person, with why each one fits. */
  async function vacanciesOf(id) {
    const heading = el('h2', { id: 'vacancies-heading', text: t('vacancies.heading') });
    const r = await fetch('/api/match/seeker/' + encodeURIComponent(id) + '?limit=5', { credentials: 'same-origin' });
    if (r.status === 404) return $('vacancies').replaceChildren(heading, el('p', { text: t('vacancies.unknown') }));
    const list = r.ok ? await r.json() : null;
    if (!list) return $('vacancies').replaceChildren(heading, el('p', { text: t('vacancies.none') }));
    if (!list.length) return $('vacancies').replaceChildren(heading, el('p', { text: t('vacancies.none') }));
    $('vacancies').replaceChildren(heading, el('ol', { id: 'vacancy-list' }, list.map((m) => el('li', {},
      el('strong', { text: m.vacancyId }), ' ' + t('vacancies.score', (m.score * 100).toFixed(0)) + ' ',
      t('vacancies.why', m.explanation.matchedSkills.length, m.explanation.missingEssentialSkills.length,
        m.explanation.distanceKm === null ? '-' : m.explanation.distanceKm.toFixed(0))))));
  }

  // The other scripts of the application (employers.js) add their views to this one registry, with these helpers.
  window.openpes = { views, el, t, api, field, select, show, say, may, state, svgChart, dataTable };

  async function route() {
    const [, name, arg] = (location.hash || '#/').split('/');
    if (!state.me && name !== 'login') {
      const me = await fetch('/api/me', { credentials: 'same-origin' });
      if (me.ok) { state.me = await me.json(); } else { location.hash = '#/login'; chrome(); return views.login(); }
    }
    chrome();
    const view = views[name] || views.home;
    await view(arg ? decodeURIComponent(arg) : undefined);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await loadMessages(pickLanguage());
    $('language').addEventListener('change', async () => {
      localStorage.setItem('openpes.lang', $('language').value);
      await loadMessages($('language').value);
      await route();
    });
    $('logout').addEventListener('click', async () => {
      await api('DELETE', '/api/session');
      state.me = null;
      location.hash = '#/login';
    });
    window.addEventListener('hashchange', route);
    await route();
  });
})();
