"""The course manifest: every step, its notebook and its prompts.

This module is the single source of truth for step ids, titles, order and
prompt ids. Notebooks, the progress view and the journal all refer to it, and
``tests/test_manifest_and_notebooks.py`` keeps the notebooks in agreement.
It does no I/O, so importing it is cheap.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from . import strings
from .strings import KIND_WORDS, NONE_LABEL
from .vocabulary import (AWARD_IDS, AWARD_KINDS, AWARD_TITLES, BLOCK_IDS, BLOCK_NAMES, CAMILLERI_IDS, CAMILLERI_NAMES,
                         CRITIQUE_IDS, CRITIQUE_TITLES, DRIVER_IDS, DRIVER_TITLES, EXAMPLE_IDS, EXAMPLE_SHORT_NAMES,
                         HOLONIQ_IDS, HOLONIQ_NAMES, JUDGEMENTS, LINK_RELATIONS, NONE_OF_THEM, PRINCIPLE_IDS,
                         PRINCIPLE_NAMES, QUESTION_STAKEHOLDERS, STAKEHOLDER_IDS, STAKEHOLDER_NAMES)

StepStatus = Literal["ready", "planned"]

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent / "notebooks"

Options = tuple[tuple[str, str], ...]  # (label shown, value stored)


@dataclass(frozen=True)
class Field:
    """One entry of a form, or of each record in a list (a credential, a question, an action plan)."""

    id: str
    label: str
    kind: str = "line"  # line (one line), text (several lines), number, or choice (one of options)
    options: Options = ()
    required: bool = False


@dataclass(frozen=True)
class Prompt:
    """One question a learner answers; ``text`` is shown as the widget's label."""

    id: str
    kind: str  # one of kinds.known_kinds(): says which values fit and which widget shows them
    text: str
    low: str = ""  # rating: what 1 means
    high: str = ""  # rating: what 5 means
    options: Options = ()  # choice: the choices; grid: the answer in each cell
    short: str = ""  # placement: the point's name in labels and figures
    items: Options = ()  # ranking and picks: what is ranked or picked; grid: its rows
    columns: Options = ()  # grid: its columns
    fields: tuple[Field, ...] = ()  # form and records: the entries
    most: int = 0  # picks: how many may be picked; records: how many records at most (0: no limit)


@dataclass(frozen=True)
class Step:
    """One course step and the notebook that teaches it."""

    id: str
    order: int
    title: str
    notebook: str  # path relative to notebooks/
    status: StepStatus
    minutes: int
    prompts: tuple[Prompt, ...] = field(default_factory=tuple)
    subtitle: str = ""  # the header's second line: "Step 1 of 9 · <subtitle> · about 25 minutes"
    activity: str = ""  # what the learner does, for the table of steps in 00
    objectives: tuple[str, ...] = ()  # "By the end of this notebook you will ..." (one higher-order verb at least)

    @property
    def for_learners(self) -> bool:
        """Numbered steps are the learner's route; the facilitator's notebook is not one of them."""
        return self.id.isdigit()

    @property
    def label(self) -> str:
        """'01 HolonIQ's four scenarios', as links and tables name a step."""
        return f"{self.id} {self.title}"

    @property
    def notebook_path(self) -> Path:
        return NOTEBOOK_DIR / self.notebook

    def prompt(self, prompt_id: str) -> Prompt:
        for candidate in self.prompts:
            if candidate.id == prompt_id:
                return candidate
        raise KeyError(f"step {self.id} has no prompt {prompt_id!r}")


def _reflection(prompt_id: str, text: str) -> Prompt:
    return Prompt(prompt_id, "reflection", text)


def _line(prompt_id: str, text: str) -> Prompt:
    return Prompt(prompt_id, "line", text)


