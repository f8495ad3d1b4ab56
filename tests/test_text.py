"""Escaping: learner text never becomes markup."""
from html.parser import HTMLParser

import pytest

from course_helpers.text import displayable, escape, status_html

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    "<form action=javascript:alert(1)><button>",
    '<button data-commandlinker-command="console:create">click</button>',
]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("render", [escape, status_html])
def test_payloads_produce_no_tags_of_their_own(payload, render):
    collector = TagCollector()
    collector.feed(render(payload))
    own_tags = {tag for tag, _ in collector.tags} - {"span"}
    assert own_tags == set()
    for _, attrs in collector.tags:
        assert not any(name.startswith("on") for name in attrs)
        assert all("javascript:" not in (value or "") for value in attrs.values())


@pytest.mark.parametrize("text", ["/etc/passwd", "https://example.org", "I paid $5 and $10", "\u202eevil"])
def test_paths_urls_and_dollars_are_shown_literally(text):
    assert escape(text) == text.replace("&", "&amp;")


def test_displayable_replaces_what_the_browser_cannot_carry():
    assert displayable("ok 🎓") == "ok 🎓"
    shown = displayable("a\x00b\ud800")
    shown.encode("utf-8")  # must not raise
    assert shown.startswith("a\ufffdb")


def test_errors_are_marked_by_words_and_icon_not_colour():
    html = status_html("not saved: disk full", error=True)
    assert 'role="alert"' in html and "⚠" in html and "color" not in html
