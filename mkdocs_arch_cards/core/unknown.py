"""Front-matter keys the model does not read: the author's business, unless plainly a typo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .problems import Problem

if TYPE_CHECKING:
    from collections.abc import Collection

    from .frontmatter import Page

UnknownFields = Literal["near", "warn", "ignore"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Read by MkDocs, Material or a common plugin: never reported, not even with `warn`.
SITE_KEYS = _words(
    """
    title description icon status tags hide template search subtitle comments social robots
    render-macros authors date categories slug readtime pin links draft
    """
)

# Keys of published record formats (MADR 2/3/4, Nygard, Log4brains, KEP, Structured MADR,
# Backstage, Hugo/Jekyll/Docusaurus front-matter). A near miss of one of our fields that is one
# of these is the format's own key, not a typo: `reviewers` is no misspelt `reviewed`.
FORMAT_KEYS = _words(
    """
    author authors owner owners reviewer reviewers approver approvers decider deciders
    decision-makers decision-maker consulted informed contact contacts creation-date created
    last-updated updated modified see-also tracking-link replaces replaced-by superseded-by
    supersedes-by kep-number owning-sig participating-sigs stage latest-milestone milestone
    feature-gates disable-supported metrics prr-approvers editor editors technical-story
    tracking-issue issue issues story deciders-and-consulted adr-id id number type kind
    project technologies audience lifecycle system spec metadata apiversion layout permalink
    parent nav-order has-children weight aliases keywords sidebar-position sidebar-label
    categories category-order priority version versions reviewed-by approved-by decided
    decision-date deprecated superseded
    """
)


def unknown_keys(
    page: Page, fields: Collection[str], read: Collection[str], policy: UnknownFields
) -> list[Problem]:
    """Keys no field of ours takes: near misses of a field (`near`), every one (`warn`), none.

    `read` are keys the site maps into a field (the `fields` option): never unknown.
    """
    if policy == "ignore":
        return []
    problems = []
    for key in page.meta:
        if not isinstance(key, str) or key in fields or key in read:
            continue
        spelling = _spelling(key)
        if spelling in SITE_KEYS:
            continue
        import difflib  # here: most builds have no unknown key to suggest a field for

        close = difflib.get_close_matches(key.lower(), fields, n=1, cutoff=0.8)
        if spelling in FORMAT_KEYS or not close:
            if policy == "near":
                continue
            hint = "arch-cards does not read it: map it under `fields` to use it"
        else:
            hint = f"did you mean '{close[0]}'?"
        message = f"unknown field '{key}'"
        problems.append(Problem(page.path, page.line_of(key), key, message, hint))
    return problems


def _spelling(key: str) -> str:
    """One spelling for a key: `Decision_Makers` and `decision-makers` are one format key."""
    return key.strip().casefold().replace("_", "-").replace(" ", "-")