def _first_readings(names: dict[str, str]) -> tuple[Prompt, ...]:
    """One line per scenario name, written before the companion's reading is shown."""
    return tuple(_line(f"reading_{sid}", f"In one line: what do you picture when you read '{name}'?")
                 for sid, name in names.items())


def _camilleri_prompts() -> tuple[Prompt, ...]:
    named = [(sid, f"{sid} {name}") for sid, name in zip(CAMILLERI_IDS, CAMILLERI_NAMES)]
    likelihood = tuple(
        Prompt(f"likelihood_{sid}", "rating", f"How likely is {label} where you are?",
               low="1 = very unlikely", high="5 = very likely")
        for sid, label in named
    )
    desirability = tuple(
        Prompt(f"desirability_{sid}", "rating", f"How desirable is {label} to you?",
               low="1 = not at all wanted", high="5 = strongly wanted")
        for sid, label in named
    )
    quadrant_options = tuple((f"{n} {name}", hid) for n, (hid, name) in enumerate(zip(HOLONIQ_IDS, HOLONIQ_NAMES), 1))
    quadrant_options += ((NONE_LABEL, NONE_OF_THEM),)
    nearest = tuple(
        Prompt(f"nearest_{sid}", "choice", f"Which HolonIQ quadrant is {label} nearest to?",
               options=quadrant_options)
        for sid, label in named
    )
    return _first_readings(dict(zip(CAMILLERI_IDS, CAMILLERI_NAMES))) + likelihood + desirability + nearest + (
        _reflection("worry_most", "Which of the six scenarios worries you most, and why?"),
        _reflection("early_signals", "What signs would tell you that this scenario is starting to happen where you are?"),
    )


def _stakeholder_prompts() -> tuple[Prompt, ...]:
    """Step 03: the grid of judgements (viewpoints x illustrative examples), then two reflections."""
    grid = Prompt("judgements", "grid", "Wearing each group's hat in turn: would that group count each example "
                  "as a micro-credential (yes, unsure or no)?",
                  options=tuple((answer, answer) for answer in JUDGEMENTS),
                  items=tuple(zip(STAKEHOLDER_NAMES, STAKEHOLDER_IDS)),
                  columns=tuple(zip(EXAMPLE_SHORT_NAMES, EXAMPLE_IDS)))
    return (grid,
            _reflection("understanding_gap", "Which group seems to you to understand micro-credentials least, "
                        "in what sense, and why does that matter?"),
            _reflection("two_groups_differ", "Pick two groups: in what ways do they understand the term "
                        "differently? Use an example from your grid."))


def _critique_prompts() -> tuple[Prompt, ...]:
    """Step 04: links from critiques to drivers, the evidence ratings, the steelman and two reflections."""
    links = Prompt("links", "links", "For each critique: which driver of growth does it answer or push against, "
                   "and how?", options=tuple((relation, relation) for relation in LINK_RELATIONS),
                   items=tuple(zip(CRITIQUE_TITLES, CRITIQUE_IDS)), columns=tuple(zip(DRIVER_TITLES, DRIVER_IDS)))
    evidence = tuple(
        Prompt(f"evidence_{cid}", "rating", f"How convincing is the evidence behind '{title}'?",
               low="1 = not convincing", high="5 = very convincing")
        for cid, title in zip(CRITIQUE_IDS, CRITIQUE_TITLES))
    return (links, *evidence,
            _reflection("steelman", "Write the strongest form of the critique you find least convincing, as its "
                        "authors would argue it at their best."),
            _reflection("driver_where_you_work", "Which economic or social driver matters most where you work, "
                        "and why?"),
            _reflection("answer_strongest_critique", "Take the critique you find strongest: what would a "
                        "well-designed micro-credential do to answer it?"))


