'use strict';
// Meetings on a subject, shared by the crisis unit's round table and the partner network: each meeting with its
// attendees, minutes, decisions and follow-ups (overdue ones flagged, open ones marked done with a button), and the
// form that records a new one.
(() => {
  const { el, t, api, field, say } = window.openpes;

  function area(id, labelKey, helpKey) {
    return el('div', { class: 'mb-3' },
      el('label', { for: id, class: 'form-label', text: t(labelKey) }),
      el('textarea', { id, name: id, class: 'form-control', rows: 3, 'aria-describedby': helpKey ? id + '-help'
        : undefined }),
      helpKey ? el('p', { id: id + '-help', class: 'form-text', text: t(helpKey) }) : null);
  }

  function followUps(m, done) {
    if (!m.followUps.length) return el('p', { text: t('meetings.noFollowUps') });
    return window.openpes.dataTable('follow-ups-' + m.id, t('meetings.followUpsCaption', m.heldOn), [
      'meetings.what', 'meetings.owner', 'meetings.due', 'meetings.state'], m.followUps.map((f) => el('tr', {
      class: f.overdue ? 'overdue' : undefined },
    el('th', { scope: 'row', text: f.what }), el('td', { text: f.owner }), el('td', { text: f.dueOn }),
    el('td', {}, f.doneOn ? t('meetings.doneOn', f.doneOn) : [f.overdue ? el('strong', { text: t('meetings.overdue')
      + ' ' }) : '', el('button', { type: 'button', id: 'done-' + f.id, class: 'btn btn-sm btn-secondary',
      text: t('meetings.markDone'), 'aria-label': t('meetings.markDoneFor', f.what), onclick: () => done(f) })]))));
  }

  /**
   * Draws the meetings into {@code container}: {@code headingKey} names the section, {@code base} is the subject's
   * API path (POST base + '/round-table' or '/meetings' records, base + '/follow-ups/ID/done' completes).
   */
  window.openpes.meetingsSection = function meetingsSection(container, headingKey, meetings, recordPath, base) {
    const redraw = (list) => meetingsSection(container, headingKey, list, recordPath, base);
    const done = async (f) => {
      const list = await api('POST', base + '/follow-ups/' + encodeURIComponent(f.id) + '/done', {});
      if (list) { redraw(list); say(t('common.saved')); }
    };
    const form = el('form', { id: 'meeting-form' }, el('fieldset', {}, el('legend', { text: t('meetings.record') }),
      field('meeting-held-on', 'meetings.heldOn', { type: 'date' }),
      area('meeting-attendees', 'meetings.attendees', 'meetings.attendeesHelp'),
      area('meeting-minutes', 'meetings.minutes'),
      area('meeting-decisions', 'meetings.decisions', 'meetings.decisionsHelp'),
      area('meeting-follow-ups', 'meetings.followUps', 'meetings.followUpsHelp'),
      el('button', { type: 'submit', id: 'meeting-save', class: 'btn btn-primary', text: t('meetings.save') })));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const v = (id) => document.getElementById(id).value;
      const list = await api('POST', recordPath, { held_on: v('meeting-held-on'), attendees: v('meeting-attendees'),
        minutes: v('meeting-minutes'), decisions: v('meeting-decisions'), follow_ups: v('meeting-follow-ups') });
      if (list) { redraw(list); say(t('common.saved')); }
    });
    container.replaceChildren(el('h2', { id: 'meetings-heading', tabindex: '-1', text: t(headingKey) }),
      meetings.length ? el('ol', { id: 'meetings', class: 'list-unstyled' }, meetings.map((m) => el('li', {
        class: 'mb-4' }, el('h3', { text: t('meetings.of', m.heldOn) }),
      el('dl', { class: 'record' }, el('dt', { text: t('meetings.attendees') }), el('dd', { text: m.attendees.join(', ') }),
        el('dt', { text: t('meetings.minutes') }), el('dd', { text: m.minutes }),
        el('dt', { text: t('meetings.decisions') }), el('dd', {}, m.decisions.length ? el('ul', {},
          m.decisions.map((d) => el('li', { text: d }))) : '-')),
      followUps(m, done))))
        : el('p', { text: t('meetings.none') }),
      form);
  };
})();
