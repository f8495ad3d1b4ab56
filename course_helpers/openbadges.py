"""A micro-credential as an unsigned Open Badges 3.0 credential template, and back.

:func:`achievement_credential` turns a :class:`~course_helpers.credentials.MicroCredential`
into 1EdTech's ``OpenBadgeCredential`` (an ``AchievementCredential``) whose
``credentialSubject.achievement`` is an ``Achievement`` with
``achievementType`` ``MicroCredential``. It is a *template*: it has no
``proof``, and its ``description`` says that it is unsigned and that only the
awarding body can make it a verifiable credential by signing it.

Where each EU standard element goes (:func:`element_mapping` gives the table):

* native fields where Open Badges has one: title → ``achievement.name``;
  awarding body and country → ``issuer`` (a ``Profile`` with an ``Address``);
  date → ``awardedDate`` and ``issuanceDate``; learner → an ``IdentityObject``
  of type ``name``; grade → a ``Result``; an EQF level 1-8 → an ``alignment``
  to the European Qualifications Framework;
* the elements Open Badges has no field for (learning outcomes, workload in
  ECTS or hours, assessment type, participation form, quality assurance,
  prerequisites, supervision, stackability, further information) go into
  ``achievement.tag``, each tag starting with "EU standard element, <name>: ",
  and are repeated for people in ``criteria.narrative`` (Markdown, escaped).
  Both fields are in the official schema, so the document needs no extension.
* ``creditsAvailable`` stays empty: the specification defines it as credit
  *hours* (US semester or quarter hours), which neither ECTS nor notional
  hours are. An awarding body that gives credit hours can add it.

:func:`from_achievement_credential` reads such a document back and never
raises. The official JSON Schema (commit noted in ``tests/fixtures/openbadges``)
validates every export in the tests.
"""
from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timezone
from typing import Any, Mapping

from . import strings
from .credentials import NOT_APPLICABLE, FieldProblem, Loaded, MicroCredential, from_json, issue_date, to_json

CONTEXT = ["https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"]
TYPE = ["VerifiableCredential", "OpenBadgeCredential"]
EQF_FRAMEWORK = "European Qualifications Framework (EQF)"
EQF_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017H0615(01)"
TAG_PREFIX = "EU standard element, "
_NAMESPACE = uuid.UUID("6b1f0c9e-5d0a-4a53-9a52-6b0d7c1e2f30")  # ours: ids derive from the content
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MIDNIGHT = "T00:00:00Z"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~&])")

# Elements without a native Open Badges field: (credential field, tag label), in Annex I order.
TAGGED: tuple[tuple[str, str], ...] = (
    ("learning_outcomes", "Learning outcome"),
    ("ects", "Notional workload (ECTS)"),
    ("hours", "Notional workload (hours)"),
    ("assessment", "Type of assessment"),
    ("participation", "Form of participation"),
    ("quality_assurance", "Type of quality assurance"),
    ("prerequisites", "Prerequisites"),
    ("supervision", "Supervision and identity verification"),
    ("stackability", "Integration and stackability"),
    ("further_information", "Further information"),
)
# Values a native field cannot hold keep their own tags, so nothing is lost on the way back.
DATE_TAG = "Date of issuing (as written)"
LEVEL_TAG = "Level"


def _tag(label: str, value: Any) -> str:
    return f"{TAG_PREFIX}{label}: {value}"


