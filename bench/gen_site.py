"""Write a synthetic MkDocs site of N design pages, for the benchmarks.

    python bench/gen_site.py OUT_DIR N [--plugin] [--native] [--tags-plugin] [--mermaid-tag]

Pages carry the front-matter of the reference page (title, category, summary, problem, tags,
date) with tags drawn from ~80 technologies, a fifth of them in case/spacing variants, and a
~600-word body with a 12-node Mermaid flowchart, a code block and a table.

The plain site is Material with search, a superfences `mermaid` fence and mkdocs-mermaid2 with
a local stand-in script (no CDN). The flags change only what they name, so the variants of one
N and seed build the same docs (`docs_difference` says what differs):
`--plugin` adds arch-cards with its defaults; `--native` uses Material's own Mermaid fence
instead of mkdocs-mermaid2; `--tags-plugin` adds Material's tags plugin and a page with its
marker (the reference); `--mermaid-tag` adds a tag "Mermaid" to every 20th design, the value
that put the word into slugs and hrefs in the study.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from subprocess import PIPE, STDOUT

DASH = "\u2013"  # an en dash, as the docs print ranges


def spread(values: list[float], digits: int = 3) -> str:
    """Median (min to max), as the benchmarks print every figure."""
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid:.{digits}f} ({low:.{digits}f}{DASH}{high:.{digits}f})"


VARIANTS = {  # the benchmarks' variant names and the flags that build them
    "plain": [],
    "cards": ["--plugin"],
    "tags": ["--tags-plugin"],
    "native": ["--native"],
    "native-cards": ["--native", "--plugin"],
    "cards-mermaid": ["--plugin", "--mermaid-tag"],
}
BASELINE = {"cards": "plain", "tags": "plain", "native-cards": "native", "cards-mermaid": "plain"}
MERMAID_EVERY = 20  # every 20th design gets the tag "Mermaid" under --mermaid-tag
TAGS_PAGE = "tags.md"

CATEGORIES = [
    "Distributed Systems",
    "Security",
    "Data Pipeline",
    "Infrastructure",
    "Frontend",
    "ML",
]
TECH = (
    "Kafka Avro Kubernetes Go Envoy SPIFFE OPA Rust Redis Protobuf Python Terraform Helm ArgoCD "
    "Jaeger ClickHouse Java Flink Spark PostgreSQL MySQL Cassandra DynamoDB S3 Lambda gRPC REST "
    "GraphQL React Vue TypeScript Node Deno Bun Nginx HAProxy Istio Linkerd Consul Vault Nomad "
    "Prometheus Grafana Loki Tempo OpenTelemetry Elasticsearch OpenSearch Kibana Logstash "
    "RabbitMQ NATS Pulsar Redpanda Airflow Dagster dbt Snowflake BigQuery Redshift Databricks "
    "Ray PyTorch TensorFlow Triton Kubeflow MLflow Feast Pinot Druid Trino Presto Iceberg Delta "
    "Hudi Parquet ORC Arrow DuckDB SQLite Kotlin Scala Swift"
).split()
WORDS = (
    "the service the system partitions events replicas latency throughput consumer producer "
    "schema contract retry timeout budget backpressure failover region zone cluster node "
    "queue cache index shard ledger audit rollout canary observability trace metric alert"
).split()


def variant(rng: random.Random, name: str) -> str:
    if rng.random() > 0.2:
        return name
    return rng.choice([name.lower(), name.upper(), f" {name} ", name.replace(" ", "-")])


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def page(rng: random.Random, index: int, mermaid_tag: bool = False) -> str:
    tags = [variant(rng, t) for t in rng.sample(TECH, rng.randint(3, 6))]
    if mermaid_tag and index % MERMAID_EVERY == 0:
        tags.append("Mermaid")  # after the draws, so every other byte stays the same
    nodes = "\n".join(
        f"  n{i}[{rng.choice(TECH)}] --> n{i + 1}[{rng.choice(TECH)}]" for i in range(11)
    )
    body = "\n\n".join(sentence(rng, 25) for _ in range(20))
    return f"""---
