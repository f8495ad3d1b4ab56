"""Credentials shared by the tests of notebook 07: hostile forms and a Hypothesis strategy for any stored value."""
from __future__ import annotations

from hypothesis import strategies as st

from course_helpers.credentials import FIELDS, TEXT_FIELDS, from_json, with_values
from course_helpers.credential_audit import example

MARKUP = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'&amp;</td></tr>'
BIDI = "\u202eevil\u202c"
MEGABYTE = "M" * (1024 * 1024)


def markup_everywhere():
    """Markup, quotes, bidi overrides and Markdown in every text field."""
    base = example("data-ethics")
    texts = {field: f"{MARKUP} {field} [link](http://example.com) ![x](http://example.com/x.png) {BIDI}"
             for field in TEXT_FIELDS}
    return with_values(base, learning_outcomes=[MARKUP + " evaluate", "# heading\n* list", BIDI], **texts)


HOSTILE_FORMS = {
    "empty form": {},
    "nothing at all": None,
    "a megabyte title": {"title": MEGABYTE},
    "10,000 ECTS": {"title": "Huge", "ects": 10_000},
    "level 0": {"title": "Zero", "level": 0},
    "level 9": {"title": "Nine", "level": 9},
    "negative hours": {"title": "Less than nothing", "hours": -40, "ects": -2},
    "wrong types": {"title": ["a"], "learner": {"x": 1}, "ects": "lots", "hours": [1], "level": True,
                    "learning_outcomes": {"a": 1}, "country": 7},
    "unknown fields": {"title": "T", "signature": "forged", "__proto__": {}},
    "not an object": ["title", "ects"],
    "text instead of a form": "<b>my credential</b>",
    "lone surrogate and NUL": {"title": "bad \udc80 text \x00 here", "learning_outcomes": ["\ud800 evaluate"]},
    "ten thousand outcomes": {"title": "Many", "learning_outcomes": ["understand it"] * 10_000},
    "not-a-number workload": {"ects": float("nan"), "hours": float("inf")},
    "a date that is no date": {"date_issued": "next spring", "title": "Soon"},
}

# Any JSON value a journal could hold, nested a few levels.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
# Stored forms: the known fields with values of any JSON type.
stored_forms = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=len(FIELDS))
# Credentials as the model holds them after reading a stored form.
credentials = stored_forms.map(lambda form: from_json(form).credential)