def _markdown(text: str) -> str:
    """Learner text as literal Markdown on one line: punctuation backslash-escaped, so nothing renders as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _id(*parts: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(_NAMESPACE, json.dumps(parts)))


def _number(value: float) -> str:
    return json.dumps(value)  # exact, and read back by json.loads


def achievement_credential(credential: MicroCredential, *, now: datetime | None = None) -> dict[str, Any]:
    """The unsigned ``OpenBadgeCredential`` template for ``credential`` (a plain JSON-ready dict).

    ``now`` is used for ``issuanceDate`` only when the credential has no
    ISO date of issuing (the schema requires one); it defaults to the current time.
    """
    c = credential
    tags: list[str] = []
    narrative: list[str] = []
    for field, label in TAGGED:
        value = c.value(field)
        items = list(value) if field == "learning_outcomes" else ([] if value in (None, "") else [value])
        for item in items:
            shown = _number(item) if isinstance(item, (int, float)) else item
            tags.append(_tag(label, shown))
            narrative.append(f"- {_markdown(label)}: {_markdown(str(shown))}")
    date = c.date_issued
    dated = bool(_DATE.fullmatch(date)) and issue_date(date) is not None
    if date and not dated:
        tags.append(_tag(DATE_TAG, date))
    achievement: dict[str, Any] = {
        "id": _id("achievement", c.title, c.awarding_body),
        "type": ["Achievement"],
        "achievementType": "MicroCredential",
        "name": c.title,
        "description": strings.OB_ACHIEVEMENT_DESCRIPTION.format(prefix=TAG_PREFIX.strip(" ,")),
        "criteria": {"narrative": "\n".join([strings.OB_NARRATIVE_HEADING, ""] + narrative)},
    }
    if isinstance(c.level, int) and not isinstance(c.level, bool) and 1 <= c.level <= 8:
        achievement["alignment"] = [{
            "type": ["Alignment"], "targetName": f"EQF level {c.level}", "targetCode": str(c.level),
            "targetFramework": EQF_FRAMEWORK, "targetType": "ext:EQFLevel", "targetUrl": EQF_URL,
        }]
    elif c.level is not None:
        tags.append(_tag(LEVEL_TAG, c.level))
    if tags:
        achievement["tag"] = tags

    issuer: dict[str, Any] = {"id": _id("issuer", c.awarding_body, c.country), "type": ["Profile"]}
    if c.awarding_body:
        issuer["name"] = c.awarding_body
    if c.country:
        key = "addressCountryCode" if _COUNTRY_CODE.fullmatch(c.country) else "addressCountry"
        issuer["address"] = {"type": ["Address"], key: c.country}

    subject: dict[str, Any] = {"type": ["AchievementSubject"], "achievement": achievement}
    if c.learner:
        subject["identifier"] = [{"type": "IdentityObject", "hashed": False, "identityHash": c.learner,
                                  "identityType": "name"}]
    if c.grade:
        subject["result"] = [{"type": ["Result"], "value": c.grade}]

    moment = now or datetime.now(timezone.utc)
    document: dict[str, Any] = {
        "@context": list(CONTEXT),
        "id": _id("credential", json.dumps(to_json(c), sort_keys=True)),
        "type": list(TYPE),
        "name": c.title or strings.OB_UNTITLED,
        "description": strings.OB_UNSIGNED,
        "issuer": issuer,
        "issuanceDate": date + _MIDNIGHT if dated else moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "credentialSubject": subject,
    }
    if dated:
        document["awardedDate"] = date + _MIDNIGHT
    return document


def document_text(document: dict[str, Any]) -> str:
    """The document as indented JSON text for a file or a download; a lone surrogate stays a JSON escape."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(document, indent=2)
    return text + "\n"


# --- reading a template back ---------------------------------------------------------------------

def _get(mapping: Any, *path: str | int) -> Any:
    """``mapping[path[0]][path[1]]…``, or None when any step is missing or of the wrong kind."""
    for step in path:
        if isinstance(step, int):
            mapping = mapping[step] if isinstance(mapping, list) and len(mapping) > step else None
        else:
            mapping = mapping.get(step) if isinstance(mapping, Mapping) else None
        if mapping is None:
            return None
    return mapping


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def from_achievement_credential(document: Any) -> Loaded:
    """The credential an :func:`achievement_credential` template describes; never raises.

    Reads the native fields and the "EU standard element, …" tags; anything
    it cannot read is reported in ``problems`` and left empty.
    """
    if not isinstance(document, Mapping):
        return Loaded(MicroCredential(), (FieldProblem("", strings.OB_NOT_A_DOCUMENT),))
    achievement = _get(document, "credentialSubject", "achievement")
    if not isinstance(achievement, Mapping):
        return Loaded(MicroCredential(), (FieldProblem("", strings.OB_NO_ACHIEVEMENT),))
    stored: dict[str, Any] = {
        "learner": _text(_get(document, "credentialSubject", "identifier", 0, "identityHash")),
        "title": _text(achievement.get("name")),
        "awarding_body": _text(_get(document, "issuer", "name")),
        "country": _text(_get(document, "issuer", "address", "addressCountryCode"))
        or _text(_get(document, "issuer", "address", "addressCountry")),
        "grade": _text(_get(document, "credentialSubject", "result", 0, "value")),
        "learning_outcomes": [],
    }
    awarded = _text(document.get("awardedDate"))
    if awarded.endswith(_MIDNIGHT):
        stored["date_issued"] = awarded[: -len(_MIDNIGHT)]
    code = _get(achievement, "alignment", 0, "targetCode")
    if _get(achievement, "alignment", 0, "targetFramework") == EQF_FRAMEWORK and isinstance(code, str):
        stored["level"] = code
    labels = {label: field for field, label in TAGGED} | {DATE_TAG: "date_issued", LEVEL_TAG: "level"}
    problems: list[FieldProblem] = []
    tags = achievement.get("tag") if isinstance(achievement.get("tag"), list) else []
    for tag in tags:
        if not isinstance(tag, str) or not tag.startswith(TAG_PREFIX):
            continue
        label, separator, value = tag[len(TAG_PREFIX):].partition(": ")
        field = labels.get(label)
        if not separator or field is None:
            continue
        if field == "learning_outcomes":
            stored["learning_outcomes"].append(value)
        elif field in ("ects", "hours"):
            try:
                stored[field] = json.loads(value)
            except ValueError:
                problems.append(FieldProblem(field, strings.OB_BAD_NUMBER.format(value=value[:40])))
        else:
            stored[field] = NOT_APPLICABLE if field == "level" and value == NOT_APPLICABLE else value
    loaded = from_json(stored)
    return Loaded(loaded.credential, tuple(problems) + loaded.problems)


# --- the mapping table for the notebook ----------------------------------------------------------

def element_mapping() -> list[dict[str, str]]:
    """One row per EU standard element: where the export puts it, and why (for the notebook's table)."""
    return [{"element_id": element_id, "field": field, "note": note}
            for element_id, field, note in strings.OB_MAPPING]
