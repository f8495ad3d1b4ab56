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


# --- stakeholders, definitions, critiques and drivers (steps 03 and 04) ---------------------
# The ids match data/stakeholders.csv, example_credentials.csv, critiques.csv and drivers.csv;
# tests check that they do. The manifest builds the 03 and 04 prompts from them.
STAKEHOLDER_IDS = ("learners", "employers", "institutions", "governments", "qa_recognition")
EXAMPLE_IDS = ("mooc", "module", "vendor", "badge", "cpd", "bootcamp", "platform", "language")
CRITIQUE_IDS = ("gig_work", "cost_shift", "weak_evidence", "two_tier", "jungle", "definition_qa",
                "no_panacea", "equity_gap")
DRIVER_IDS = ("twin_transitions", "lifelong_learning", "employer_demand", "cost_access", "online_growth")

# A learner's judgement, wearing one stakeholder's hat: does this example count as a micro-credential?
JUDGEMENTS = ("yes", "unsure", "no")

# What an example credential has, as our reading of it: each feature is "yes", "partly" or "no".
CREDENTIAL_FEATURES = ("assessed", "credit_bearing", "quality_assured", "records_outcomes",
                       "designed_for_needs", "portable")
FEATURE_LEVELS = ("yes", "partly", "no")
# The MICROBOL/EUA categories of what gets called a micro-credential (course step "Navigating micro-credentials").
MICROBOL_CATEGORIES = ("Formal qualifications", "Non-formal certificates", "Recognition of skills",
                       "Records of experience")

DEFINITION_NAMES = ("EU 2022", "UNESCO 2022", "Consultation group 2020", "Oliver 2019", "Working definition")
# When something appeared, relative to the course (which ran from March 2021).
COURSE_YEAR = 2021
COURSE_TIMING = ("before the course", "in the course's year", "after the course")

# How a learner links a critique to a driver: the critique doubts the driver itself, or accepts
# the driver and warns about what answering it with micro-credentials does.
LINK_RELATIONS = ("questions", "warns about")
# The driver value for "this critique answers none of the drivers".
NO_DRIVER = "none"
# Kinds of critique: several, so that no single box ("neoliberalism") holds every critic.
CRITIQUE_KINDS = ("work and precarity", "who pays", "labour-market evidence", "purpose of education",
                  "recognition and trust", "institutional strategy", "equity of access")
# The critiques' titles, as data/critiques.csv gives them (the manifest names them in the evidence prompts).
CRITIQUE_TITLES = ("Gig qualifications for a gig economy", "The cost moves to the learner",
                   "Little evidence of labour-market value", "A two-tier system", "A jungle of certificates",
                   "No shared definition, patchy quality assurance", "Not a cure-all, nor a money-maker",
                   "Benefits may go to those already ahead")


def critique_titles() -> dict[str, str]:
    """The critiques' titles by id."""
    return dict(zip(CRITIQUE_IDS, CRITIQUE_TITLES))


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


# --- unbundling and rebundling (05) ------------------------------------------------------------
# The awards a learner's pathway can lead to, as data/awards.csv gives them (a test checks them);
# the manifest offers them as the choices of the 05 award prompt. Neither is a degree.
AWARD_IDS = ("pgcert-data-sustainability", "award-energy-data")
AWARD_TITLES = ("Postgraduate Certificate in Applied Data for Sustainability", "Professional Award in Energy Data Skills")
AWARD_KINDS = ("postgraduate certificate, not a degree", "professional award, not a degree")


def award_titles() -> dict[str, str]:
    """The awards' titles by id."""
    return dict(zip(AWARD_IDS, AWARD_TITLES))
