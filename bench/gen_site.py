"""Write a synthetic MkDocs site of N design pages, for the benchmarks.

    python bench/gen_site.py OUT_DIR N [--plugin] [--seed 20240601]

Pages carry the front-matter of the reference page (title, category, summary, problem, tags,
date) with tags drawn from ~80 technologies, a fifth of them in case/spacing variants, and a
~600-word body with a 12-node Mermaid flowchart, a code block and a table.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

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


def page(rng: random.Random, index: int) -> str:
    tags = [variant(rng, t) for t in rng.sample(TECH, rng.randint(3, 6))]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--plugin", action="store_true", help="enable arch-cards")
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = args.out / "docs"
    (docs / "architecture").mkdir(parents=True, exist_ok=True)
    (docs / "js").mkdir(exist_ok=True)
    (docs / "js" / "diagrams.js").write_text("// stand-in: the benchmark measures the build\n")
    (docs / "index.md").write_text("# Home\n")
    for index in range(args.n):
        (docs / "architecture" / f"design-{index:05d}.md").write_text(page(rng, index))
    plugins = "  - search\n" + ("  - arch-cards\n" if args.plugin else "")
    plugins += "  - mermaid2:\n      javascript: js/diagrams.js\n"
    (args.out / "mkdocs.yml").write_text(
        f"""site_name: Bench
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
          format: !!python/name:mermaid2.fence_mermaid_custom
nav:
  - index.md
"""
    )


if __name__ == "__main__":
    main()
