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

# How a learner links a critique to a driver, in the words of the 03/04 issue: the critique
# *answers* the driver (takes up the need it names and responds to it) or *pushes against* it
# (resists the push itself). strings.RELATION_MEANINGS says so in full.
LINK_RELATIONS = ("answers", "pushes against")
# The driver value for "this critique concerns none of the drivers".
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


# The names the 03 and 04 prompts show (the manifest builds the grid and the links from them):
# the groups' names and the examples' short names from stakeholders.csv and example_credentials.csv,
# the drivers' titles from drivers.csv. Tests check them against the data.
STAKEHOLDER_NAMES = ("Learners", "Employers", "Higher-education institutions", "Governments and policy makers",
                     "Quality-assurance and recognition bodies")
EXAMPLE_SHORT_NAMES = ("MOOC certificate", "5-ECTS module", "Vendor IT cert", "Attendance badge", "CPD award",
                       "Bootcamp certificate", "Online microcredential", "Language certificate")
DRIVER_TITLES = ("Recovery, the twin transitions and skills shortages", "Learning throughout working life",
                 "Skills over degrees", "Cost and access", "The pandemic's push online")


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


# --- your own context and closing questions (08, 09) -------------------------------------------
# Annex II of the Council Recommendation of 16 June 2022 (later than the course, and not binding): its ten
# principles, in the Annex's order. data/eu_principles.csv has the same ids and names; a test keeps them in step.
PRINCIPLE_IDS = ("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10")
PRINCIPLE_NAMES = ("Quality", "Transparency", "Relevance", "Valid assessment", "Learning pathways", "Recognition",
                   "Portable", "Learner-centred", "Authentic", "Information and guidance")

# Whom a question on 09's wall can concern: the five viewpoints of step 03 (STAKEHOLDER_IDS, named as in
# data/stakeholders.csv), then professional bodies and credential platforms, which complete the picture.
QUESTION_STAKEHOLDERS = tuple(zip(STAKEHOLDER_IDS, (
    "Learners", "Employers", "Universities and other providers", "Governments and policy-makers",
    "Quality assurance and recognition bodies"), strict=True)) + (
    ("professions", "Professional bodies"),
    ("platforms", "Platforms and credential wallets"),
)


def principle_names() -> dict[str, str]:
    """Annex II's principles by id."""
    return dict(zip(PRINCIPLE_IDS, PRINCIPLE_NAMES))
