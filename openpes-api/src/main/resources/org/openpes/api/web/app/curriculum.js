'use strict';
// A person's curriculum on the person's page (Scheda Anagrafica Professionale, section 3 and the declared parts of
// sections 4 and 5): titles of study, courses, declared work, ESCO skills, and the forms that add to them.
(() => {
  const { el, t, api, field, say, state, may } = window.openpes;
  const label = (labels, uri) => (labels && (labels[state.lang] || labels.en)) || uri;

  /** A table of text cells, the first a row heading; a sentence instead when there are no rows. */
  function table(id, captionKey, headKeys, rows) {
    if (!rows.length) return el('p', { text: t('curriculum.none') });
    return window.openpes.dataTable(id, t(captionKey), headKeys, rows.map((cells) => el('tr', {},
      el('th', { scope: 'row', text: cells[0] }),
      cells.slice(1).map((c) => el('td', { text: c === null || c === undefined ? '-' : String(c) })))));
  }

  /** One small form per kind of entry; each sends its fields and redraws the section with the answer. */
  function form(id, legendKey, kind, fields, names, container, personId) {
    const f = el('form', { id }, el('fieldset', {}, el('legend', { text: t(legendKey) }), ...fields,
      el('button', { type: 'submit', class: 'btn btn-secondary', text: t('curriculum.add') })));
    f.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = { kind };
      names.forEach((n) => {
        const input = document.getElementById(id + '-' + n);
        body[n] = input.type === 'checkbox' ? input.checked : input.value;
      });
      const c = await api('POST', '/api/people/' + encodeURIComponent(personId) + '/curriculum', body);
      if (c) { draw(c, container, personId); say(t('common.saved')); }
    });
    return f;
  }

  function draw(c, container, personId) {
    const heading = el('h2', { id: 'curriculum-heading', text: t('curriculum.heading') });
    const parts = [heading,
      el('dl', { class: 'record' },
        el('dt', { text: t('curriculum.level') }), el('dd', { text: t('curriculum.isced', c.educationIsced) }),
        el('dt', { text: t('curriculum.languages') }), el('dd', { text: c.languages || '-' }),
        el('dt', { text: t('curriculum.licence') }), el('dd', { text: c.drivingLicence || '-' }),
        el('dt', { text: t('curriculum.mobility') }), el('dd', { id: 'mobility', text: c.mobility.join(', ')
          || t('curriculum.noMobility') })),
      el('h3', { text: t('curriculum.education') }),
      table('education-table', 'curriculum.education', ['curriculum.title', 'curriculum.iscedLevel',
        'curriculum.year'], c.education.map((e) => [e.title, e.isced, e.year])),
      el('h3', { text: t('curriculum.training') }),
      table('training-table', 'curriculum.training', ['curriculum.title', 'curriculum.provider', 'curriculum.year',
        'curriculum.hours', 'curriculum.certified'], c.training.map((x) => [x.title, x.provider, x.year, x.hours,
        t(x.certified ? 'common.yes' : 'common.no')])),
      el('h3', { text: t('curriculum.experience') }),
      table('experience-table', 'curriculum.experience', ['curriculum.occupation', 'curriculum.employer',
        'curriculum.from', 'curriculum.to'], c.experience.map((x) => [label(x.labels, x.occupation), x.employer,
        x.from, x.to || t('curriculum.ongoing')])),
      el('h3', { text: t('curriculum.skills') }),
      c.skills.length ? el('ul', { id: 'skill-list' }, c.skills.map((s) => el('li', {
        text: label(s.labels, s.uri) + ' (' + t('curriculum.source.' + s.source) + ')' })))
        : el('p', { text: t('curriculum.none') })];
    if (may('PERSON_REGISTER')) {
      const id = (f, n) => f + '-' + n;
      parts.push(
        form('add-education', 'curriculum.addEducation', 'EDUCATION', [
          field(id('add-education', 'isced'), 'curriculum.iscedLevel', { type: 'number', min: 0, max: 8 }),
          field(id('add-education', 'title'), 'curriculum.title', {}),
          field(id('add-education', 'year'), 'curriculum.year', { type: 'number', min: 1950 })],
        ['isced', 'title', 'year'], container, personId),
        form('add-training', 'curriculum.addTraining', 'TRAINING', [
          field(id('add-training', 'title'), 'curriculum.title', {}),
          field(id('add-training', 'provider'), 'curriculum.provider', {}),
          field(id('add-training', 'year'), 'curriculum.year', { type: 'number', min: 1950 }),
          field(id('add-training', 'hours'), 'curriculum.hours', { type: 'number', min: 1 }),
          el('div', { class: 'form-check mb-3' }, el('input', { id: id('add-training', 'certified'), type: 'checkbox' }),
            el('label', { for: id('add-training', 'certified'), text: t('curriculum.certified') }))],
        ['title', 'provider', 'year', 'hours', 'certified'], container, personId),
        form('add-experience', 'curriculum.addExperience', 'EXPERIENCE', [
          field(id('add-experience', 'occupation'), 'curriculum.occupation', {}),
          field(id('add-experience', 'employer'), 'curriculum.employer', {}),
          field(id('add-experience', 'from'), 'curriculum.fromMonth', { placeholder: '2019-03' }),
          field(id('add-experience', 'to'), 'curriculum.toMonth', { placeholder: '2021-06' })],
        ['occupation', 'employer', 'from', 'to'], container, personId),
        form('add-skill', 'curriculum.addSkill', 'SKILL', [
          field(id('add-skill', 'skill'), 'curriculum.skill', {})], ['skill'], container, personId),
        form('add-language', 'curriculum.addLanguage', 'LANGUAGE', [
          field(id('add-language', 'language'), 'curriculum.language', { maxlength: 2, placeholder: 'fr' })],
        ['language'], container, personId),
        form('add-mobility', 'curriculum.addMobility', 'MOBILITY', [
          field(id('add-mobility', 'country'), 'curriculum.country', { maxlength: 2, placeholder: 'FR' })],
        ['country'], container, personId));
    }
    container.replaceChildren(...parts);
  }

  /** Draws the person's curriculum into {@code container} (the person's page calls it). */
  window.openpes.curriculumOf = async (personId, container) => {
    const c = await api('GET', '/api/people/' + encodeURIComponent(personId) + '/curriculum?purpose=record');
    if (!c) return container.replaceChildren(el('h2', { id: 'curriculum-heading', text: t('curriculum.heading') }));
    draw(c, container, personId);
  };
})();
