"""Support code for tests/test_browser.py: Chromium, the JupyterLab server, page helpers.

* ``selectors``: every CSS selector and page text the tests rely on;
* ``chromium``: finding Debian's Chromium, the skip/fail decision, launching it;
* ``server``: a JupyterLab server on a free loopback port, all state in a temp folder;
* ``notebook``: opening and running notebooks, waiting for saves, the per-notebook checker;
* ``scripts``: the JavaScript those helpers run in the page;
* ``report``: learner waits, non-failing accessibility findings, server logs on failure.
"""