title: Design {index:05d} {rng.choice(WORDS).title()} {rng.choice(WORDS).title()}
category: {rng.choice(CATEGORIES)}
summary: {sentence(rng, 25)}
problem: {sentence(rng, 40)}
tags: [{", ".join(tags)}]
date: 20{rng.randint(18, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}
---

## Context

{body}

## Architecture

```mermaid
flowchart LR
{nodes}
```

## Key decisions

```python
def handler(event):
    return {{"id": event["id"], "ok": True}}
```

| option | latency | cost |
| --- | --- | --- |
| A | 10 ms | low |
| B | 30 ms | high |
"""


def config(plugin: bool, native: bool, tags_plugin: bool) -> str:
    """mkdocs.yml: the plain site's, with only the named changes."""
    plugins = "  - search\n" + ("  - tags\n" if tags_plugin else "")
    plugins += "  - arch-cards\n" if plugin else ""
    plugins += "" if native else "  - mermaid2:\n      javascript: js/diagrams.js\n"
    fence = "pymdownx.superfences.fence_code_format" if native else "mermaid2.fence_mermaid_custom"
    return f"""site_name: Bench
theme:
  name: material
  font: false
plugins:
{plugins}markdown_extensions:
  - admonition
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:{fence}
nav:
  - index.md
"""


def generate(out: Path, n: int, flags: list[str], seed: int = 20240601) -> None:
    """Write the site of N designs that the flags name into OUT."""
    args = parser().parse_args([str(out), str(n), *flags, "--seed", str(seed)])
    write(args)


def write(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    docs = args.out / "docs"
    (docs / "architecture").mkdir(parents=True, exist_ok=True)
    (docs / "js").mkdir(exist_ok=True)
    (docs / "js" / "diagrams.js").write_text("// stand-in: the benchmark measures the build\n")
    (docs / "index.md").write_text("# Home\n")
    if args.tags_plugin:
        (docs / TAGS_PAGE).write_text("# Tags\n\n<!-- material/tags -->\n")
    for index in range(args.n):
        text = page(rng, index, args.mermaid_tag)
        (docs / "architecture" / f"design-{index:05d}.md").write_text(text)
    (args.out / "mkdocs.yml").write_text(config(args.plugin, args.native, args.tags_plugin))


def docs_difference(base: Path, other: Path) -> list[str]:
    """What differs from one docs/ to another: files missing or added, and each changed line."""
    found: list[str] = []
    files = {p.relative_to(base) for p in base.rglob("*") if p.is_file()}
    others = {p.relative_to(other) for p in other.rglob("*") if p.is_file()}
    found += [f"missing: {p}" for p in sorted(files - others)]
    found += [f"added: {p}" for p in sorted(others - files)]
    for path in sorted(files & others):
        old, new = (base / path).read_text(), (other / path).read_text()
        if old == new:
            continue
        if len(old.splitlines()) != len(new.splitlines()):
            found.append(f"{path}: line count differs")
            continue
        pairs = zip(old.splitlines(), new.splitlines(), strict=True)
        found += [f"{path}: {a!r} -> {b!r}" for a, b in pairs if a != b]
    return found


def expected_difference(flags: list[str], line: str) -> bool:
    """Whether a line of `docs_difference` (against plain docs/) is what the flags need."""
    if line == f"added: {TAGS_PAGE}":
        return "--tags-plugin" in flags
    return "--mermaid-tag" in flags and ": 'tags: [" in line and line.endswith(", Mermaid]'")


def variant_sites(root: Path, n: int, names: list[str], seed: int = 20240601) -> dict[str, Path]:
    """Write each named variant's site under ROOT; fail unless their docs differ only as needed."""
    unknown = [name for name in names if name not in VARIANTS]
    if unknown:
        raise SystemExit(f"unknown variant(s) {', '.join(unknown)}; known: {', '.join(VARIANTS)}")
    sites = {name: root / name for name in names}
    for name in {"plain", *names}:
        generate(root / name, n, VARIANTS[name], seed)
    for name, site in sites.items():
        wrong = [
            line
            for line in docs_difference(root / "plain" / "docs", site / "docs")
            if not expected_difference(VARIANTS[name], line)
        ]
        if wrong:
            raise SystemExit(
                f"{name}: docs/ differs from plain beyond the variant:\n" + "\n".join(wrong[:10])
            )
    return sites


CHECK = "import sys; from mkdocs_arch_cards.cli import main; sys.exit(main())"
DIAGRAM_CACHE = Path(".cache")  # arch-cards keeps its diagram verdicts here, beside mkdocs.yml


def check_command(site: Path) -> list[str]:
    """`arch-cards check` of a site, run by this Python (so PYTHONPATH picks the checkout)."""
    return [sys.executable, "-c", CHECK, "check", "-f", str(site / "mkdocs.yml")]


def diagram_cache(sites: list[Path], warm: bool) -> None:
    """Empty each site's diagram cache, or fill it by a check: a build then starts cold or warm."""
    for site in sites:
        shutil.rmtree(site / DIAGRAM_CACHE, ignore_errors=True)
    if not warm:
        return
    checks = {
        site: subprocess.Popen(check_command(site), stdout=PIPE, stderr=STDOUT, text=True)
        for site in sites
        if "- arch-cards" in (site / "mkdocs.yml").read_text()
    }
    for site, process in checks.items():  # all at once: a cold check parses every diagram
        output, _ = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"{site}: arch-cards check failed:\n{output[-3000:]}")


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--plugin", action="store_true", help="enable arch-cards")
    parser.add_argument("--native", action="store_true", help="Material's Mermaid, no mermaid2")
    parser.add_argument("--tags-plugin", action="store_true", help="Material's tags plugin")
    parser.add_argument("--mermaid-tag", action="store_true", help='a tag "Mermaid" on some')
    parser.add_argument("--seed", type=int, default=20240601)
    return parser


def main() -> None:
    write(parser().parse_args())


if __name__ == "__main__":
    main()
