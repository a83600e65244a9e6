// news-kg explorer: draws the actor graph and the timeline from the JSON in #kg-data.
// Every text from the data is written with textContent, and links are set only to http(s) URLs:
// labels and sentences come from articles and must never become markup.
(() => {
  'use strict';
  const D = JSON.parse(document.getElementById('kg-data').textContent);
  const STRINGS = {
    en: {
      actors: 'actors', links: 'links', events: 'events', shownOf: 'shown of', search: 'Search an actor…',
      matches: (n) => n ? `${n} matching actor${n === 1 ? '' : 's'}: ` : 'No matching actor', dates: 'Dates', from: 'From', to: 'To', undated: 'Undated events',
      facts: 'Factuality', roots: 'Event types (CAMEO)', types: 'Actor types', all: 'All', none: 'None',
      reportedBy: 'reported by', hint: 'Click an actor, an arrow or a day on the timeline to read its events. ' +
        'Wheel: zoom; drag: move.', graphHint: 'Wheel to zoom, drag to move.', wikidata: 'Wikidata',
      published: 'article date', undatedN: 'undated', eventsOf: 'events', nothing: 'No event is shown.',
      cut: (c) => `Too big to show whole: the events between the ${c.top.toLocaleString('en')} most active actors ` +
        `of ${c.actorsTotal.toLocaleString('en')} (each in at least ${c.minEvents} events): ` +
        `${c.eventsKept.toLocaleString('en')} events of ${c.eventsTotal.toLocaleString('en')}, ` +
        `${c.actorsKept.toLocaleString('en')} actors.`,
      on: 'on', noTitle: '(untitled article)',
    },
    fr: {
      actors: 'acteurs', links: 'liens', events: 'événements', shownOf: 'affichés sur', search: 'Chercher un acteur…',
      matches: (n) => n ? `${n} acteur${n > 1 ? 's' : ''} trouvé${n > 1 ? 's' : ''} : ` : 'Aucun acteur trouvé', dates: 'Dates', from: 'Du', to: 'Au', undated: 'Événements sans date',
      facts: 'Factualité', roots: "Types d'événement (CAMEO)", types: "Types d'acteur", all: 'Tous', none: 'Aucun',
      reportedBy: 'selon', hint: 'Cliquez un acteur, une flèche ou un jour de la frise pour lire ses événements. ' +
        'Molette : zoom ; glisser : déplacer.', graphHint: 'Molette : zoom ; glisser : déplacer.',
      wikidata: 'Wikidata', published: "date de l'article", undatedN: 'sans date', eventsOf: 'événements',
      nothing: "Aucun événement n'est affiché.",
      cut: (c) => `Trop grand pour être montré en entier : les événements entre les ` +
        `${c.top.toLocaleString('fr')} acteurs les plus actifs sur ${c.actorsTotal.toLocaleString('fr')} ` +
        `(chacun dans au moins ${c.minEvents} événements) : ${c.eventsKept.toLocaleString('fr')} événements ` +
        `sur ${c.eventsTotal.toLocaleString('fr')}, ${c.actorsKept.toLocaleString('fr')} acteurs.`,
      on: 'le', noTitle: '(article sans titre)',
    },
  };
  const T = STRINGS[D.lang] || STRINGS.en;
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function sv(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function safeUrl(u) {
    return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u) ? u : '';
  }
  function link(url, text) {
    const ok = safeUrl(url);
    if (!ok) return el('span', '', text);
    const a = el('a', '', text);
    a.href = ok;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  // ---- data ----
  const actors = D.actors, events = D.events;
  const rootColour = {}, rootLabel = {};
  for (const r of D.roots) { rootColour[r.code] = r.colour; rootLabel[r.code] = r.label; }
  const typeColour = {}, typeLabel = {};
  for (const t of D.types) { typeColour[t.id] = t.colour; typeLabel[t.id] = t.label; }
  const factLabel = {};
  for (const f of D.factualities) factLabel[f.id] = f.label;
  for (const e of events) e.day = e.date || e.published || '';
  const rank = actors.map((a, i) => i).sort((a, b) => actors[b].events - actors[a].events || (actors[a].label < actors[b].label ? -1 : 1));
  const rankOf = new Array(actors.length);
  rank.forEach((a, r) => { rankOf[a] = r; });

  // one drawn link per ordered pair of actors, carrying all its events
  const pairs = new Map();
  events.forEach((e, i) => {
    const k = e.source + ',' + e.target;
    if (!pairs.has(k)) pairs.set(k, { s: e.source, t: e.target, events: [] });
    pairs.get(k).events.push(i);
  });
  const links = [...pairs.values()];

  // ---- state ----
  const state = {
    roots: new Set(D.roots.map((r) => r.code)),
    facts: new Set(D.factualities.map((f) => f.id)),
    from: '', to: '', undated: true, search: '',
    selection: null, // {kind: 'node', i} | {kind: 'link', i} | {kind: 'day', day}
    zoom: 1,
  };

  // ---- static texts ----
  $('search').placeholder = T.search;
  for (const k of ['dates', 'from', 'to', 'undated', 'facts', 'roots', 'types']) $('l-' + k).textContent = T[k];
  $('roots-all').textContent = T.all;
  $('roots-none').textContent = T.none;
  $('hint').textContent = T.graphHint;
  $('detail-hint').textContent = T.hint;
  if (D.cut) { $('cut').hidden = false; $('cut').textContent = T.cut(D.cut); }

  // ---- controls ----
  function checkbox(box, checked, swatch, dot, text, onChange) {
    const label = el('label');
    const input = el('input');
    input.type = 'checkbox';
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    label.appendChild(input);
    if (swatch) {
      const s = el('span', 'swatch' + (dot ? ' dot' : ''));
      s.style.background = swatch;
      label.appendChild(s);
    }
    label.appendChild(document.createTextNode(text));
    box.appendChild(label);
    return input;
  }
  const rootCount = {}, factCount = {};
  for (const e of events) {
    rootCount[e.root] = (rootCount[e.root] || 0) + 1;
    factCount[e.factuality] = (factCount[e.factuality] || 0) + 1;
  }
  const rootInputs = D.roots.map((r) => {
    const input = checkbox($('roots'), true, r.colour, false, `${r.code} ${r.label}`, (on) => {
      on ? state.roots.add(r.code) : state.roots.delete(r.code);
      update();
    });
    input.dataset.root = r.code;
    input.parentNode.appendChild(el('span', 'count', rootCount[r.code] || 0));
    return input;
  });
  for (const f of D.factualities) {
    const input = checkbox($('facts'), true, null, false, f.label, (on) => {
      on ? state.facts.add(f.id) : state.facts.delete(f.id);
      update();
    });
    input.dataset.factuality = f.id;
    input.parentNode.appendChild(el('span', 'count', factCount[f.id] || 0));
  }
  for (const t of D.types) checkbox($('types'), true, t.colour, true, t.label, () => {}).disabled = true;
  $('roots-all').addEventListener('click', () => {
    for (const i of rootInputs) { i.checked = true; state.roots.add(i.dataset.root); }
    update();
  });
  $('roots-none').addEventListener('click', () => {
    for (const i of rootInputs) i.checked = false;
    state.roots.clear();
    update();
  });
  const days = events.map((e) => e.day).filter(Boolean).sort();
  if (days.length) {
    for (const id of ['from', 'to']) { $(id).min = days[0]; $(id).max = days[days.length - 1]; }
  }
  $('from').addEventListener('change', () => { state.from = $('from').value; update(); });
  $('to').addEventListener('change', () => { state.to = $('to').value; update(); });
  $('undated').addEventListener('change', () => { state.undated = $('undated').checked; update(); });
  $('search').addEventListener('input', () => {
    state.search = $('search').value.trim().toLowerCase();
    update();
    fitView();
  });
  $('search').addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    const m = current.matches;
    if (m && m.length) select({ kind: 'node', i: m[0] });
  });

  // ---- the graph ----
  const N = Math.max(actors.length, 1);
  const W = Math.max(1000, 70 * Math.sqrt(N) * 1.4), H = W * 0.7, MX = W * 0.1, MY = H * 0.07;
  const radius = actors.map((a) => Math.min(4 + 2.6 * Math.sqrt(a.events), 34));
  // margins wide enough for the names of actors at the edges
  const px = actors.map((a) => MX + a.x * (W - 2 * MX));
  const py = actors.map((a) => MY + a.y * (H - 2 * MY));
  const svg = $('graph');
  const view = { x: 0, y: 0, w: W, h: H };
  function setView() { svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`); }
  setView();
  // frame what is drawn (after a search), or everything
  function fitView() {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    if (state.search) {
      current.nodeOn.forEach((on, i) => {
        if (!on) return;
        x0 = Math.min(x0, px[i] - radius[i]); x1 = Math.max(x1, px[i] + radius[i]);
        y0 = Math.min(y0, py[i] - radius[i]); y1 = Math.max(y1, py[i] + radius[i]);
      });
    }
    if (x0 === Infinity) { view.x = 0; view.y = 0; view.w = W; view.h = H; } else {
      const w = Math.max((x1 - x0) * 1.3, W / 6), h = Math.max((y1 - y0) * 1.3, H / 6);
      const k = Math.max(w / W, h / H);
      view.w = W * k; view.h = H * k;
      view.x = (x0 + x1) / 2 - view.w / 2; view.y = (y0 + y1) / 2 - view.h / 2;
    }
    state.zoom = W / view.w;
    setView();
    drawLabels();
  }

  for (const r of D.roots) {
    const m = sv('marker', { id: 'arrow-' + r.code, viewBox: '0 0 10 10', refX: '9', refY: '5',
      markerWidth: '9', markerHeight: '9', markerUnits: 'userSpaceOnUse', orient: 'auto' });
    m.appendChild(sv('path', { d: 'M0,0 L10,5 L0,10 z', fill: r.colour }));
    $('markers').appendChild(m);
  }

  function linkPath(l) {
    const x1 = px[l.s], y1 = py[l.s], x2 = px[l.t], y2 = py[l.t];
    if (l.s === l.t) { // an actor acting on itself: a small loop above it
      const r = radius[l.s];
      return `M${x1 - r * 0.5},${y1 - r * 0.8} C${x1 - r * 2},${y1 - r * 3.5} ${x1 + r * 2},${y1 - r * 3.5} ${x1 + r * 0.5},${y1 - r * 0.9}`;
    }
    const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy) || 1;
    const both = pairs.has(l.t + ',' + l.s);
    const bend = both ? Math.min(30, len * 0.2) : 0;
    const mx = (x1 + x2) / 2 - bend * dy / len, my = (y1 + y2) / 2 + bend * dx / len;
    // start and end at the circles' rims, aiming from the control point
    const a1 = Math.atan2(my - y1, mx - x1), a2 = Math.atan2(y2 - my, x2 - mx);
    const sx = x1 + Math.cos(a1) * radius[l.s], sy = y1 + Math.sin(a1) * radius[l.s];
    const ex = x2 - Math.cos(a2) * (radius[l.t] + 1), ey = y2 - Math.sin(a2) * (radius[l.t] + 1);
    return `M${sx.toFixed(1)},${sy.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
  }

  const linkEls = links.map((l, i) => {
    const p = sv('path', { class: 'edge', d: linkPath(l), 'data-link': i, 'data-source': l.s, 'data-target': l.t });
    const title = sv('title', {});
    p.appendChild(title);
    p.addEventListener('click', (ev) => { ev.stopPropagation(); if (!moved) select({ kind: 'link', i }); });
    $('edges').appendChild(p);
    return p;
  });
  const nodeEls = actors.map((a, i) => {
    const c = sv('circle', { class: 'node', cx: px[i].toFixed(1), cy: py[i].toFixed(1), r: radius[i].toFixed(1),
      fill: typeColour[a.type] || '#888', 'data-actor': i });
    const title = sv('title', {});
    title.textContent = `${a.label} (${typeLabel[a.type] || a.type}) · ${a.events} ${T.events}`;
    c.appendChild(title);
    c.addEventListener('click', (ev) => { ev.stopPropagation(); if (!moved) select({ kind: 'node', i }); });
    $('nodes').appendChild(c);
    return c;
  });
  const labelEls = actors.map((a, i) => {
    const t = sv('text', { class: 'label', x: px[i].toFixed(1), y: (py[i] - radius[i] - 4).toFixed(1),
      'text-anchor': 'middle', 'data-actor': i });
    t.textContent = a.label;
    $('labels').appendChild(t);
    return t;
  });

  // zoom with the wheel around the pointer, move by dragging the background
  let drag = null, moved = false;
  function toWorld(cx, cy) {
    const r = svg.getBoundingClientRect();
    const s = Math.max(view.w / r.width, view.h / r.height);
    // preserveAspectRatio xMidYMid meet: the view is centred in the box
    const ox = (r.width - view.w / s) / 2, oy = (r.height - view.h / s) / 2;
    return [view.x + (cx - r.left - ox) * s, view.y + (cy - r.top - oy) * s, s];
  }
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const [wx, wy] = toWorld(ev.clientX, ev.clientY);
    const f = Math.exp(Math.sign(ev.deltaY) * 0.15);
    const nw = Math.min(W * 3, Math.max(W / 40, view.w * f));
    const k = nw / view.w;
    view.x = wx - (wx - view.x) * k; view.y = wy - (wy - view.y) * k;
    view.w = nw; view.h = view.h * k;
    state.zoom = W / view.w;
    setView();
    drawLabels();
  }, { passive: false });
  svg.addEventListener('pointerdown', (ev) => {
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, s: toWorld(0, 0)[2] };
    moved = false;
  });
  window.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!moved && Math.hypot(dx, dy) < 4) return;
    moved = true;
    svg.classList.add('dragging');
    view.x = drag.vx - dx * drag.s; view.y = drag.vy - dy * drag.s;
    setView();
  });
  window.addEventListener('pointerup', () => {
    drag = null;
    svg.classList.remove('dragging');
    setTimeout(() => { moved = false; }, 0);
  });
  svg.addEventListener('click', () => { if (!moved) select(null); });

  // ---- filtering ----
  let current = { visible: new Uint8Array(events.length), linkEvents: [], nodeOn: new Uint8Array(actors.length), matches: null };

  function eventPasses(e) {
    if (!state.roots.has(e.root) || !state.facts.has(e.factuality)) return false;
    if (!e.day) return state.undated;
    if (state.from && e.day < state.from) return false;
    if (state.to && e.day > state.to) return false;
    return true;
  }

  function update() {
    const visible = new Uint8Array(events.length);
    let matches = null, matchSet = null;
    if (state.search) {
      matches = [];
      actors.forEach((a, i) => { if (a.label.toLowerCase().includes(state.search)) matches.push(i); });
      matches.sort((a, b) => rankOf[a] - rankOf[b]);
      matchSet = new Set(matches);
    }
    events.forEach((e, i) => {
      if (eventPasses(e) && (!matchSet || matchSet.has(e.source) || matchSet.has(e.target))) visible[i] = 1;
    });
    const nodeOn = new Uint8Array(actors.length);
    const linkEvents = links.map((l) => l.events.filter((i) => visible[i]));
    let nLinks = 0, nEvents = 0;
    links.forEach((l, i) => {
      const evs = linkEvents[i], p = linkEls[i];
      if (!evs.length) { p.classList.add('hidden'); return; }
      nLinks++; nEvents += evs.length;
      nodeOn[l.s] = 1; nodeOn[l.t] = 1;
      // coloured by the commonest type of event it carries, thicker with more events
      const n = {};
      let best = null;
      for (const k of evs) {
        const r = events[k].root;
        n[r] = (n[r] || 0) + 1;
        if (best === null || n[r] > n[best] || (n[r] === n[best] && r < best)) best = r;
      }
      p.classList.remove('hidden');
      p.setAttribute('stroke', rootColour[best] || '#888');
      p.setAttribute('stroke-width', (1.4 + 1.8 * Math.log2(evs.length)).toFixed(2));
      p.setAttribute('marker-end', l.s === l.t ? '' : `url(#arrow-${best})`);
      p.firstChild.textContent = `${actors[l.s].label} → ${actors[l.t].label}: ${evs.length} ${T.events}`;
    });
    if (matchSet) for (const i of matchSet) nodeOn[i] = nodeOn[i] || 0;
    let nNodes = 0;
    nodeEls.forEach((c, i) => {
      c.classList.toggle('hidden', !nodeOn[i]);
      c.classList.toggle('match', !!(matchSet && matchSet.has(i)));
      if (nodeOn[i]) nNodes++;
    });
    current = { visible, linkEvents, nodeOn, matches };
    $('matches').textContent = matches ? T.matches(matches.length) +
      matches.slice(0, 3).map((i) => actors[i].label).join(', ') + (matches.length > 3 ? '…' : '') : '';
    $('summary').textContent = `${nNodes} ${T.actors}, ${nLinks} ${T.links}, ${nEvents} ${T.events} ${T.shownOf} ` +
      `${events.length}`;
    svg.dataset.nodes = nNodes; svg.dataset.links = nLinks; svg.dataset.events = nEvents;
    drawLabels();
    showSelection();
    drawTimeline();
  }

  function drawLabels() {
    // the busiest actors are named first, and a name that would overlap one already placed is left
    // out (the selected and the searched-for actors are always named); zooming in names more
    const budget = Math.max(40, Math.round(40 * state.zoom * state.zoom));
    const sel = selectedActors();
    const forced = new Set(sel || []);
    if (current.matches) for (const i of current.matches) forced.add(i);
    const px1 = toWorld(0, 0)[2]; // world units per screen pixel: labels stay 12 px whatever the zoom
    const size = 12 * px1, cell = 100 * px1;
    const grid = new Map();
    const boxes = (x0, y0, x1, y1, add) => {
      let hit = false;
      for (let gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (let gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          const k = gx + ',' + gy;
          if (add) { if (!grid.has(k)) grid.set(k, []); grid.get(k).push([x0, y0, x1, y1]); continue; }
          for (const b of grid.get(k) || []) if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) hit = true;
        }
      }
      return hit;
    };
    const order = rank.slice().sort((a, b) => (forced.has(b) - forced.has(a)) || (rankOf[a] - rankOf[b]));
    for (const i of order) {
      const t = labelEls[i];
      let on = current.nodeOn[i] && (rankOf[i] < budget || forced.has(i));
      const y = py[i] - radius[i] - 4 * px1;
      if (on) {
        const w = actors[i].label.length * size * 0.58, h = size * 1.1;
        const box = [px[i] - w / 2, y - h, px[i] + w / 2, y + 2 * px1];
        if (boxes(...box, false) && !forced.has(i)) on = false;
        else boxes(...box, true);
      }
      t.classList.toggle('hidden', !on);
      if (on) {
        t.setAttribute('y', y.toFixed(1));
        t.setAttribute('font-size', size.toFixed(1));
        t.setAttribute('stroke-width', (3 * px1).toFixed(1));
      }
    }
  }

  // ---- selection and the detail panel ----
  function selectedEvents() {
    const s = state.selection;
    if (!s) return null;
    const v = current.visible;
    if (s.kind === 'link') return current.linkEvents[s.i] || [];
    if (s.kind === 'node') return events.map((e, i) => i).filter((i) => v[i] && (events[i].source === s.i || events[i].target === s.i));
    if (s.kind === 'day') return events.map((e, i) => i).filter((i) => v[i] && events[i].day === s.day);
    return [];
  }
  function selectedActors() {
    const evs = selectedEvents();
    if (!evs) return null;
    const out = new Set();
    for (const i of evs) { out.add(events[i].source); out.add(events[i].target); }
    if (state.selection.kind === 'node') out.add(state.selection.i);
    return out;
  }
  function select(s) {
    state.selection = s;
    showSelection();
    drawLabels();
    drawTimeline();
  }

  function eventItem(i) {
    const e = events[i];
    const box = el('div', 'event');
    box.style.borderLeftColor = rootColour[e.root] || '#ccc';
    box.dataset.event = i;
    box.appendChild(el('div', 'what', `${actors[e.source].label} → ${actors[e.target].label}`));
    box.appendChild(el('div', 'code', `${e.cameo} ${D.codes[e.cameo] || ''} (${e.root} ${rootLabel[e.root] || ''})`));
    const when = e.date ? e.date : e.published ? `${e.published} (${T.published})` : T.undatedN;
    const meta = [when, factLabel[e.factuality] || e.factuality];
    if (e.reporter) meta.push(`${T.reportedBy} ${e.reporter}`);
    box.appendChild(el('div', 'meta', meta.join(' · ')));
    for (const k of e.sentences) {
      const s = D.sentences[k], a = D.articles[s.article];
      box.appendChild(el('blockquote', 'sentence', s.text));
      const cite = el('cite');
      cite.appendChild(link(a.url, a.title || T.noTitle));
      box.appendChild(cite);
    }
    return box;
  }

  function showSelection() {
    const box = $('detail');
    box.replaceChildren();
    const s = state.selection;
    svg.classList.toggle('has-selection', !!s);
    linkEls.forEach((p) => p.classList.remove('selected'));
    nodeEls.forEach((c) => c.classList.remove('selected'));
    labelEls.forEach((t) => t.classList.remove('selected'));
    if (!s) { box.appendChild(el('p', '', T.hint)); return; }
    const evs = selectedEvents();
    const acts = selectedActors();
    for (const i of acts) { nodeEls[i].classList.add('selected'); labelEls[i].classList.add('selected'); }
    const onLinks = new Set(evs.map((i) => events[i].source + ',' + events[i].target));
    links.forEach((l, i) => { if (onLinks.has(l.s + ',' + l.t)) linkEls[i].classList.add('selected'); });
    if (s.kind === 'node') {
      const a = actors[s.i];
      box.appendChild(el('h2', '', a.label));
      const sub = el('p', 'sub', `${typeLabel[a.type] || a.type} · ${evs.length} ${T.events}`);
      if (a.wikidata) { sub.appendChild(document.createTextNode(' · ')); sub.appendChild(link(a.wikidata, T.wikidata)); }
      box.appendChild(sub);
    } else if (s.kind === 'link') {
      const l = links[s.i];
      box.appendChild(el('h2', '', `${actors[l.s].label} → ${actors[l.t].label}`));
      box.appendChild(el('p', 'sub', `${evs.length} ${T.events}`));
    } else {
      box.appendChild(el('h2', '', s.day));
      box.appendChild(el('p', 'sub', `${evs.length} ${T.events}`));
    }
    if (!evs.length) box.appendChild(el('p', '', T.nothing));
    const ordered = evs.slice().sort((a, b) => (events[a].day || '~').localeCompare(events[b].day || '~') || a - b);
    for (const i of ordered.slice(0, 500)) box.appendChild(eventItem(i));
    if (ordered.length > 500) box.appendChild(el('p', 'sub', `… ${ordered.length - 500} ${T.events}`));
  }

  // ---- the timeline: visible events per day, stacked by type; the selection outlined ----
  function dayNum(d) { return Math.round(Date.parse(d + 'T00:00:00Z') / 86400000); }
  function dayStr(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function drawTimeline() {
    const tl = $('timeline');
    tl.replaceChildren();
    const box = tl.getBoundingClientRect();
    const w = Math.max(box.width, 300), h = Math.max(box.height, 100);
    tl.setAttribute('viewBox', `0 0 ${w} ${h}`);
    const perDay = new Map();
    let undated = 0;
    events.forEach((e, i) => {
      if (!current.visible[i]) return;
      if (!e.day) { undated++; return; }
      if (!perDay.has(e.day)) perDay.set(e.day, {});
      const c = perDay.get(e.day);
      c[e.root] = (c[e.root] || 0) + 1;
    });
    const sel = selectedEvents();
    const selDay = new Map();
    if (sel) for (const i of sel) if (events[i].day) selDay.set(events[i].day, (selDay.get(events[i].day) || 0) + 1);
    const left = 36, right = 12, top = 10, bottom = 34;
    const label = sv('text', { class: 'axis', x: left, y: h - 4 });
    tl.appendChild(label);
    if (!perDay.size) {
      label.textContent = undated ? `${undated} ${T.events} ${T.undatedN}` : T.nothing;
      return;
    }
    const keys = [...perDay.keys()].sort();
    // at least a fortnight, so that a single day is a bar and not the whole width
    let d0 = dayNum(keys[0]), d1 = dayNum(keys[keys.length - 1]);
    if (d1 - d0 < 13) { const pad = Math.floor((13 - (d1 - d0)) / 2); d0 -= pad; d1 = d0 + 13; }
    const span = d1 - d0 + 1;
    const bw = (w - left - right) / span;
    let max = 1;
    for (const c of perDay.values()) max = Math.max(max, Object.values(c).reduce((a, b) => a + b, 0));
    const y = (n) => (h - bottom) - n / max * (h - bottom - top);
    tl.appendChild(sv('line', { class: 'axis-line', x1: left, x2: w - right, y1: h - bottom, y2: h - bottom }));
    const maxLabel = sv('text', { class: 'axis', x: left - 4, y: top + 8, 'text-anchor': 'end' });
    maxLabel.textContent = String(max);
    tl.appendChild(maxLabel);
    for (const day of keys) {
      const x = left + (dayNum(day) - d0) * bw;
      let acc = 0;
      const c = perDay.get(day);
      const g = sv('g', { class: 'bar' + (sel && !selDay.has(day) ? ' dim' : ''), 'data-day': day });
      const title = sv('title', {});
      title.textContent = `${day}: ${Object.values(c).reduce((a, b) => a + b, 0)} ${T.events}`;
      g.appendChild(title);
      for (const r of Object.keys(c).sort()) {
        const y0 = y(acc), y1 = y(acc + c[r]);
        g.appendChild(sv('rect', { x: (x + bw * 0.1).toFixed(1), y: y1.toFixed(1), width: Math.max(bw * 0.8, 1).toFixed(1),
          height: Math.max(y0 - y1, 0.5).toFixed(1), fill: rootColour[r] || '#888' }));
        acc += c[r];
      }
      g.addEventListener('click', () => select({ kind: 'day', day }));
      tl.appendChild(g);
      if (selDay.has(day)) {
        tl.appendChild(sv('rect', { class: 'mark', x: (x + bw * 0.05).toFixed(1), y: y(selDay.get(day)).toFixed(1),
          width: Math.max(bw * 0.9, 2).toFixed(1), height: Math.max(h - bottom - y(selDay.get(day)), 1).toFixed(1),
          'data-day': day }));
      }
    }
    // a few dates along the axis
    const ticks = Math.min(span, Math.max(2, Math.floor((w - left - right) / 120)));
    for (let k = 0; k < ticks; k++) {
      const n = d0 + Math.round(k * (span - 1) / Math.max(ticks - 1, 1));
      const t = sv('text', { class: 'axis', x: (left + (n - d0 + 0.5) * bw).toFixed(1), y: h - bottom + 14, 'text-anchor': 'middle' });
      t.textContent = dayStr(n);
      tl.appendChild(t);
    }
    label.textContent = undated ? `+ ${undated} ${T.events} ${T.undatedN}` : '';
  }
  window.addEventListener('resize', () => { drawTimeline(); drawLabels(); });

  update();
  // for tests and scripts: what is drawn
  window.kgExplorer = { state, select, update, links, counts: () => ({ nodes: +svg.dataset.nodes, links: +svg.dataset.links, events: +svg.dataset.events }) };
})();