def _unbundling_prompts() -> tuple[Prompt, ...]:
    """Step 05: a first reading, the module taken apart, a pathway rebundled, choice counted, reflections."""
    awards = tuple((f"{title} ({kind})", award_id) for award_id, title, kind in zip(AWARD_IDS, AWARD_TITLES, AWARD_KINDS))
    return (
        _line("unbundling_first", "Before you read on: what does 'unbundling' mean to you, in a sentence?"),
        Prompt("unbundled_module", "assignment",
               "Who takes each part of the module? Tick one provider, or several who share the part."),
        _reflection("arrangement_hardest", "Which need of your arrangement would be hardest to meet where you "
                                           "work, and why?"),
        Prompt("award", "choice", "Which award will your pathway lead to?", options=awards),
        Prompt("pathway", "pathway", "Your pathway: the modules you would take, in the order you would take them."),
        Prompt("choice_settings", "choice_count", "How large a catalogue, and how long a pathway?"),
        _reflection("choice_driver_barrier", "Where is more learner choice a help, and where is it a hindrance?"),
        _reflection("design_and_teach", "In a co-delivered programme you know, who should design it and who "
                                        "should teach it, and why?"),
    )


CREDENTIAL_FIELDS_06: tuple[Field, ...] = (
    Field("name", "Name", required=True),
    Field("size", "Size (a number)", "number", required=True),
    Field("unit", "Size in", "choice", options=(("hours", "hours"), ("ECTS", "ECTS"), ("NZ credits", "NZ credits")),
          required=True),
    Field("level", "EQF level, 1 to 8 (empty if unknown)", "number"),
    Field("kind", "Kind", "choice", options=tuple((words, kind) for kind, words in KIND_WORDS.items()), required=True),
    Field("when", "Past or planned", "choice", options=(("past", "past"), ("planned", "planned")), required=True),
)


def _ecology_prompts() -> tuple[Prompt, ...]:
    """Step 06: the learner's own credentials and the links between them, then reflections."""
    return (
        Prompt("my_credentials", "credentials", "Your credentials, past and planned", fields=CREDENTIAL_FIELDS_06),
        Prompt("my_interfaces", "interfaces", "The links between your credentials"),
        _reflection("isolated_next", "Choose a credential on your map that links to nothing: what could connect "
                                     "it to the rest?"),
        _reflection("microcredentials_fit", "Where do micro-credentials fit in your own learning, past and "
                                            "planned?"),
        _reflection("interfaces", "Which interface between micro-credentials and other qualifications is missing "
                                  "where you work?"),
    )


# --- 08 and 09: your own context, and the closing questions ----------------------------------
CONTEXT_PLAN_FIELDS = (
    Field("step", strings.CX_PLAN_FIELDS["step"], "text", required=True),
    Field("who", strings.CX_PLAN_FIELDS["who"], "line"),
    Field("evidence", strings.CX_PLAN_FIELDS["evidence"], "text"),
)
WALL_STEP_FIELD = "step"  # its options, every learner step, are filled in once the steps are known


def _context_prompts() -> tuple[Prompt, ...]:
    """08: the setting, readiness on Annex II's ten principles, the two hardest, who is needed, the plan."""
    readiness = tuple(Prompt(f"readiness_{pid}", "rating", strings.CX_READINESS_PROMPT.format(principle=name),
                             low=strings.CX_READINESS_LOW, high=strings.CX_READINESS_HIGH)
                      for pid, name in zip(PRINCIPLE_IDS, PRINCIPLE_NAMES))
    return (
        _reflection("context", strings.CX_PROMPT_CONTEXT),
        *readiness,
        Prompt("hardest_two", "picks", strings.CX_PROMPT_HARDEST,
               items=tuple((f"{pid} {name}", pid) for pid, name in zip(PRINCIPLE_IDS, PRINCIPLE_NAMES)), most=2),
        _reflection("hardest_elements", strings.CX_PROMPT_WHY_HARDEST),
        _reflection("who_on_board", strings.CX_PROMPT_WHO),
        Prompt("action_plan", "form", strings.CX_PROMPT_PLAN, fields=CONTEXT_PLAN_FIELDS),
    )


