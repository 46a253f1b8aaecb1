from __future__ import annotations

import pytest

from mkdocs_arch_cards.core.catalog import tag_key
from mkdocs_arch_cards.core.registry import Registry, load_registry
from mkdocs_arch_cards.core.tags import make_categories, make_tags, slugify, unique_slugs


def registry(**raw: object) -> Registry:
    return load_registry(raw)


@pytest.mark.parametrize(
    ("raw", "key"),
    [("Kafka", "kafka"), ("KAFKA ", "kafka"), ("apache-kafka", "apache kafka"), ("C++", "c++")],
)
def test_case_spacing_and_hyphen_variants_are_one_tag(raw: str, key: str) -> None:
    assert tag_key(raw) == key


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("C++", "c-plus-plus"),
        ("C#", "c-sharp"),
        ("C", "c"),
        ("Apache Kafka", "apache-kafka"),
        ("Café", "cafe"),
        ("R&D", "r-and-d"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def uses(*names: str) -> list[tuple[str, str, int]]:
    return [("a.md", name, line) for line, name in enumerate(names, start=2)]


def test_variants_merge_under_the_most_used_spelling() -> None:
    tags, problems = make_tags(uses("Kafka", "kafka", "KAFKA ", "Kafka"), Registry())
    assert problems == []
    assert {tag.label for tag in tags.values()} == {"Kafka"}
    assert set(tags) == {"kafka"}


def test_aliases_and_labels_come_from_the_registry() -> None:
    known = registry(tags={"Kubernetes": {"aliases": ["k8s", "kube"], "description": "Pods."}})
    tags, problems = make_tags(uses("k8s", "KUBE", "kubernetes"), known)
    assert problems == []
    assert {tag.label for tag in tags.values()} == {"Kubernetes"}
    assert tags["k8s"].description == "Pods."


def test_c_cpp_and_csharp_each_keep_their_own_page() -> None:
    tags, problems = make_tags(uses("C", "C++", "C#"), Registry())
    assert problems == []
    assert sorted(tag.slug for tag in tags.values()) == ["c", "c-plus-plus", "c-sharp"]


def test_a_slug_collision_keeps_both_pages_and_says_how_to_fix_it() -> None:
    tags, problems = make_tags(uses("Node.js", "Node JS"), Registry())
    assert sorted(tag.slug for tag in tags.values()) == ["node-js", "node-js-2"]
    assert [str(p) for p in problems] == [
        "a.md:2: tags: 'Node.js' and 'Node JS' (in a.md) both make the URL part 'node-js';"
        " 'Node.js' got 'node-js-2' — give one of them a `slug:` in the tag registry"
        " (arch-cards: tags: Node.js: slug:)"
    ]


def test_a_registry_slug_resolves_a_collision() -> None:
    known = registry(tags={"Node.js": {"slug": "nodejs"}})
    tags, problems = make_tags(uses("Node.js", "Node JS"), known)
    assert problems == []
    assert sorted(tag.slug for tag in tags.values()) == ["node-js", "nodejs"]


@pytest.mark.parametrize(
    ("policy", "reported"),
    [("allow", []), ("warn", ["warning"]), ("error", ["error"])],
)
def test_unknown_tags_follow_the_policy(policy: str, reported: list[str]) -> None:
    known = registry(tags={"Go": None}, unknown_tags=policy)
    _, problems = make_tags(uses("Go", "Cobol"), known)
    assert [p.level for p in problems] == reported
    assert all(
        str(p).startswith("a.md:3: tags: 'Cobol' is not in the tag registry") for p in problems
    )


@pytest.mark.parametrize(
    ("text", "slug", "kept"),
    [
        ("Café", "cafe", "café"),
        ("Cafe\u0301", "cafe", "café"),  # e and a combining acute: the same as é
        ("Москва", "москва", "москва"),
        ("كافكا", "كافكا", "كافكا"),
        ("קפקא", "קפקא", "קפקא"),
        ("☁️", "", ""),  # the variation selector is no letter of its own
        ("C++ ☁️", "c-plus-plus", "c-plus-plus"),
    ],
)
def test_slug_styles_fold_or_keep_latin_accents(text: str, slug: str, kept: str) -> None:
    assert (slugify(text), slugify(text, "unicode")) == (slug, kept)


@pytest.mark.parametrize(
    ("names", "slugs"),
    [
        (["🚀", "☁️ 🔥", "🌈"], ["cloud-fire", "rainbow", "rocket"]),
        (["\U000f0000"], ["tag"]),  # no letters and no name: the last resort
    ],
)
def test_a_name_of_symbols_only_is_spelt_by_their_unicode_names(
    names: list[str], slugs: list[str]
) -> None:
    tags, problems = make_tags(uses(*names), Registry())
    assert (problems, sorted(t.slug for t in tags.values())) == ([], slugs)


def test_composed_and_decomposed_spellings_are_one_tag_and_one_category() -> None:
    tags, _ = make_tags(uses("Café", "Cafe\u0301"), Registry())
    assert len({t.key for t in tags.values()}) == 1
    categories, problems = make_categories(
        [("a.md", "Données", 2), ("b.md", "DONNE\u0301ES", 2)], Registry()
    )
    assert (problems, [c.name for c in categories.values()]) == ([], ["Données"])


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("日本", "日本"),
        ("中文", "中文"),
        ("Москва", "москва"),
        ("हिन्दी", "हिन्दी"),
        ("Straße", "straße"),
        ("\uff21\uff22\uff23", "abc"),  # full-width
        ("x_y", "x-y"),
        ("🚀", ""),
        ("a" * 1000, "a" * 60),
        ("a " * 1000, "-".join("a" * 30)),
    ],
)
def test_slugify_keeps_letters_of_every_script_and_stays_short(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_non_latin_tags_each_get_a_readable_page_and_no_warning() -> None:
    tags, problems = make_tags(uses("日本", "中文", "🚀", "🔥"), Registry())
    assert problems == []
    assert sorted(tag.slug for tag in tags.values()) == ["fire", "rocket", "中文", "日本"]


def test_a_tag_whose_page_is_another_generated_page_moves_aside_silently() -> None:
    tags, problems = make_tags(uses("Index", "Kafka"), Registry(), lambda slug: slug == "index")
    assert problems == []
    assert tags["index"].slug == "index-2"


def test_many_colliding_slugs_stay_linear() -> None:
    slugs, collisions = unique_slugs({f"k{i}": "same" for i in range(2000)})
    assert len(set(slugs.values())) == 2000
    assert len(collisions) == 1999


@pytest.mark.parametrize(
    ("names", "slugs", "reported"),
    [
        (["Data/ML", "Data ML"], ["data-ml", "data-ml-2"], ["a.md:2: category: 'Data/ML'"]),
        (["日本", "中文"], ["中文", "日本"], []),
        (["Data", "data ", "DATA"], ["data"], []),
    ],
)
def test_categories_keep_a_url_part_of_their_own(
    names: list[str], slugs: list[str], reported: list[str]
) -> None:
    categories, problems = make_categories(uses(*names), Registry())
    assert sorted(c.slug for c in categories.values()) == slugs
    assert [str(p).split(" and ")[0] for p in problems] == reported


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Apache Kafka", "apache kafka"),
        (" apache-kafka ", "apache kafka"),
        ("APACHE  KAFKA", "apache kafka"),
        ("C++", "c++"),
    ],
)
def test_tag_key_of_product_names(raw: str, key: str) -> None:
    assert tag_key(raw) == key


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Apache Kafka", "apache-kafka"), ("GitHub Actions", "github-actions"), ("Café", "cafe")],
)
def test_slugify_of_product_names(text: str, slug: str) -> None:
    assert slugify(text) == slug
