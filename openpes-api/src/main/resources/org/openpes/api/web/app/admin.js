'use strict';
// The administrator's page: create an account (its first password must be changed at the first login), and make a
// partner's user a member of its organisation, after which that user sees the people referred to it.
(() => {
  const { views, el, t, api, field, select, show, say } = window.openpes;
  const ROLES = ['OPERATOR', 'CASE_MANAGER', 'ACCOUNT_MANAGER', 'CRISIS_UNIT', 'ANALYST', 'PARTNER', 'SUPERVISOR',
    'ADMINISTRATOR', 'AUDITOR'];
  const value = (id) => document.getElementById(id).value;

  views.admin = async () => {
    const partners = await api('GET', '/api/admin/partners');
    const create = el('form', { id: 'user-form' }, el('fieldset', {}, el('legend', { text: t('admin.create') }),
      field('newUsername', 'admin.username', { autocomplete: 'off' }),
      select('newRole', 'admin.role', ROLES.map((r) => [r, t('role.' + r)])),
      field('newCapture', 'admin.capture', { placeholder: 'cpi:C015146' }),
      field('newSearch', 'admin.search', { placeholder: 'province:015' }),
      field('newPassword', 'admin.password', { type: 'password', autocomplete: 'new-password' }),
      el('button', { type: 'submit', id: 'create-user', class: 'btn btn-primary', text: t('admin.createButton') })));
    create.addEventListener('submit', async (e) => {
      e.preventDefault();
      const a = await api('POST', '/api/admin/users', { username: value('newUsername'), role: value('newRole'),
        capture: value('newCapture'), search: value('newSearch'), password: value('newPassword') });
      if (a) say(t('admin.created', a.username));
    });
    const link = el('form', { id: 'link-form' }, el('fieldset', {}, el('legend', { text: t('admin.link') }),
      field('linkUsername', 'admin.username', { autocomplete: 'off' }),
      select('linkPartner', 'admin.partner', (partners || []).map((p) => [p.id, p.name + ' (' + p.province + ')'])),
      el('button', { type: 'submit', id: 'link-user', class: 'btn btn-secondary', text: t('admin.linkButton') })));
    link.addEventListener('submit', async (e) => {
      e.preventDefault();
      const r = await api('POST', '/api/admin/users/' + encodeURIComponent(value('linkUsername')) + '/partner',
        { partner: value('linkPartner') });
      if (r) say(t(r.linked ? 'admin.linked' : 'admin.alreadyLinked', r.username));
    });
    show('admin.heading', el('p', { text: t('admin.intro') }), create, partners && partners.length ? link
      : el('p', { text: t('admin.noPartners') }));
  };
})();