def _closing_prompts() -> tuple[Prompt, ...]:
    """09: the question wall (a list of tagged questions), then the step's other two closing questions."""
    wall = Prompt("further_questions", "records", strings.Q_PROMPT_FURTHER, most=200, fields=(
        Field("text", strings.Q_FIELD_TEXT, "text", required=True),
        Field(WALL_STEP_FIELD, strings.Q_FIELD_STEP, "choice"),
        Field("stakeholder", strings.Q_FIELD_STAKEHOLDER, "choice",
              options=tuple((name, key) for key, name in QUESTION_STAKEHOLDERS)),
    ))
    return (wall, _reflection("unanswered", strings.Q_PROMPT_UNANSWERED),
            _reflection("left_unsaid", strings.Q_PROMPT_UNSAID))


def _with_step_tags(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """The steps, with 09's wall able to tag a question with any learner step (labelled as links name them)."""
    options = tuple((s.label, s.id) for s in steps if s.for_learners)

    def tagged(prompt: Prompt) -> Prompt:
        if prompt.id != "further_questions":
            return prompt
        return replace(prompt, fields=tuple(replace(f, options=options) if f.id == WALL_STEP_FIELD else f
                                            for f in prompt.fields))
    return tuple(replace(s, prompts=tuple(tagged(p) for p in s.prompts)) if s.id == "09" else s for s in steps)


STEPS: tuple[Step, ...] = (
    Step("00", 0, "Start here", "00_start_here.ipynb", "ready", 10, (
        _reflection("hopes", "What do you hope to take away from this step?"),
        Prompt("familiarity", "rating", "How familiar are micro-credentials to you today?",
               low="1 = new to me", high="5 = I work with them"),
    ), subtitle="orientation",
        activity="see what each notebook asks, where your answers are kept, and how to move them",
        objectives=(
            "know what each notebook asks of you and how long it takes",
            "have a short, dated working definition of a micro-credential to test against later steps",
            "know where your answers are kept, who can see them, and how to move them to another computer",
            "have written a first note on what you want from this step",
        )),
    Step("01", 1, "HolonIQ's four scenarios", "01_holoniq_scenarios.ipynb", "ready", 25, (
        *_first_readings(dict(zip(HOLONIQ_IDS, HOLONIQ_NAMES))),
        Prompt("place_today", "placement", "Where is your country, sector or institution today?", short="Today"),
        Prompt("place_heading", "placement", "Where is it heading by 2030?", short="Heading by 2030"),
        Prompt("place_preferred", "placement", "Where would you like it to be?", short="Preferred"),
        _reflection("why_there", "Why did you place today's point where you did?"),
        _reflection("what_must_change", "What would have to change to move towards your preferred point?"),
        _reflection("winners_losers", "Who would gain, and who would lose, on the way there?"),
    ), subtitle="mapping possible futures",
        activity="place where your setting is, where it is heading and where you would like it to be",
        objectives=(
            "be able to name HolonIQ's two axes and the four scenarios between them",
            "know the size of the market HolonIQ described in 2021, and where each figure comes from",
            "have placed your own country, sector or institution on the map as it is, as it is heading, "
            "and as you would like it to be",
            "be able to argue why your setting sits where you put it, and judge who gains and who loses "
            "on the way to your preferred point",
        )),
    Step("02", 2, "Camilleri's six scenarios", "02_camilleri_scenarios.ipynb", "ready", 30,
         _camilleri_prompts(), subtitle="probable and preferable futures",
         activity="rate six futures for likelihood and desirability; relate them to HolonIQ's four",
         objectives=(
             "know the six scenarios and the research they grew out of",
             "see why a scenario is a tool for choosing, not a forecast",
             "have rated each scenario for likelihood and desirability and seen your ratings on a "
             "probable-versus-preferable chart",
             "compare your reading of how the six relate to HolonIQ's four with the companion authors' "
             "reading, and weigh the arguments for each",
         )),
    Step("03", 3, "How well do stakeholders understand micro-credentials?", "03_stakeholders.ipynb",
         "ready", 25, _stakeholder_prompts(), subtitle="one word, different meanings",
         activity="judge example credentials through the eyes of learners, employers, universities, "
                  "governments and quality bodies",
         objectives=(
             "know what learners, employers, higher-education institutions, governments and quality-assurance "
             "and recognition bodies each tend to need from a credential, and where that is written",
             "have judged eight illustrative credentials through each group's eyes, and seen on a heat map "
             "where the viewpoints split",
             "compare your judgements with the EU and UNESCO definitions of 2022, published after the course, "
             "and test the working definition from 00 against them",
             "read survey figures on 'understanding' as a barrier together with who ran the survey and who "
             "answered",
             "judge which group understands micro-credentials least, and in what sense, and argue how two "
             "groups understand the term differently",
         )),
    Step("04", 4, "Critiques, and the economic and social drivers", "04_critiques_and_drivers.ipynb",
         "ready", 30, _critique_prompts(), subtitle="weighing the case against and the forces behind",
         activity="link each critique to the driver it answers or pushes against, weigh the evidence, and "
                  "steelman the case you find weakest",
         objectives=(
             "know eight critiques of micro-credentials and five economic and social drivers of their growth, "
             "each with its author, year and work",
             "have linked each critique to the driver it answers or pushes against, weighed the evidence behind "
             "it, and seen your links on a two-sided figure",
             "argue the strongest form of the critique you find least convincing",
             "judge which driver matters most where you work, and design an answer to the critique you find "
             "strongest",
         )),
    Step("05", 5, "Unbundling, rebundling, co-construction and co-delivery", "05_unbundling.ipynb",
         "ready", 35, _unbundling_prompts(), subtitle="taking programmes apart and putting them back together",
         activity="take a module apart between partners, rebundle a pathway, and see how fast choice grows",
         objectives=(
             "be able to tell unbundling from rebundling, and co-construction (shared design) from "
             "co-delivery (shared teaching), with the source behind each term",
             "have taken one module apart between four providers and seen what each arrangement would need",
             "have built a pathway of micro-credentials towards an award and had it checked against "
             "stacking rules",
             "judge where more learner choice helps and where it hinders, having counted how fast the "
             "number of pathways grows",
         )),
    Step("06", 6, "A learning ecology", "06_learning_ecology.ipynb", "ready", 25, _ecology_prompts(),
         subtitle="micro-credentials among other qualifications",
         activity="map credentials by size and level, add your own, and draw where they connect",
         objectives=(
             "be able to place degrees, short-cycle awards, professional and MOOC certificates, badges and "
             "micro-credentials by size and level, and say which of those ranges are sourced",
             "compare how the EU, New Zealand, Australia and the Common Microcredential Framework size a "
             "micro-credential",
             "have put your own credentials, past and planned, on the map and drawn how they connect",
             "argue which interface between micro-credentials and other qualifications is missing where "
             "you work",
         )),
    Step("07", 7, "Criteria and blocks on the road", "07_criteria_and_blocks.ipynb", "ready", 40, (
        _reflection("criteria_needed", "Before you read any list: what would a micro-credential need for you to "
                                       "trust it, as a learner or as someone who reads it?"),
        Prompt("audit", "credential", "Describe a micro-credential you would offer or take, or start from an "
                                      "example and change it."),
        _reflection("criterion_add_drop", "Which one criterion would you add to the EU standard elements, or drop "
                                          "from them, and why?"),
        Prompt("block_ranking", "ranking", "Rank the blocks on the road for your own setting: 1 is the one that "
                                           "stands most in the way there.",
               items=tuple(zip(BLOCK_NAMES, BLOCK_IDS))),
        _reflection("block_you_could_move", "Which one block could you move yourself, and what would be your "
                                            "first step?"),
    ), subtitle="what a micro-credential needs, and what stands in the way",
        activity="audit a micro-credential against the EU standard elements, export it, and rank the blocks "
                 "on the road",
        objectives=(
            "know the 2022 EU definition of a micro-credential, its eleven mandatory and five optional standard "
            "elements and its ten principles, and that it is a recommendation adopted after the course ran",
            "have audited a micro-credential of your own, or an example, against those elements, and seen which "
            "principle each gap weakens and how its size compares with other definitions",
            "have exported it as an unsigned Open Badges 3.0 template and a printable one-page summary",
            "rank the blocks on the road for your own setting, and weigh your ranking against what surveys "
            "reported and the caveats of each",
            "judge which criterion you would add or drop, and which block you could move yourself",
        )),
    Step("08", 8, "Your own context", "08_your_context.ipynb", "ready", 35, _context_prompts(),
         subtitle="applying it where you are",
         activity="bring your earlier answers together, rate readiness on ten principles, name the hardest "
                  "parts and plan one step",
         objectives=(
             "have chosen one setting of your own (your own learning, your work, or an organisation you know) "
             "and seen your earlier answers about it side by side",
             "have rated how far each of the ten principles the EU set out in 2022, after the course, is in "
             "place there, and seen which are lowest",
             "judge which two would be hardest to put in place there, and argue whom you would need on board",
             "plan one step for the next three months: who takes it, and what would show that it worked",
         )),
    Step("09", 9, "Closing questions", "09_closing_questions.ipynb", "ready", 20, _closing_prompts(),
         subtitle="what is still open",
         activity="gather your open questions, review your journal, keep a portfolio and, if you like, share "
                  "chosen answers with your class",
         objectives=(
             "have put your open questions on a wall, each tagged with the step and the stakeholder it "
             "concerns, and seen where they gather",
             "judge which question the step has left unanswered for you, and what was left unsaid",
             "have reviewed your journal step by step and kept a portfolio of everything you wrote",
             "know exactly what a share file for your class holds before you give it to anyone",
         )),
    Step("facilitator", 10, "Facilitator's run sheet and class dashboard",
         "facilitator/class_dashboard.ipynb", "ready", 0, (), subtitle="collecting, showing and discussing the class's answers",
         activity="collect share files, project the class dashboard, export it, and plan a seminar",
         objectives=(
             "know what a learner's share file holds, what it never holds, and how it reaches you",
             "have collected a class's share files from a folder, a zip archive, an upload or the hub's class "
             "folder, and know why any file was refused",
             "be able to project the class on HolonIQ's map and Camilleri's chart, and judge what the spread says "
             "about agreement in the room",
             "plan a 60- or 90-minute seminar from the run sheets, and weigh politically loaded critiques "
             "even-handedly",
         )),
)

STEPS = _with_step_tags(STEPS)
LEARNER_STEPS: tuple[Step, ...] = tuple(s for s in STEPS if s.for_learners)


def step(step_id: str) -> Step:
    """Return the step with this id, or raise ``KeyError`` naming the known ids."""
    for candidate in STEPS:
        if candidate.id == step_id:
            return candidate
    known = ", ".join(s.id for s in STEPS)
    raise KeyError(f"unknown step {step_id!r}; known steps: {known}")


def prompt(step_id: str, prompt_id: str) -> Prompt:
    """Return one prompt of one step."""
    return step(step_id).prompt(prompt_id)


def neighbours(step_id: str) -> tuple[Step | None, Step | None]:
    """The learner steps before and after ``step_id`` (None at either end)."""
    ids = [s.id for s in LEARNER_STEPS]
    index = ids.index(step_id)
    before = LEARNER_STEPS[index - 1] if index > 0 else None
    after = LEARNER_STEPS[index + 1] if index + 1 < len(LEARNER_STEPS) else None
    return before, after
