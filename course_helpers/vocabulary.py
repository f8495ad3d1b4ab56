"""The frameworks' own words: scenario ids and names, the map's axes and its scale.

A leaf module (it imports nothing of ours), so the manifest, the data loader,
the reasoning modules and the figures can all share one spelling. The ids
match ``data/scenarios.csv``; a test checks that the names do too.
"""
from __future__ import annotations

# HolonIQ's two axes, as the course step lays them out.
HOLONIQ_X = ("Bundled", "Unbundled")  # left, right
HOLONIQ_Y = ("Market", "Government")  # bottom, top
# The placement scale on both axes: -5 (left or bottom) to +5 (right or top).
PLACEMENT_RANGE = (-5, 5)

HOLONIQ_IDS = ("H1", "H2", "H3", "H4")
HOLONIQ_NAMES = ("Greater Whole", "Micro Quals", "Professions Rule", "Market Place")

CAMILLERI_IDS = ("C1", "C2", "C3", "C4", "C5", "C6")
CAMILLERI_NAMES = ("Global micro-credential marketplace", "Consortia of universities", "Lifelong micro-learning",
                   "University gatekeepers", "Ivory towers", "Outsourcing higher education")

# The value of the "none of them" choice when relating a scenario to a quadrant.
NONE_OF_THEM = "none"


def holoniq_names() -> dict[str, str]:
    """HolonIQ's scenario names by id."""
    return dict(zip(HOLONIQ_IDS, HOLONIQ_NAMES))


def camilleri_names() -> dict[str, str]:
    """Camilleri's scenario names by id."""
    return dict(zip(CAMILLERI_IDS, CAMILLERI_NAMES))


# --- criteria and blocks (07) ------------------------------------------------------------------
# The fields of the micro-credential audit form, in the order of the EU standard elements they
# record (Annex I of the 2022 Council Recommendation; data/eu_standard_elements.csv names them).
CREDENTIAL_FIELDS = ("learner", "title", "country", "awarding_body", "date_issued", "learning_outcomes",
                     "ects", "hours", "level", "assessment", "participation", "quality_assurance",
                     "prerequisites", "supervision", "grade", "stackability", "further_information")
# The level element's answer when no EQF level applies (Annex I asks for a level only "if applicable").
LEVEL_NOT_APPLICABLE = "not applicable"

# The blocks on the road a learner ranks in 07; data/implementation_blocks.csv describes and sources them.
BLOCK_IDS = ("recognition", "quality_assurance", "understanding", "definition_trust", "funding",
             "systems_data", "regulation", "stackability", "institutional_culture")
BLOCK_NAMES = ("Recognition", "Quality assurance", "Understanding", "Definition, trust and transparency",
               "Funding and incentives", "Systems and data", "Regulation and frameworks",
               "Stackability and credit", "Institutional culture")


def block_names() -> dict[str, str]:
    """The blocks' names by id."""
    return dict(zip(BLOCK_IDS, BLOCK_NAMES))
