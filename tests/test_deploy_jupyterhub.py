"""deploy/jupyterhub/config.yaml: checked against the Zero to JupyterHub chart's values schema.

There is no Kubernetes here, so the check is static: helm validates the
values it is given, merged into the chart's defaults, against
``values.schema.json``; we validate our values against an excerpt of that
schema (tests/fixtures/z2jh/, its source and licence noted there). Keys the
chart requires come from its defaults, so ``required`` is not checked here;
every key we set must exist in the chart and have the right type.
"""
from __future__ import annotations

import copy
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
import yaml
from traitlets.config import Config

from course_helpers.hublink import DEFAULT_NOTEBOOK, nbgitpuller_link

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "deploy" / "jupyterhub" / "config.yaml"
SCHEMA = Path(__file__).resolve().parent / "fixtures" / "z2jh" / "values.schema.excerpt.yaml"
NOT_EXCERPTED = "not excerpted"

# The chart fills required keys from its defaults before helm validates: ignore `required` only.
Validator = jsonschema.validators.extend(jsonschema.Draft7Validator, {"required": lambda *args: iter(())})


@pytest.fixture(scope="module")
def schema() -> dict:
    loaded = yaml.safe_load(SCHEMA.read_text())
    jsonschema.Draft7Validator.check_schema(loaded)
    return loaded


@pytest.fixture(scope="module")
def config() -> dict:
    return yaml.safe_load(CONFIG.read_text())


def problems(values: dict, schema: dict) -> list[str]:
    """Every schema error, and every key set under a part of the schema that was not excerpted."""
    found = [f"{'.'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
             for e in Validator(schema).iter_errors(values)]
    found += unchecked_keys(values, schema)
    return found


def unchecked_keys(values: object, schema: dict, path: str = "") -> list[str]:
    """Keys whose schema node says 'not excerpted': the excerpt cannot vouch for them."""
    if schema.get("$comment") == NOT_EXCERPTED:
        return [f"{path}: set, but this part of the chart's schema was not excerpted"]
    if not isinstance(values, dict) or "properties" not in schema:
        return []
    found = []
    for key, value in values.items():
        if key in schema["properties"]:
            found += unchecked_keys(value, schema["properties"][key], f"{path}.{key}".lstrip("."))
    return found


def test_the_schema_excerpt_lists_the_chart_top_level(schema):
    assert set(schema["properties"]) == {
        "enabled", "fullnameOverride", "nameOverride", "imagePullSecret", "imagePullSecrets", "hub", "proxy",
        "singleuser", "scheduling", "ingress", "prePuller", "custom", "cull", "debug", "rbac", "global"}
    assert schema["additionalProperties"] is False


def test_config_yaml_is_valid_for_the_chart(config, schema):
    assert problems(config, schema) == []


@pytest.mark.parametrize("path, value, words", [
    (("singleuser", "memmory"), {"limit": "1G"}, "Additional properties"),           # a misspelt key
    (("cull", "timeout"), "1h", "is not of type"),                                   # a wrong type
    (("singleuser", "cpu", "limit"), "one", "is not of type"),
    (("singleuser", "storage", "type"), "nfs", "is not one of"),
    (("singleuser", "image", "pullPolicy"), "Sometimes", "is not one of"),
    (("hub", "extraConfig"), ["not", "a", "map"], "is not of type"),
    (("proxy", "https"), {"enabled": True}, "not excerpted"),                        # unchecked territory
    (("singleuser", "lifecycleHooks"), {"postStart": {}}, "not excerpted"),
    (("rbac",), {"create": False}, "not excerpted"),
])
def test_the_check_fails_a_broken_config(config, schema, path, value, words):
    broken = copy.deepcopy(config)
    node = broken
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value
    found = problems(broken, schema)
    assert any(words in problem for problem in found), found


def test_the_default_url_is_the_link_hub_link_prints(config):
    """A learner who logs in without the link still gets the course, the same way the link brings it."""
    repo = "https://github.com/<owner>/micro-credentials-course"
    link = nbgitpuller_link("https://hub.example.edu", repo, branch="main", notebook=DEFAULT_NOTEBOOK)
    expected = parse_qs(urlsplit(link).query)
    default_url = urlsplit(config["singleuser"]["defaultUrl"])
    assert default_url.path == "/git-pull"
    assert parse_qs(default_url.query) == expected


def test_the_journal_lives_on_the_persistent_home(config):
    singleuser = config["singleuser"]
    assert singleuser["storage"]["type"] == "dynamic"
    home = singleuser["storage"]["homeMountPath"].rstrip("/") + "/"
    assert singleuser["extraEnv"]["COURSE_JOURNAL_DIR"].startswith(home)


def test_limits_leave_headroom_over_the_guarantees(config):
    def megabytes(text: str) -> float:
        number, unit = float(text[:-1]), text[-1]
        return number * {"M": 1, "G": 1000}[unit]

    memory, cpu = config["singleuser"]["memory"], config["singleuser"]["cpu"]
    assert megabytes(memory["limit"]) >= 1.5 * megabytes(memory["guarantee"])
    assert 0 < cpu["guarantee"] < cpu["limit"]
    assert config["cull"]["enabled"] and config["cull"]["timeout"] >= 1800


# --- the drop-folder hook in hub.extraConfig -------------------------------------------------------
def run_hook(config: dict, groups: list[str], mounts):
    """Load the extraConfig snippet as the hub would (into a traitlets Config) and call its hook."""
    c = Config()
    exec(compile(config["hub"]["extraConfig"]["course-share-folder.py"], "course-share-folder.py", "exec"),
         {"c": c})
    spawner = SimpleNamespace(user=SimpleNamespace(groups=[SimpleNamespace(name=g) for g in groups]),
                              volume_mounts=mounts, environment={})
    c.KubeSpawner.pre_spawn_hook(spawner)
    return spawner


@pytest.mark.parametrize("mounts", [[{"name": "home", "mountPath": "/home/jovyan"}],
                                    {"home": {"name": "home", "mountPath": "/home/jovyan"}}])
def test_a_learner_mounts_only_their_own_outbox(config, mounts):
    spawner = run_hook(config, ["spring-cohort"], mounts)
    added = spawner.volume_mounts[-1] if isinstance(spawner.volume_mounts, list) else spawner.volume_mounts["course-share"]
    assert added == {"name": "course-share", "mountPath": "/srv/course-share/outbox", "subPath": "{username}"}
    assert spawner.environment["COURSE_SHARE_DIR"] == "/srv/course-share/outbox"
    assert len(spawner.volume_mounts) == 2, "the home mount is kept"


def test_a_facilitator_mounts_the_whole_folder_read_only(config):
    spawner = run_hook(config, ["facilitators"], [])
    assert spawner.volume_mounts == [{"name": "course-share", "mountPath": "/srv/course-share", "readOnly": True}]
    volumes = config["singleuser"]["storage"]["extraVolumes"]
    assert [v["name"] for v in volumes] == ["course-share"]


def test_the_image_gets_nbgitpuller_within_the_hub_extra():
    """repo2docker builds the single-user image from environment.yml; the tests use the `hub` extra."""
    import re

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    from packaging.requirements import Requirement

    pins = dict(re.findall(r"^\s*-\s*([A-Za-z0-9_.-]+)==(\S+)", (ROOT / "environment.yml").read_text(), re.M))
    hub_extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["hub"]
    nbgitpuller = next(Requirement(spec) for spec in hub_extra if spec.startswith("nbgitpuller"))
    assert "nbgitpuller" in pins, "the single-user image needs nbgitpuller for the course links"
    assert nbgitpuller.specifier.contains(pins["nbgitpuller"])
