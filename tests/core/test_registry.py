from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.problems import OptionsError
from mkdocs_arch_cards.core.registry import load_registry


def test_a_full_registry() -> None:
    loaded = load_registry(
        {
            "tags": {
                "Kubernetes": {
                    "label": "Kubernetes",
                    "description": "Container orchestration.",
                    "aliases": ["k8s"],
                    "group": "Platform",
                    "color": "#326ce5",
                    "icon": "simple/kubernetes",
                    "slug": "kubernetes",
                },
                "Go": None,
            },
            "categories": ["Security", {"name": "Data Pipeline", "color": "teal"}],
            "statuses": {"draft-rfc": {"label": "RFC", "color": "#aaa"}, "accepted": None},
        },
    )
    assert loaded.canonical_tag("k8s") == "kubernetes"
    assert loaded.tags["go"].label == "Go"
    assert loaded.category_rank("data pipeline") == 1
    assert loaded.category_rank("Unknown") == 2
    assert list(loaded.statuses) == ["draft-rfc", "accepted"]
    assert loaded.statuses["accepted"].label == "accepted"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {"tags": {"Go": {"color": "red; background: url(x)"}}},
            "tags: Go.color: expected a CSS colour such as '#326ce5' or 'teal',"
            " got string 'red; background: url(x)'",
        ),
        (
            {"tags": {"Go": {"colour": "red"}}},
            "tags: Go.colour: not a key of a tag's entry: a mapping of label, description,"
            " aliases, group, color, icon, slug, got string 'red'",
        ),
        (
            {"tags": {"Go": {"slug": "Go Lang"}}},
            "tags: Go.slug: expected lowercase letters and digits joined by hyphens,"
            " such as 'c-sharp', got string 'Go Lang'",
        ),
        (
            {"unknown_tags": "maybe"},
            "unknown_tags: expected one of: allow, warn, error, got string 'maybe'",
        ),
        (
            {"tags": {"Kubernetes": {"aliases": ["k8s"]}, "K8S": None}},
            "tags: alias 'k8s' of 'Kubernetes' is already a tag or alias",
        ),
        ({"tags": {"Go": None, "go": None}}, "tags: 'go' is the same tag as an earlier entry"),
        ({"categories": ["Data", "data"]}, "categories: 'data' is listed twice"),
    ],
)
def test_a_registry_that_cannot_be_used_says_why(raw: dict[str, object], message: str) -> None:
    with pytest.raises(OptionsError) as error:
        load_registry(raw)
    assert message in str(error.value)


def test_status_keys_match_whatever_their_case() -> None:
    loaded = load_registry({"statuses": {"Accepted": {"color": "#43a047"}}})
    assert list(loaded.statuses) == ["accepted"]
    assert loaded.statuses["accepted"].label == "Accepted"


def test_two_status_keys_that_fold_to_one_are_refused() -> None:
    with pytest.raises(OptionsError, match="statuses: 'ACCEPTED' is the same status"):
        load_registry({"statuses": {"Accepted": None, "ACCEPTED": None}})
