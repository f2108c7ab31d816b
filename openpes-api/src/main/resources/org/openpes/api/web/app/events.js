'use strict';
// IncontraLavoro: a CPI's recruiting events, and one event's vacancies, invitations, slots, interviews and funnel.
// Helpers from app.js: words from the bundles, records written as text, CSRF on every change.
(() => {
  const { views, el, t, api, field, select, show, say } = window.openpes;
  const CHANNELS = ['EMAIL', 'SMS', 'LETTER', 'PHONE'];
  const DELIVERIES = ['PENDING', 'SENT', 'DELIVERED', 'FAILED'];
  const ATTENDANCES = ['UNKNOWN', 'SEEN', 'EXCUSED', 'NO_SHOW'];
  const OUTCOMES = ['HIRED', 'NEXT_STEP', 'NOT_RETAINED'];
  const REFUSALS = ['SKILLS_DO_NOT_MATCH', 'EXPERIENCE_INSUFFICIENT', 'CANDIDATE_NOT_AVAILABLE', 'CANDIDATE_DECLINED',
    'CANDIDATE_UNREACHABLE', 'DID_NOT_ATTEND_INTERVIEW', 'POSITION_FILLED', 'DISTANCE', 'CONTRACT_NOT_WANTED', 'OTHER'];
  const value = (id) => document.getElementById(id).value;
  const co = (n) => (n === null || n === undefined ? t('events.coNotYet') : n);

  function funnel(f) {
    const row = (k, v) => [el('dt', { text: t(k) }), el('dd', { text: v })];
    return el('dl', { class: 'record funnel' }, row('events.invited', f.invited), row('events.attended', f.attended),
      row('events.interviewed', f.interviewed), row('events.hired', f.hired),
      row('events.hiredThirty', co(f.hiredIn30DaysCo)), row('events.hiredNinety', co(f.hiredIn90DaysCo)));
  }

  views.events = async () => {
    const list = await api('GET', '/api/events');
    const form = el('form', { id: 'event-form' },
      el('fieldset', {}, el('legend', { text: t('events.new') }),
        field('evTitle', 'events.title', { required: true }),
        field('evDay', 'events.day', { type: 'date' }),
        field('evVenue', 'events.venue', {}),
        field('evCapacity', 'events.capacity', { type: 'number', min: 1, max: 10000, value: 50 }),
        el('button', { type: 'submit', class: 'btn btn-primary', text: t('events.create') })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const ev = await api('POST', '/api/events', { title: value('evTitle'), day: value('evDay'),
        venue: value('evVenue'), online: value('evVenue').trim() === '', capacity: Number(value('evCapacity')) });
      if (ev) { say(t('common.saved')); location.hash = '#/event/' + encodeURIComponent(ev.id); }
    });
    show('events.heading',
      list && list.length ? el('table', { class: 'table', id: 'events-table' },
        el('caption', { text: t('events.caption') }),
        el('thead', {}, el('tr', {}, ['events.title', 'events.day', 'events.invited', 'events.attended',
          'events.interviewed', 'events.hired', 'events.hiredThirty', 'events.hiredNinety'].map((k) =>
          el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, list.map((ev) => el('tr', {},
          el('th', { scope: 'row' }, el('a', { href: '#/event/' + encodeURIComponent(ev.id), text: ev.title })),
          el('td', { text: ev.day }), el('td', { text: ev.funnel.invited }), el('td', { text: ev.funnel.attended }),
          el('td', { text: ev.funnel.interviewed }), el('td', { text: ev.funnel.hired }),
          el('td', { text: co(ev.funnel.hiredIn30DaysCo) }), el('td', { text: co(ev.funnel.hiredIn90DaysCo) })))))
        : el('p', { text: t('caseload.none') }),
      form);
  };

  views.event = async (id) => {
    const ev = await api('GET', '/api/events/' + encodeURIComponent(id));
    if (!ev) return show('events.eventHeading');
    const base = '/api/events/' + encodeURIComponent(id);
    const reload = async () => { await views.event(id); say(t('common.saved')); };
    const post = async (path, body) => { if (await api('POST', path, body)) await reload(); };
    const addVacancy = el('form', { id: 'event-vacancy-form' },
      field('evVacancy', 'events.vacancyId', {}),
      el('button', { type: 'submit', class: 'btn btn-secondary', text: t('events.addVacancy') }));
    addVacancy.addEventListener('submit', (e) => { e.preventDefault(); post(base + '/vacancies', { vacancy: value('evVacancy') }); });
    const invite = el('form', { id: 'invite-form' },
      select('evChannel', 'events.channel', CHANNELS.map((c) => [c, t('channel.' + c)])),
      el('button', { type: 'submit', class: 'btn btn-primary', text: t('events.invite') }));
    invite.addEventListener('submit', (e) => { e.preventDefault(); post(base + '/invitations', { channel: value('evChannel') }); });
    const slotsForm = el('form', { id: 'slots-form' },
      select('slotVacancy', 'events.vacancy', ev.vacancies.map((v) => [v.id, v.title || v.id])),
      field('slotTimes', 'events.times', { placeholder: '09:00, 09:30' }),
      el('button', { type: 'submit', class: 'btn btn-secondary', text: t('events.openSlots') }));
    slotsForm.addEventListener('submit', (e) => {
      e.preventDefault();
      post(base + '/slots', { vacancy: value('slotVacancy'), times: value('slotTimes').split(',').map((s) => s.trim())
        .filter(Boolean) });
    });
    const invitationRow = (i, n) => {
      const form = el('form', { class: 'd-flex gap-2 align-items-end', id: 'inv-' + n },
        select('inv-delivery-' + n, 'events.delivery', DELIVERIES.map((d) => [d, t('delivery.' + d)]), i.delivery),
        select('inv-attendance-' + n, 'events.attendance', ATTENDANCES.map((a) => [a, t('attendance.' + a)]),
          i.attendance),
        el('button', { type: 'submit', class: 'btn btn-sm btn-secondary mb-3', text: t('events.record') }));
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const path = '/api/invitations/' + encodeURIComponent(i.id);
        if (await api('POST', path + '/delivery', { delivery: value('inv-delivery-' + n) })
          && await api('POST', path + '/attendance', { attendance: value('inv-attendance-' + n) })) await reload();
      });
      return el('tr', {}, el('th', { scope: 'row', text: i.name }), el('td', { text: t('channel.' + i.channel) }),
        el('td', { class: 'application-state', text: t('astate.' + i.applicationState) }), el('td', {}, form));
    };
    const slotRow = (s, n) => {
      const who = ev.invitations.find((i) => i.id === s.invitation);
      let action;
      if (!s.invitation) {
        action = el('form', { class: 'd-flex gap-2 align-items-end', id: 'book-' + n },
          select('book-who-' + n, 'events.candidate', ev.invitations.filter((i) => i.vacancy === s.vacancy)
            .map((i) => [i.id, i.name])),
          el('button', { type: 'submit', class: 'btn btn-sm btn-secondary mb-3', text: t('events.book') }));
        action.addEventListener('submit', (e) => {
          e.preventDefault();
          post('/api/slots/' + encodeURIComponent(s.id) + '/booking', { invitation: value('book-who-' + n) });
        });
      } else if (!s.outcome) {
        action = el('form', { class: 'd-flex gap-2 align-items-end', id: 'interview-' + n },
          select('outcome-' + n, 'events.outcome', OUTCOMES.map((o) => [o, t('outcome.' + o)])),
          select('outcome-reason-' + n, 'vacancy.reason', [['', '-']].concat(REFUSALS.map((r) => [r,
            t('refusal.' + r)]))),
          el('button', { type: 'submit', class: 'btn btn-sm btn-secondary mb-3', text: t('events.record') }));
        action.addEventListener('submit', (e) => {
          e.preventDefault();
          post('/api/slots/' + encodeURIComponent(s.id) + '/interview', { outcome: value('outcome-' + n),
            reason: value('outcome-reason-' + n) || null });
        });
      } else {
        action = el('span', { class: 'slot-outcome', text: t('outcome.' + s.outcome) });
      }
      return el('tr', {}, el('th', { scope: 'row', text: s.startsAt }), el('td', { text: s.vacancy }),
        el('td', { text: who ? who.name : t('events.free') }), el('td', {}, action));
    };
    show('events.eventHeading',
      el('p', { text: ev.title + ' - ' + ev.day + ' - ' + ev.venue }),
      el('h2', { text: t('events.funnel') }), funnel(ev.funnel),
      el('h2', { text: t('events.vacancies') }),
      ev.vacancies.length ? el('ul', {}, ev.vacancies.map((v) => el('li', {}, el('a', {
        href: '#/vacancy/' + encodeURIComponent(v.id), text: v.title || v.id })))) : el('p', { text: t('caseload.none') }),
      addVacancy, invite,
      el('h2', { text: t('events.invitations') }),
      ev.invitations.length ? el('table', { class: 'table', id: 'invitation-table' },
        el('caption', { text: t('events.invitationsCaption', ev.invitations.length, ev.capacity) }),
        el('thead', {}, el('tr', {}, ['vacancy.person', 'events.channel', 'vacancy.state', 'events.record']
          .map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, ev.invitations.map(invitationRow))) : el('p', { text: t('caseload.none') }),
      el('h2', { text: t('events.slots') }), slotsForm,
      ev.slots.length ? el('table', { class: 'table', id: 'slot-table' },
        el('caption', { text: t('events.slotsCaption') }),
        el('thead', {}, el('tr', {}, ['events.time', 'events.vacancy', 'events.candidate', 'events.record']
          .map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, ev.slots.map(slotRow))) : el('p', { text: t('caseload.none') }));
  };
})();
