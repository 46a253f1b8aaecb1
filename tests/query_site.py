"""One site and one table of grid queries, for the core's Query and the browser's filter bar.

The designs mix accents, aliases, non-Latin scripts, symbols, a tag past a card's chips and a
status written with a mark; each query is a grid URL and the designs it shows (by letter).
"""

from __future__ import annotations

from tests.helpers import design

# The tag registry: aliases are names a query may use for a tag.
PLUGIN = {"tags": {"Kubernetes": {"aliases": ["k8s"]}, "Go": {"aliases": ["golang"]}}}
MANY = [f"T{i}" for i in range(1, 10)] + ["Elasticsearch"]  # the 10th is past the chips
DESIGNS = {
    "A": design(
        "Café Ordering",
        category="Données",
        tags=["Café", "Go", "Kubernetes"],
        status="accepted",
        summary="Orders with exactly-once delivery.",
    ),
    "B": design(
        "Kafka Pipeline",
        category="Data",
        tags=["Apache Kafka", "Java"],
        status="proposed",
        summary="Streams orders to billing.",
    ),
    "C": design(
        "Москва Gateway",
        category="Инфраструктура",
        tags=["Москва", "k8s"],
        status="superseded",
        summary="Edge routing for Moscow.",
    ),
    "D": design(
        "東京 Cache",
        category="Data",
        tags=["日本", "Redis", "Οδός"],
        status="Accepted ✅",
        summary="A cache near Tokyo.",
    ),
    "E": design(
        "Straße Router",
        category="Security",
        tags=["Straße", "golang", "C++"],
        status="deprecated",
        summary="Routes streets, exactly once.",
    ),
    "F": design("Many Tags", category="Data", tags=MANY, summary="Ten technologies."),
}
PATHS = {letter: f"architecture/{letter.lower()}.md" for letter in DESIGNS}

# (the grid's URL query, the designs it shows)
QUERIES = [
    ("", "ABCDEF"),
    ("?tags=go", "AE"),  # golang is an alias of Go
    ("?tags=GOLANG", "AE"),
    ("?tags=kubernetes", "AC"),
    ("?tags=K8S", "AC"),
    ("?tags=cafe", "A"),  # the slug
    ("?tags=CAF%C3%89", "A"),  # CAFÉ
    ("?tags=Cafe%CC%81", "A"),  # Café typed as e + U+0301
    ("?tags=apache-kafka", "B"),
    ("?tags=Apache%20%20Kafka", "B"),
    ("?tags=%D0%9C%D0%9E%D0%A1%D0%9A%D0%92%D0%90", "C"),  # Moskva in capitals (Cyrillic)
    ("?tags=%E6%97%A5%E6%9C%AC", "D"),  # 日本
    ("?tags=%CE%9F%CE%94%CE%8C%CE%A3", "D"),  # ΟΔΌΣ: a final sigma in lower case
    ("?tags=%CE%BF%CE%B4%CE%BF%CF%82", ""),  # οδος: accents count outside Latin slugs
    ("?tags=STRASSE", "E"),  # the casefolded key
    ("?tags=stra%C3%9Fe", "E"),  # straße
    ("?tags=c%2B%2B", "E"),  # c++
    ("?tags=c-plus-plus", "E"),
    ("?tags=go,java", "ABE"),
    ("?tags=go,kubernetes&op=and", "A"),
    ("?tags=golang,k8s&op=and", "A"),
    ("?tags=go,kubernetes&op=AND", "ACE"),  # only `and` is "all"
    ("?tags=!go", "BCDF"),
    ("?tags=kubernetes,!go", "C"),
    ("?tags=!golang,!java", "CDF"),
    ("?tags=,,go,,", "AE"),
    ("?tags=!", "ABCDEF"),
    ("?tags=nothing", ""),
    ("?category=data", "BDF"),
    ("?category=Donn%C3%A9es", "A"),
    ("?category=donnees", "A"),  # the slug
    (
        "?category=%D0%B8%D0%BD%D1%84%D1%80%D0%B0%D1%81%D1%82%D1%80%D1%83%D0%BA%D1%82%D1%83%D1%80%D0%B0",
        "C",
    ),
    ("?category=!data", "ACE"),
    ("?status=accepted", "AD"),  # "Accepted ✅" is accepted
    ("?status=Accepted", "AD"),
    ("?status=!superseded", "ABDEF"),
    ("?status=!superseded,!deprecated", "ABDF"),
    ("?status=proposed,deprecated", "BE"),
    ("?text=exactly-once", "AE"),
    ("?text=EXACTLY%20once", "AE"),
    ("?text=elasticsearch", "F"),  # a tag the card has no chip for
    ("?text=k8s", "AC"),  # a name of the Kubernetes tag
    ("?text=tokyo", "D"),
    ("?text=moscow+cache", ""),
    ("?tags=go&category=security&status=deprecated&text=routes", "E"),
    ("?tags=go,!c%2B%2B&status=!superseded", "A"),
]
