"""JavaScript run in the page by the browser tests, built from the names in selectors.py."""
from __future__ import annotations

import json

from . import selectors as S


def _js(template: str, **names) -> str:
    """``template`` with ``%(name)s`` replaced by JSON literals (strings quoted for JavaScript)."""
    return template % {key: json.dumps(value) for key, value in names.items()}


_PROMPTS = f"{S.CODE_CELL} {S.INPUT_PROMPT}"

# Remember whether any input prompt showed "[*]" since installation: a run has started.
WATCH_RUN = _js("""
() => {
  window.__courseRun = {busySeen: false};
  const check = () => {
    for (const prompt of document.querySelectorAll(%(prompts)s)) {
      if (prompt.textContent.includes('*')) { window.__courseRun.busySeen = true; return; }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  window.__courseRun.observer = observer;
  check();
}
""", prompts=_PROMPTS)

# A run is over once it has started and no cell is running or queued.
RUN_FINISHED = _js("""
() => {
  const run = window.__courseRun;
  if (!run || !run.busySeen) return false;
  for (const prompt of document.querySelectorAll(%(prompts)s)) {
    if (prompt.textContent.includes('*')) return false;
  }
  run.observer.disconnect();
  return true;
}
""", prompts=_PROMPTS)

# JupyterLab's current notebook has a kernel and the page is connected to it.
KERNEL_CONNECTED = """
() => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const kernel = panel && panel.sessionContext && panel.sessionContext.session
    && panel.sessionContext.session.kernel;
  return !!kernel && kernel.connectionStatus === 'connected';
}
"""

# The outputs of the current notebook's model (JupyterLab only): per code cell, per output,
# its mime types and whether it is a widget view with a model id.
MODEL_OUTPUTS = _js("""
() => {
  const app = window.jupyterapp;
  const panel = app && app.shell.currentWidget;
  if (!panel || !panel.content || !panel.content.model) return null;
  const cells = [];
  for (const cell of panel.content.model.cells) {
    if (cell.type !== 'code') continue;
    const outputs = [];
    for (let i = 0; i < cell.outputs.length; i++) {
      const output = cell.outputs.get(i);
      const widget = output.data[%(mime)s];
      outputs.push({type: output.type, mimes: Object.keys(output.data), widget: !!(widget && widget.model_id)});
    }
    cells.push(outputs);
  }
  return cells;
}
""", mime=S.WIDGET_MIME)

# Every widget output node (the widget renderer is the only renderer that leaves
# data-mime-type unset), with whether a view rendered in it.
WIDGET_OUTPUTS = _js("""
() => {
  const loading = %(loading)s, errors = %(errors)s;
  return Array.from(document.querySelectorAll(%(output)s))
    .filter(node => !node.hasAttribute('data-mime-type') && !node.classList.contains(%(hidden)s))
    .map(node => {
      const text = (node.innerText || '').trim();
      const errorView = node.querySelector(%(errorView)s);
      const view = Array.from(node.children).find(child => child.classList.contains(%(lumino)s)
        && Array.from(child.classList).some(c => c === %(viewClass)s || c.startsWith(%(prefix)s)));
      const errorText = errors.find(e => text.includes(e));
      return {
        rendered: !!view && !errorView && !errorText && !text.startsWith(loading),
        loading: !errorView && !errorText && (text === loading || (!view && text === '')),
        error: errorView ? errorView.innerText : (errorText ? text : null),
        text: text.slice(0, 120),
      };
    });
}
""", loading=S.WIDGET_LOADING_TEXT, errors=list(S.WIDGET_ERROR_TEXTS), output=S.OUTPUT, hidden=S.HIDDEN_CLASS,
    errorView=S.WIDGET_ERROR_VIEW, lumino=S.LUMINO_WIDGET_CLASS, viewClass=S.WIDGET_VIEW_CLASS,
    prefix=S.WIDGET_CLASS_PREFIX)

WIDGETS_SETTLED = f"() => ({WIDGET_OUTPUTS})().every(output => !output.loading)"

# Wait until every image in an output has loaded or failed, and its own handlers have run.
IMAGES_SETTLED = _js("""
async () => {
  const images = Array.from(document.querySelectorAll(%(figure)s));
  await Promise.all(images.map(img => img.complete ? null : new Promise(done => {
    img.addEventListener('load', done, {once: true});
    img.addEventListener('error', done, {once: true});
  })));
  await new Promise(done => setTimeout(done, 0));
}
""", figure=S.FIGURE)

# Active markup inside outputs: scripts, event-handler attributes, javascript: URLs.
ACTIVE_MARKUP = _js("""
() => {
  const found = [];
  for (const el of document.querySelectorAll(%(output)s + ' *')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') { found.push('<script>' + el.textContent.slice(0, 80)); continue; }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || ((name === 'href' || name === 'src') && value.startsWith('javascript:')))
        found.push('<' + tag + ' ' + name + '="' + attr.value.slice(0, 80) + '">');
    }
  }
  return found;
}
""", output=S.OUTPUT)

