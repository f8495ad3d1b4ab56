"""Tools for people who write the course: generated notebook parts, new notebooks, step checks.

* :mod:`.blocks` renders what the manifest knows (headers, prompts, links, the table of steps);
* :mod:`.sync` writes those blocks into the notebooks, or reports where they drifted;
* :mod:`.template` starts the notebook of a new step;
* :mod:`.checks` lists everything a step still lacks, in one go.

``python -m course_helpers sync-notebooks``, ``new-notebook`` and ``check-steps`` call them.
"""
