"""The printable summary: a self-contained page where no tag or attribute ever comes from learner text."""
from __future__ import annotations

import base64
import hashlib
import re
from datetime import date
from html.parser import HTMLParser

import pytest

from course_helpers.credential_audit import audit, example
from course_helpers.credential_summary import CSS, summary_html
from course_helpers.credentials import from_json, with_values
from credential_cases import BIDI, HOSTILE_FORMS, MARKUP, markup_everywhere

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "section", "table",
                "thead", "tbody", "tr", "th", "td", "ul", "li", "strong", "footer", "bdi"}
ALLOWED_ATTRIBUTES = {("html", "lang"), ("meta", "charset"), ("meta", "http-equiv"), ("meta", "content"),
                      ("meta", "name"), ("th", "scope"), ("td", "class"), ("p", "class")}


class Page(HTMLParser):
    """Every tag, attribute and piece of text of a page, as a browser's parser would see them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []
        self.style: list[str] = []
        self._in_style = False
        self.declarations: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        (self.style if self._in_style else self.text).append(data)

    def handle_decl(self, decl):
        self.declarations.append(decl)

    def handle_comment(self, data):
        raise AssertionError(f"unexpected comment {data!r}")

    def handle_pi(self, data):
        raise AssertionError(f"unexpected processing instruction {data!r}")


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def page_for(credential) -> str:
    return summary_html(credential, audit(credential), made_on=date(2026, 11, 30))


def test_the_page_is_self_contained_with_a_strict_policy():
    page = parse(page_for(example("cloud-security")))
    assert page.declarations == ["DOCTYPE html"]
    metas = {dict(attrs).get("http-equiv"): dict(attrs).get("content") for tag, attrs in page.tags if tag == "meta"}
    policy = metas["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'") and "script-src" not in policy
    digest = base64.b64encode(hashlib.sha256(page.style[0].encode()).digest()).decode()
    assert page.style == [CSS] and f"style-src 'sha256-{digest}'" in policy  # only our own style sheet runs
    assert "@page" in CSS and "@media print" in CSS


@pytest.mark.parametrize("credential", [example("data-ethics"), example("cloud-security"), markup_everywhere()]
                         + [from_json(form).credential for form in HOSTILE_FORMS.values()], ids=lambda c: c.title[:20])
def test_no_tag_or_attribute_comes_from_learner_text(credential):
    page = parse(page_for(credential))
    for tag, attrs in page.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert (tag, name) in ALLOWED_ATTRIBUTES, (tag, name)
            assert value is not None and "alert" not in value and "<" not in value
    assert [tag for tag, _ in page.tags if tag == "style"] == ["style"]


def test_markup_in_every_field_is_shown_as_text():
    credential = markup_everywhere()
    page = parse(page_for(credential))
    text = "".join(page.text)
    assert "<script>alert(1)</script>" in text  # readable as typed
    assert credential.title[:40] in " ".join(text.split()) or MARKUP[:20] in text
    plain = with_values(credential, **{f: "plain" for f in (
        "learner", "title", "country", "awarding_body", "assessment", "participation", "quality_assurance",
        "prerequisites", "supervision", "grade", "stackability", "further_information")},
        learning_outcomes=["plain evaluate", "plain", "plain"])
    benign = parse(summary_html(plain, audit(credential), made_on=date(2026, 11, 30)))
    assert page.tags == benign.tags  # the same tags and attributes, whatever the learner typed


def test_bidi_overrides_are_isolated_and_bad_characters_replaced():
    credential = from_json({"title": f"{BIDI} title", "learner": "NUL\x00 and \udc80 surrogate"}).credential
    html_text = page_for(credential)
    html_text.encode("utf-8")  # writable as UTF-8
    assert "\x00" not in html_text and "\ufffd" in html_text
    assert re.search(r"<h1><bdi>\u202eevil", html_text)


def test_a_megabyte_title_still_makes_a_small_page():
    page = page_for(from_json(HOSTILE_FORMS["a megabyte title"]).credential)
    assert len(page) < 40_000 and "1,048,576 characters in all" in page


def test_the_page_dates_the_recommendation_and_says_it_certifies_nothing():
    text = " ".join(parse(page_for(example("data-ethics"))).text)
    assert "16 June 2022" in text and "after the course ran" in text and "not a law" in text
    assert "not a credential" in text and "Made on 2026-11-30" in text
    assert "11 of the 11 mandatory elements" in text
