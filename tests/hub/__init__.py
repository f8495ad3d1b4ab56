"""Support code for tests/test_hub.py: a real JupyterHub with real system users.

* ``decide``: run, skip or fail the hub group (root, configurable-http-proxy, the Python packages);
* ``users``: system users and groups created for one run and always removed (stale ones too);
* ``course_repo``: the course as a bare git repository that nbgitpuller pulls from, and pushes to it;
* ``hubserver``: JupyterHub on loopback ports with LocalProcessSpawner, its REST API, the learners' servers.

Chromium, its selectors and the notebook waits come from ``tests/browser/``.
"""
