'use strict';
// The partner network: the organisations of the territory with their agreements (renewals flagged), the referrals of
// people to them, and the referral section of a person's page. A partner's user has only the referrals list and the
// pages of the people referred to its organisation.
(() => {
  const { views, el, t, api, field, select, show, say, may } = window.openpes;
  const KINDS = ['SCHOOL', 'UNIVERSITY', 'TRAINING_BODY', 'SOCIAL_COOPERATIVE', 'UNION', 'EMPLOYERS_ASSOCIATION',
    'MUNICIPALITY', 'SOCIAL_SERVICES', 'PRIVATE_AGENCY'];
  const AGREEMENTS = ['PROTOCOLLO', 'CONVENZIONE'];
  const value = (id) => document.getElementById(id).value;

  const table = (id, captionKey, headKeys, rows) => window.openpes.dataTable(id, t(captionKey), headKeys, rows);

  views.partners = async () => {
    const list = await api('GET', '/api/partners');
    if (!list) return show('partners.heading');
    const agreements = (p) => p.agreements.length ? el('ul', { class: 'list-unstyled mb-0' }, p.agreements.map((a) =>
      el('li', { class: 'agreement agreement-' + a.status.toLowerCase() }, t('agreement.' + a.kind) + ': ' + a.title
        + ' (' + a.validFrom + ' - ' + a.validTo + ') ', el('strong', { text: t('agreement.status.' + a.status) }))))
      : t('partners.noAgreement');
    const meetings = el('section', { id: 'partner-meetings' });
    const due = list.flatMap((p) => p.agreements.filter((a) => a.status !== 'VALID' && a.status !== 'NOT_YET')
      .map((a) => [p, a]));
    const addPartner = el('form', { id: 'partner-form' }, el('fieldset', {}, el('legend', { text: t('partners.add') }),
      field('partnerName', 'partners.name', {}),
      select('partnerKind', 'partners.kind', KINDS.map((k) => [k, t('partnerKind.' + k)])),
      field('partnerProvince', 'partners.province', { maxlength: 3, placeholder: '015' }),
      el('button', { type: 'submit', class: 'btn btn-primary', text: t('partners.addButton') })));
    addPartner.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (await api('POST', '/api/partners', { name: value('partnerName'), kind: value('partnerKind'),
        province: value('partnerProvince') })) { await views.partners(); say(t('common.saved')); }
    });
    const addAgreement = el('form', { id: 'agreement-form' }, el('fieldset', {},
      el('legend', { text: t('partners.addAgreement') }),
      select('agPartner', 'partners.partner', list.map((p) => [p.id, p.name])),
      select('agKind', 'partners.agreementKind', AGREEMENTS.map((k) => [k, t('agreement.' + k)])),
      field('agTitle', 'partners.agreementTitle', {}),
      field('agFrom', 'partners.validFrom', { type: 'date' }),
      field('agTo', 'partners.validTo', { type: 'date' }),
      el('button', { type: 'submit', class: 'btn btn-secondary', text: t('partners.addButton') })));
    addAgreement.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (await api('POST', '/api/partners/' + encodeURIComponent(value('agPartner')) + '/agreements', {
        kind: value('agKind'), title: value('agTitle'), valid_from: value('agFrom'), valid_to: value('agTo') })) {
        await views.partners(); say(t('common.saved'));
      }
    });
    show('partners.heading',
      el('h2', { text: t('partners.alerts') }),
      due.length ? el('ul', { id: 'renewal-alerts' }, due.map(([p, a]) => el('li', {}, p.name + ': ' + a.title + ' - '
        + t('agreement.status.' + a.status) + ' (' + a.validTo + ')'))) : el('p', { text: t('partners.noAlerts') }),
      el('h2', { text: t('partners.list') }),
      list.length ? table('partner-table', 'partners.caption', ['partners.name', 'partners.kind', 'partners.province',
        'partners.agreements', 'partners.meetings'], list.map((p) => el('tr', {},
        el('th', { scope: 'row', text: p.name }),
        el('td', { text: t('partnerKind.' + p.kind) }), el('td', { text: p.province }), el('td', {}, agreements(p)),
        el('td', {}, el('button', { type: 'button', id: 'meetings-' + p.id, class: 'btn btn-sm btn-secondary',
          text: t('partners.meetings'), 'aria-label': t('partners.meetingsOf', p.name),
          onclick: () => meetingsOf(p, meetings) })))))
        : el('p', { text: t('caseload.none') }),
      meetings, addPartner, list.length ? addAgreement : '');
  };

  /** The meetings with one partner, below the list, with the form that records one; the focus moves there. */
  async function meetingsOf(p, container) {
    const base = '/api/partners/' + encodeURIComponent(p.id);
    const list = await api('GET', base + '/meetings');
    if (!list) return;
    window.openpes.meetingsSection(container, 'partners.meetingsWith', list, base + '/meetings', base);
    const h = document.getElementById('meetings-heading');
    h.textContent = t('partners.meetingsWith', p.name);
    h.focus();
  }

  function closeForm(r, n, after) {
    const f = el('form', { class: 'd-flex gap-2 align-items-end', id: 'close-' + n },
      field('outcome-' + n, 'referrals.outcome', {}),
      el('button', { type: 'submit', class: 'btn btn-sm btn-secondary mb-3', text: t('referrals.close') }));
    f.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (await api('POST', '/api/referrals/' + encodeURIComponent(r.id) + '/close', { version: r.version,
        outcome: value('outcome-' + n) })) { await after(); say(t('common.saved')); }
    });
    return f;
  }

  views.referrals = async () => {
    const list = await api('GET', '/api/referrals');
    if (!list) return show('referrals.heading');
    show('referrals.heading',
      list.length ? table('referral-table', 'referrals.caption', ['vacancy.person', 'referrals.partner',
        'referrals.reason', 'referrals.opened', 'referrals.close'], list.map((r, n) => el('tr', {},
        el('th', { scope: 'row' }, el('a', { href: '#/person/' + encodeURIComponent(r.person), text: r.name })),
        el('td', { text: r.partnerName }), el('td', { text: r.reason }), el('td', { text: r.openedOn }),
        el('td', {}, closeForm(r, n, views.referrals)))))
        : el('p', { text: t('referrals.none') }));
  };

  /** The person's referrals, and (for the CPI) the form that refers them to a partner. */
  window.openpes.referralsOf = async (personId, container) => {
    const heading = el('h2', { id: 'referrals-heading', text: t('referrals.ofPerson') });
    const list = await api('GET', '/api/people/' + encodeURIComponent(personId) + '/referrals');
    if (!list) return container.replaceChildren(heading);
    const parts = [heading, list.length ? el('ul', { id: 'person-referrals' }, list.map((r) => el('li', {},
      r.partnerName + ' - ' + t('referrals.state.' + r.state) + ' (' + r.openedOn + ')' + (r.outcome ? ': '
        + r.outcome : '')))) : el('p', { text: t('referrals.none') })];
    if (may('PARTNER_NETWORK') && may('REFERRAL_WORK')) {
      const partners = await api('GET', '/api/partners');
      if (partners && partners.length) {
        const f = el('form', { id: 'refer-form' }, el('fieldset', {}, el('legend', { text: t('referrals.refer') }),
          select('referPartner', 'referrals.partner', partners.map((p) => [p.id, p.name])),
          field('referReason', 'referrals.reason', {}),
          el('button', { type: 'submit', class: 'btn btn-secondary', text: t('referrals.referButton') })));
        f.addEventListener('submit', async (e) => {
          e.preventDefault();
          if (await api('POST', '/api/people/' + encodeURIComponent(personId) + '/referrals', {
            partner: value('referPartner'), reason: value('referReason') })) {
            await window.openpes.referralsOf(personId, container); say(t('common.saved'));
          }
        });
        parts.push(f);
      }
    }
    container.replaceChildren(...parts);
  };
})();