# For each figure in an output: the visible text that follows it in its own cell (later in the
# same output, or in later outputs) or in the next cell when that is Markdown, up to the next
# figure. Code, prompts and toolbars are not a description.
FIGURE_DESCRIPTIONS = _js("""
() => {
  const visible = el => {
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const cells = Array.from(document.getElementsByClassName(%(cellClass)s));
  return Array.from(document.querySelectorAll(%(figure)s)).map(img => {
    const cell = img.closest('.' + %(cellClass)s);
    const next = cell ? cells[cells.indexOf(cell) + 1] : null;
    const allowed = cell ? [cell].concat(next && next.classList.contains(%(markdownClass)s) ? [next] : []) : null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = img;
    let text = '';
    for (let node = walker.nextNode(); node && text.length < 200; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.tagName === 'IMG') break;
        continue;
      }
      const parent = node.parentElement;
      if (!parent) continue;
      if (allowed && !allowed.includes(parent.closest('.' + %(cellClass)s))) break;
      if (parent.closest(%(skip)s) || !visible(parent)) continue;
      text += ' ' + node.textContent;
    }
    return {src: (img.getAttribute('src') || '').slice(0, 40), description: text.replace(/\\s+/g, ' ').trim()};
  });
}
""", figure=S.FIGURE, cellClass=S.CELL_CLASS, markdownClass=S.MARKDOWN_CELL_CLASS, skip=S.NOT_DESCRIPTION)

# Which axe violation nodes sit inside a notebook output (the course's own content)?
INSIDE_OUTPUTS = _js("""
(targets) => targets.map(target => {
  let root = document, el = null;
  for (const selector of (Array.isArray(target) ? target : [target])) {
    if (Array.isArray(selector)) return false;  // inside a shadow root: not our output
    try { el = root.querySelector(selector); } catch (e) { return false; }
    if (!el) return false;
    root = el.shadowRoot || el;
  }
  return !!(el && el.closest(%(output)s));
})
""", output=S.OUTPUT)

# Record every text an element shows from now on (an Answer's status line).
WATCH_TEXT = """
(el) => {
  el.__courseTexts = [el.textContent];
  new MutationObserver(() => el.__courseTexts.push(el.textContent))
    .observe(el, {subtree: true, childList: true, characterData: true});
}
"""

# The watched status changed since watching began and now says "saved HH:MM".
SAVED_SINCE_WATCH = _js("""
(el) => el.__courseTexts.length > 1 && new RegExp(%(saved)s).test(el.textContent.trim())
""", saved=S.SAVED.pattern)

# The 00 download link carries `value` as the latest revision of step/prompt.
EXPORT_HAS = _js("""
([step, prompt, value]) => {
  const link = document.querySelector(%(link)s);
  if (!link) return false;
  const data = JSON.parse(atob(link.getAttribute('href').split(',')[1]));
  const mine = data.revisions.filter(r => r.step === step && r.prompt === prompt)
    .sort((a, b) => (a.saved_at + a.uid < b.saved_at + b.uid ? -1 : 1));
  return mine.length > 0 && JSON.stringify(mine[mine.length - 1].value) === JSON.stringify(value);
}
""", link=S.LINK_DOWNLOAD)

# The page's main scrolling panel (the one with most hidden content) scrolled to the top;
# returns how much taller the viewport must be to show all of it.
SCROLL_TO_TOP = """
() => {
  let best = document.scrollingElement, extra = best.scrollHeight - best.clientHeight;
  for (const el of document.querySelectorAll('*')) {
    const overflow = getComputedStyle(el).overflowY;
    const hidden = el.scrollHeight - el.clientHeight;
    if ((overflow === 'auto' || overflow === 'scroll') && hidden > extra) { best = el; extra = hidden; }
  }
  best.scrollTop = 0;
  return Math.max(0, extra);
}
"""


# Voila has run every cell: its loading screen is gone and outputs are on the page.
VOILA_DONE = _js("""
() => !document.querySelector(%(loading)s) && document.querySelectorAll(%(output)s).length > 0
""", loading=S.VOILA_LOADING, output=S.OUTPUT)

# The control that has the keyboard focus: its tag, its own text (a button's or a link's), and the
# label it answers to (its own <label>, or the label of the row of buttons or the field it is in),
# so a keyboard journey can Tab until it reaches what it wants.
FOCUSED = _js("""
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {text: '', label: '', tag: '', title: ''};
  const own = el.closest('label');
  const holder = el.closest(%(rows)s) || el.closest(%(field)s) || el.parentElement;
  const named = holder && holder.querySelector(%(label)s);
  const label = own ? own.textContent.trim() : (named ? named.textContent.trim() : '');
  return {text: (el.textContent || '').trim(), label: label, tag: el.tagName.toLowerCase(), title: el.title || ''};
}
""", rows=S.TOGGLE_BUTTONS, field=S.INLINE_FIELD, label=S.LABEL)
# The tooltip (title) and text of whatever has the keyboard focus.
ACTIVE_TITLE = "() => document.activeElement ? (document.activeElement.title || '') : ''"
ACTIVE_TEXT = "() => document.activeElement ? document.activeElement.textContent.trim() : ''"
ACTIVE_TEXT_IS = "(text) => !!document.activeElement && document.activeElement.textContent.trim() === text"
# Whether an element has the keyboard focus (05 and 06: Tab until a given box or field has it).
IS_FOCUSED = "element => element === document.activeElement"
