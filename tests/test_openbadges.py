"""The Open Badges 3.0 export: valid against 1EdTech's official schema, unsigned, round-tripping, markup as text."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from course_helpers.credential_audit import element_rows, example
from course_helpers.credentials import NOT_APPLICABLE, from_json, with_values
from course_helpers.openbadges import (achievement_credential, document_text, element_mapping,
                                       from_achievement_credential)
from credential_cases import HOSTILE_FORMS, credentials, markup_everywhere

SCHEMA_PATH = Path(__file__).parent / "fixtures" / "openbadges" / "achievementcredential.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft201909Validator(SCHEMA, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)


def assert_valid(document):
    errors = sorted(VALIDATOR.iter_errors(document), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors[:5]]


def hostile_credentials():
    cases = {name: from_json(form).credential for name, form in HOSTILE_FORMS.items()}
    cases["markup everywhere"] = markup_everywhere()
    cases["not applicable, float workload"] = with_values(example("cloud-security"), level=NOT_APPLICABLE, ects=2.5)
    return cases


HOSTILE = hostile_credentials()


def test_the_vendored_schema_is_the_official_one_unchanged():
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    assert len(text) == 66_167  # as stored at the commit named in the README
    assert SCHEMA["$id"].endswith("/ob_v3p0_achievementcredential_schema.json")
    jsonschema.Draft201909Validator.check_schema(SCHEMA)
    refs = [v for v in json.dumps(SCHEMA).split('"$ref": ')[1:]]
    assert all(ref.startswith('"#/$defs/') for ref in refs)  # nothing outside the file
    assert "e0fdb03dfe8e710508d690ba6d612d0b913e3ac8" in (SCHEMA_PATH.parent / "README.md").read_text()


def test_the_schema_is_strict_enough_to_catch_a_broken_export():
    document = achievement_credential(example("data-ethics"), now=NOW)
    del document["credentialSubject"]["achievement"]["criteria"]
    assert list(VALIDATOR.iter_errors(document))
    document = achievement_credential(example("data-ethics"), now=NOW)
    document["credentialSubject"]["achievement"]["achievementType"] = "Nanodegree"
    assert list(VALIDATOR.iter_errors(document))


@pytest.mark.parametrize("example_id", ["data-ethics", "cloud-security"])
def test_examples_export_valid_and_round_trip(example_id):
    credential = example(example_id)
    document = achievement_credential(credential, now=NOW)
    assert_valid(document)
    assert json.loads(json.dumps(document)) == document
    back = from_achievement_credential(json.loads(json.dumps(document)))
    assert back.credential == credential and back.problems == ()


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_credentials_export_valid_and_round_trip(name):
    credential = HOSTILE[name]
    document = achievement_credential(credential, now=NOW)
    assert_valid(document)
    back = from_achievement_credential(json.loads(json.dumps(document)))
    assert back.credential == credential


def test_it_is_an_unsigned_microcredential_template():
    document = achievement_credential(example("data-ethics"), now=NOW)
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert "proof" not in document
    assert document["description"].startswith("UNSIGNED TEMPLATE") and "signing" in document["description"]
    achievement = document["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "MicroCredential" and achievement["type"] == ["Achievement"]
    assert "creditsAvailable" not in achievement  # credit hours are neither ECTS nor notional hours
    assert achievement["alignment"][0]["targetCode"] == "6"
    assert document["issuer"]["address"]["addressCountryCode"] == "IE"
    assert document["awardedDate"] == document["issuanceDate"] == "2023-06-15T00:00:00Z"


def test_elements_without_a_field_are_named_tags_and_listed_for_people():
    achievement = achievement_credential(example("cloud-security"), now=NOW)["credentialSubject"]["achievement"]
    assert "EU standard element, Type of assessment: Online multiple-choice quiz" in achievement["tag"]
    assert "EU standard element, Notional workload (ECTS): 3" in achievement["tag"]
    assert "Form of participation: Self\\-paced online" in achievement["criteria"]["narrative"]


def test_without_a_date_the_export_time_is_used_and_the_words_are_kept():
    credential = with_values(example("cloud-security"), date_issued="next spring")
    document = achievement_credential(credential, now=NOW)
    assert document["issuanceDate"] == "2026-11-30T12:00:00Z" and "awardedDate" not in document
    assert "EU standard element, Date of issuing (as written): next spring" in \
        document["credentialSubject"]["achievement"]["tag"]


def test_markup_stays_text():
    credential = markup_everywhere()
    document = achievement_credential(credential, now=NOW)
    achievement = document["credentialSubject"]["achievement"]
    assert achievement["name"] == credential.title  # a JSON string, exactly as typed
    narrative = achievement["criteria"]["narrative"]
    assert "<script>" not in narrative and "\\<script\\>" in narrative  # escaped for Markdown renderers
    assert "](http" not in narrative and "!\\[x\\]" in narrative  # no link or image a wallet could load
    assert "\n#" not in narrative and "\n*" not in narrative
    assert all(line.startswith("- ") for line in narrative.splitlines()[2:])


@settings(max_examples=60, deadline=None)
@given(credentials)
def test_any_credential_exports_valid_and_round_trips(credential):
    document = achievement_credential(credential, now=NOW)
    assert_valid(document)
    assert from_achievement_credential(json.loads(json.dumps(document))).credential == credential


@pytest.mark.parametrize("document", [None, "text", [], {}, {"credentialSubject": []},
                                      {"credentialSubject": {"achievement": {"tag": "not a list", "name": 5}}},
                                      {"credentialSubject": {"achievement": {
                                          "tag": ["EU standard element, Notional workload (ECTS): lots", 7]}}}],
                         ids=repr)
def test_reading_a_broken_document_never_raises(document):
    loaded = from_achievement_credential(document)
    assert loaded.credential is not None
    if not isinstance(document, dict) or "credentialSubject" not in document or document == {"credentialSubject": []}:
        assert loaded.problems


def test_the_mapping_table_covers_every_element_in_order():
    rows = element_mapping()
    assert [r["element_id"] for r in rows] == [r["id"] for r in element_rows()]
    assert all(r["field"] and r["note"] for r in rows)
    no_field = {r["element_id"] for r in rows if "tag" in r["field"]}
    assert {"E06", "E07", "E09", "E10", "E11", "O01"} <= no_field  # the elements the issue names
    assert "credit hours" in next(r["note"] for r in rows if r["element_id"] == "E07")


def test_ids_depend_on_the_content_only():
    first = achievement_credential(example("data-ethics"), now=NOW)
    again = achievement_credential(example("data-ethics"), now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert first == again
    other = achievement_credential(with_values(example("data-ethics"), grade="Pass"), now=NOW)
    assert other["id"] != first["id"] and other["credentialSubject"]["achievement"]["id"] == \
        first["credentialSubject"]["achievement"]["id"]



def test_document_text_is_utf8_json_and_keeps_a_lone_surrogate():
    plain = document_text(achievement_credential(example("data-ethics"), now=NOW))
    assert plain.endswith("\n") and json.loads(plain)["name"] == "Applied Data Ethics for Public Services"
    odd = document_text(achievement_credential(with_values(example("data-ethics"), title="x \udc80"), now=NOW))
    odd.encode("utf-8")
    assert json.loads(odd)["name"] == "x \udc80"
