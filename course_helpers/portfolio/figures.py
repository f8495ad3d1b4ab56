"""The learner's figures, redrawn from their journal for the portfolio.

:data:`STEP_FIGURES` maps a step id to the figures of that step. Each maker
takes the step's latest values (by prompt id; only values that fit their
prompt's kind are passed) and returns ``(figure, description)``, or None when
the learner has given it nothing to draw. A later step adds its figures with
:func:`register_figure`. :func:`draw_step` renders them to PNG and never
raises: a figure that cannot be drawn becomes a sentence, and the learner's
text is in the portfolio regardless.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from matplotlib.figure import Figure

from .. import context, kinds, plots, questions, strings
from ..course import Step
from ..vocabulary import camilleri_names

Maker = Callable[[Mapping[str, Any]], "tuple[Figure, str] | None"]
STEP_FIGURES: dict[str, list[Maker]] = {}


def register_figure(step_id: str, maker: Maker) -> None:
    """Add a figure to a step's part of the portfolio (in the order registered)."""
    STEP_FIGURES.setdefault(step_id, []).append(maker)


@dataclass(frozen=True)
class Drawn:
    """One rendered figure: PNG bytes and its full text description (``failed`` holds a sentence instead)."""

    png: bytes
    description: str
    failed: str = ""

    @property
    def alt(self) -> str:
        """Short alternative text: the description's first line."""
        lines = self.description.strip().splitlines()
        return lines[0] if lines else ""


def fitting_values(step: Step, values: Mapping[str, Any]) -> dict[str, Any]:
    """The step's values that fit their prompt's kind (others, and prompts the step lacks, are left out)."""
    prompts = {prompt.id: prompt for prompt in step.prompts}
    fitting = {}
    for prompt_id, value in values.items():
        prompt = prompts.get(prompt_id)
        if prompt is None or value is None:
            continue
        try:
            if kinds.value_problem(prompt, value) is None:
                fitting[prompt_id] = value
        except KeyError:  # a kind with no check: not ours to draw
            continue
    return fitting


def draw_step(step: Step, values: Mapping[str, Any]) -> list[Drawn]:
    """Every figure of ``step`` that has something to show, rendered; never raises."""
    fitting = fitting_values(step, values)
    drawn = []
    for maker in STEP_FIGURES.get(step.id, []):
        try:
            made = maker(fitting)
            if made is None:
                continue
            fig, description = made
            try:
                png = plots.render_png(fig, description)
            finally:
                fig.clear()
        except Exception as error:  # noqa: BLE001 - the text of the portfolio matters more than a figure
            drawn.append(Drawn(b"", "", strings.PF_FIGURE_FAILED.format(error=type(error).__name__)))
            continue
        drawn.append(Drawn(png, description))
    return drawn


# --- the figures of steps 01, 02, 08 and 09 -----------------------------------------------------

PLACEMENT_PROMPTS: dict[str, str] = {"today": "place_today", "heading": "place_heading",
                                     "preferred": "place_preferred"}  # as in course_helpers.figures


def _point(value: Any) -> tuple[int, int] | None:
    if isinstance(value, dict) and value.get("x") is not None and value.get("y") is not None:
        return value["x"], value["y"]
    return None


def holoniq_map(values: Mapping[str, Any]) -> tuple[Figure, str] | None:
    """01: the learner's three points on HolonIQ's map."""
    points = {key: _point(values.get(prompt)) for key, prompt in PLACEMENT_PROMPTS.items()}
    if all(point is None for point in points.values()):
        return None
    return plots.holoniq_quadrants(points)


def probable_preferable(values: Mapping[str, Any]) -> tuple[Figure, str] | None:
    """02: the likelihood and desirability ratings of Camilleri's six scenarios."""
    names = camilleri_names()
    ratings = {sid: (values.get(f"likelihood_{sid}"), values.get(f"desirability_{sid}")) for sid in names}
    if all(pair == (None, None) for pair in ratings.values()):
        return None
    return plots.probable_preferable(ratings, names)


def readiness(values: Mapping[str, Any]) -> tuple[Figure, str] | None:
    """08: readiness on the ten principles."""
    ratings = context.readiness(values)
    if not context.rated(ratings):
        return None
    return plots.readiness_chart(ratings)


def question_tally(values: Mapping[str, Any]) -> tuple[Figure, str] | None:
    """09: where the questions on the wall gather."""
    wall = values.get(questions.WALL_PROMPT)
    if not wall:
        return None
    return plots.question_tally(questions.tally(wall))


register_figure("01", holoniq_map)
register_figure("02", probable_preferable)
register_figure("08", readiness)
register_figure("09", question_tally)


# --- the figures of steps 05 and 06 --------------------------------------------------------------

def unbundled_module(values: Mapping[str, Any]) -> tuple[Figure, str] | None:
    """05: who designs, delivers and awards the module the learner took apart."""
    from .. import activity_data, unbundling

    parts, providers = activity_data.module_parts(), activity_data.providers()
    assignment, _ = unbundling.normalise(values.get("unbundled_module"), parts, providers)
    return plots.unbundled_module(assignment, parts, providers) if assignment else None


def learning_ecology(values: Mapping[str, Any]) -> tuple[Figure, str] | None:
    """06: the learner's credentials and links on the map of credential types."""
    from .. import activity_data, ecology_views

    credentials, links, _ = ecology_views.learner_map(values.get("my_credentials"), values.get("my_interfaces"))
    if not credentials:
        return None
    return plots.learning_ecology(activity_data.reference_types(), activity_data.definitions(), credentials, links)


register_figure("05", unbundled_module)
register_figure("06", learning_ecology)
