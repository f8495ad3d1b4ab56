"""Support code for tests/test_hub.py and tests/test_hub_harness.py: a real JupyterHub with real system users.

* ``decide``: run, skip or fail the hub group (root, configurable-http-proxy, the Python packages);
* ``users``: system users and groups created for one run and always removed (stale ones too);
* ``course_repo``: the course as a bare git repository that nbgitpuller pulls from, and pushes to it;
* ``runtime``: the Python the learners' servers run (the test .venv, or hard-linked copies they can reach);
* ``hubserver``: JupyterHub on loopback ports with LocalProcessSpawner, its REST API, the learners' servers;
* ``journey``: following a course link as a learner in Chromium, and what the tests measure;
* ``cleanup``: undoing what a killed earlier run left (its hub, proxy, users, folders).

Chromium, its selectors and the notebook waits come from ``tests/browser/``.
"""
