"""The README's table of notebooks names every notebook of the manifest."""
from pathlib import Path

from course_helpers import course

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_readme_lists_every_notebook_of_the_course():
    text = README.read_text(encoding="utf-8")
    missing = [s.notebook for s in course.STEPS if f"`{s.notebook.removesuffix('.ipynb')}`" not in text]
    assert not missing, f"README.md does not list {missing}"
